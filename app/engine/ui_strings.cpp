#include "ui_strings.hpp"

#include "names.hpp"
#include "toml_reader.hpp"

#include <algorithm>
#include <system_error>

namespace primer {
namespace {

constexpr std::string_view kNameKey = "locale.name";

// Gathers every string under `table`, naming each by its dotted path.
void collect(const toml::table& table, const std::string& prefix, const std::string& label, UiStrings& strings,
             Diagnostics& diagnostics) {
    for (const auto& [key, node] : table) {
        const std::string path = prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str());
        if (const toml::table* inner = node.as_table()) {
            collect(*inner, path, label, strings, diagnostics);
        } else if (const auto* text = node.as_string()) {
            strings.entries[path] = LocaleEntry{text->get(), location(label, node.source())};
        } else {
            diagnostics.error(location(label, node.source()), "\"" + path + "\" is not text",
                              "every string of the player's is in double quotes, e.g. " + std::string(key.str()) +
                                  " = \"Next\"");
        }
    }
}

bool well_formed_tag(std::string_view tag) {
    return !tag.empty() && tag.size() <= 35 && std::all_of(tag.begin(), tag.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    });
}

}  // namespace

std::optional<UiStrings> read_ui_strings(const std::filesystem::path& file, const std::string& label,
                                         Diagnostics& diagnostics) {
    const int errors_before = diagnostics.error_count();
    std::optional<toml::table> root = read_toml_file(file, label, diagnostics);
    if (!root) return std::nullopt;
    UiStrings strings;
    strings.tag = file.stem().string();
    if (!well_formed_tag(strings.tag))
        diagnostics.error({label, 0, 0}, "\"" + strings.tag + "\" is not a language tag",
                          "name the file after its BCP 47 language tag, e.g. cy.toml for Welsh");
    collect(*root, "", label, strings, diagnostics);
    if (auto name = strings.entries.find(kNameKey); name != strings.entries.end() && !name->second.text.empty()) {
        strings.name = name->second.text;
    } else {
        diagnostics.error({label, 1, 1}, "the language's own name is missing",
                          "add [locale] with name = \"Cymraeg\" (the name as its speakers write it) at the top");
    }
    if (diagnostics.error_count() > errors_before) return std::nullopt;
    return strings;
}

std::vector<UiStrings> read_locale_folder(const std::filesystem::path& folder, Diagnostics& diagnostics) {
    std::vector<UiStrings> locales;
    std::error_code error;
    for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        if (it->path().extension() != ".toml") continue;
        if (auto strings = read_ui_strings(it->path(), it->path().string(), diagnostics))
            locales.push_back(std::move(*strings));
    }
    if (error)
        diagnostics.error({folder.string(), 0, 0}, "cannot list the locale files here: " + error.message(),
                          "check that the folder exists and that you may read it");
    // English first (every other language falls back to it), then by tag.
    std::sort(locales.begin(), locales.end(), [](const UiStrings& a, const UiStrings& b) {
        return std::pair(a.tag != kFallbackLanguage, a.tag) < std::pair(b.tag != kFallbackLanguage, b.tag);
    });
    return locales;
}

const char* UiText::operator()(std::string_view key) const {
    for (const UiStrings* strings : {m_chosen, m_english}) {
        if (!strings) continue;
        if (auto found = strings->entries.find(key); found != strings->entries.end()) return found->second.text.c_str();
    }
    // Not in any catalogue: a programming mistake the locale tests catch. Kept alive for the
    // caller, like the catalogue's own strings.
    static std::map<std::string, std::string, std::less<>> missing;
    auto [it, added] = missing.try_emplace(std::string(key), std::string(key));
    return it->second.c_str();
}

const std::string& UiText::tag() const {
    static const std::string fallback(kFallbackLanguage);
    if (m_chosen) return m_chosen->tag;
    return m_english ? m_english->tag : fallback;
}

std::string format_text(std::string_view pattern, TextArgs args) {
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if ((c == '{' || c == '}') && i + 1 < pattern.size() && pattern[i + 1] == c) {
            out += c;  // "{{" or "}}"
            ++i;
            continue;
        }
        const std::size_t close = c == '{' ? pattern.find('}', i + 1) : std::string_view::npos;
        if (close == std::string_view::npos) {
            out += c;
            continue;
        }
        const std::string_view name = pattern.substr(i + 1, close - i - 1);
        auto arg = std::find_if(args.begin(), args.end(), [&](const auto& pair) { return pair.first == name; });
        out += arg != args.end() ? arg->second : std::string(pattern.substr(i, close - i + 1));
        i = close;
    }
    return out;
}

std::vector<std::string> placeholders(std::string_view text) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '{') continue;
        if (i + 1 < text.size() && text[i + 1] == '{') {
            ++i;
            continue;
        }
        const std::size_t close = text.find('}', i + 1);
        if (close == std::string_view::npos) break;
        names.emplace_back(text.substr(i + 1, close - i - 1));
        i = close;
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

namespace {

std::string braced(const std::vector<std::string>& names) {
    if (names.empty()) return "no placeholders";
    std::string out;
    for (const std::string& name : names) out += (out.empty() ? "{" : ", {") + name + "}";
    return out;
}

}  // namespace

void check_locale(const UiStrings& english, const UiStrings& locale, Diagnostics& diagnostics) {
    const std::string file = locale.entries.empty() ? locale.tag : locale.entries.begin()->second.where.file;
    std::vector<std::string> known;
    for (const auto& [key, entry] : english.entries) known.push_back(key);
    for (const auto& [key, entry] : english.entries) {
        auto theirs = locale.entries.find(key);
        if (theirs == locale.entries.end()) {
            const std::size_t dot = key.rfind('.');
            diagnostics.warning({file, 0, 0}, "\"" + key + "\" is missing, so it shows in English: \"" + entry.text + "\"",
                                "add " + key.substr(dot + 1) + " = \"...\" under [" + key.substr(0, dot) + "]");
            continue;
        }
        const auto wanted = placeholders(entry.text), found = placeholders(theirs->second.text);
        if (wanted != found)
            diagnostics.error(theirs->second.where,
                              "\"" + key + "\" has " + braced(found) + " where English has " + braced(wanted),
                              "keep each {name} exactly as English writes it; only the words around it change");
    }
    for (const auto& [key, entry] : locale.entries) {
        if (english.entries.count(key)) continue;
        const std::string guess = closest_match(key, known);
        diagnostics.error(entry.where, "\"" + key + "\" is not a string the player shows",
                          guess.empty() ? "remove it, or check en.toml for the key's name"
                                        : "did you mean \"" + guess + "\"? en.toml lists every key");
    }
}

}  // namespace primer
