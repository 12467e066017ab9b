#include "translation_file.hpp"

#include "course_checks.hpp"
#include "toml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <system_error>

namespace primer {
namespace {

namespace fs = std::filesystem;

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool all_of_kind(const std::string& part, bool letters_only) {
    return std::all_of(part.begin(), part.end(), [letters_only](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || (!letters_only && std::isdigit(static_cast<unsigned char>(c)));
    });
}

// A TOML basic string: one line in "quotes", or """ quotes over several lines.
std::string quoted(const std::string& text) {
    const bool multi_line = text.find('\n') != std::string::npos;
    std::string out = multi_line ? "\"\"\"\n" : "\"";
    for (unsigned char c : text) {
        if (c == '\\') out += "\\\\";
        else if (c == '"') out += "\\\"";
        else if (c == '\n' && multi_line) out += '\n';
        else if (c == '\t') out += "\\t";
        else if (c < 0x20 || c == 0x7f) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", c);
            out += escape;
        } else out += static_cast<char>(c);
    }
    out += multi_line ? "\"\"\"" : "\"";
    return out;
}

}  // namespace

const TranslationEntry* TranslationFile::find(const std::string& unit_id) const {
    for (const TranslationEntry& entry : entries)
        if (entry.id == unit_id) return &entry;
    return nullptr;
}

bool is_language_tag(const std::string& tag) {
    std::size_t start = 0;
    for (bool first = true;; first = false) {
        const std::size_t dash = tag.find('-', start);
        const std::string part = tag.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
        const bool fits = first ? all_of_kind(part, true) && (part.size() == 2 || part.size() == 3 ||
                                                               (part.size() >= 5 && part.size() <= 8))
                                : all_of_kind(part, false) && !part.empty() && part.size() <= 8;
        if (!fits) return false;
        if (dash == std::string::npos) return true;
        start = dash + 1;
    }
}

bool same_language_tag(const std::string& a, const std::string& b) { return lower(a) == lower(b); }

fs::path translations_folder(const fs::path& module_folder) { return module_folder / "translations"; }

std::vector<fs::path> translation_files(const fs::path& module_folder) {
    std::vector<fs::path> files;
    std::error_code error;
    const fs::path folder = translations_folder(module_folder);
    if (!fs::is_directory(folder, error)) return files;
    for (const std::string& name : entry_names(folder, false))
        if (fs::path(name).extension() == ".toml") files.push_back(folder / name);
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<fs::path> translation_file_for(const fs::path& module_folder, const std::string& language) {
    const std::string wanted = lower(language);
    const std::string primary = wanted.substr(0, wanted.find('-'));
    std::optional<fs::path> fallback;
    for (const fs::path& file : translation_files(module_folder)) {
        const std::string tag = lower(file.stem().string());
        if (tag == wanted) return file;
        if (tag == primary) fallback = file;
    }
    return fallback;
}

std::optional<TranslationFile> read_translation_file(const fs::path& file, Diagnostics& diagnostics) {
    const std::string label = file.string();
    TranslationFile result{file.stem().string(), file, {}};
    if (!is_language_tag(result.language)) {
        diagnostics.error({label, 0, 0}, "'" + result.language + "' is not a language tag",
                          "name a translation file after its language, e.g. translations/cy.toml or "
                          "translations/pt-BR.toml");
        return std::nullopt;
    }
    std::optional<toml::table> root = read_toml_file(file, label, diagnostics);
    if (!root) return std::nullopt;
    TableReader reader(*root, label, diagnostics);
    for (TableReader& block : reader.tables("unit")) {
        TranslationEntry entry;
        entry.where = block.where();
        const int errors_before = diagnostics.error_count();
        entry.id = block.string("id", Need::Required, "\"welcome.title\"").value_or("");
        entry.source_hash = block.string("source_hash", Need::Required, "\"1f2e3d4c\"").value_or("");
        entry.text = block.string("text", Need::Required, "\"The translated text\"").value_or("");
        entry.hash_where = block.where("source_hash");
        entry.text_where = block.where("text");
        block.report_unknown();
        if (diagnostics.error_count() != errors_before) continue;
        if (const TranslationEntry* first = result.find(entry.id)) {
            diagnostics.error(block.where("id"), "'" + entry.id + "' is translated twice",
                              "it is first translated at line " + std::to_string(first->where.line) +
                                  "; keep one of the two");
            continue;
        }
        result.entries.push_back(std::move(entry));
    }
    reader.report_unknown();
    return result;
}

std::string write_translation_file(const std::string& id, const std::string& language,
                                   const std::vector<TranslationEntry>& entries, const std::string& kind) {
    std::string out = "# The " + kind + " '" + id + "' translated into " + language +
                      ". Each [[unit]] translates one text; source_hash is\n"
                      "# the fingerprint of the text it was translated from ('primer validate' reports it\n"
                      "# stale when that text changes). modules/README.md describes this file.\n";
    for (const TranslationEntry& entry : entries) {
        out += "\n[[unit]]\nid = " + quoted(entry.id) + "\nsource_hash = " + quoted(entry.source_hash) +
               "\ntext = " + quoted(entry.text) + "\n";
    }
    return out;
}

}  // namespace primer
