// `primer translate export|import`: a module's texts (or course.toml's own) out to a
// translator as XLIFF 2.0, and their translation back into the folder's
// translations/<language>.toml.
#include "commands.hpp"

#include "args.hpp"
#include "atomic_file.hpp"
#include "course_loader.hpp"
#include "translation_file.hpp"
#include "translation_import.hpp"
#include "xliff.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

namespace primer::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* kHelp = R"(Usage: primer translate export --module DIR --lang TAG -o FILE.xlf
       primer translate import FILE.xlf --module DIR
       primer translate export|import ... --course DIR

Translations of a module live in DIR/translations/TAG.toml (TAG a language tag such as
cy or pt-BR); modules/README.md describes the file, and 'primer validate' reports texts
not yet translated and translations whose source text has changed since. With --course
in place of --module, the same for course.toml's own texts (the course's title, content
notice and support contacts), in the course folder's translations/TAG.toml.

  export   writes every text of the module as XLIFF 2.0 for a translator's tool, with the
           translations already made as targets (state "translated"); texts still to do,
           or whose source has changed, have no target (state "initial")
  import   reads a translated XLIFF 2.0 file and writes its targets into
           DIR/translations/TAG.toml (TAG from its trgLang), keeping translations it does
           not carry. It writes nothing if the file is not XLIFF 2.0, translates from
           another language than the module's, or names texts the module does not have.

  --module DIR     the module folder (with module.toml)
  --course DIR     the course folder (with course.toml), for its own texts
  --lang TAG       the language to translate into (export)
  -o, --output F   the XLIFF file to write (export)
)";

// What is translated: a module's texts (--module) or the course's own (--course).
struct Texts {
    std::string kind;  // "module" or "course"
    std::string id;
    fs::path folder;   // where its translations folder is
    std::string source_language;
    std::vector<TranslationUnit> units;

    std::string name() const { return kind + " '" + id + "'"; }
};

// The module or course checked as the player would load it; its errors are printed, and stop the command.
std::optional<Texts> load_for_translation(const Args& args) {
    const bool course = args.has("--course");
    const std::string folder = args.value(course ? "--course" : "--module");
    LoadResult loaded = course ? load_course(folder, nullptr, Checks::Play) : load_module(folder, nullptr, Checks::Play);
    if (!loaded.course) {
        for (const Diagnostic& d : loaded.diagnostics.all()) std::cerr << format_diagnostic(d) << "\n";
        std::cerr << "primer: " << folder << " has errors (above); fix them, then translate it.\n";
        return std::nullopt;
    }
    const Course& loaded_course = *loaded.course;
    if (course)
        return Texts{"course", loaded_course.id, loaded_course.folder, loaded_course.language,
                     course_translation_units(loaded_course)};
    const Module& module = loaded_course.modules.front();
    return Texts{"module", module.id, module.folder, loaded_course.language, translation_units(module)};
}

// The translation file for `language`, when there is one; false when it cannot be read.
bool read_existing(const Texts& texts, const std::string& language, std::optional<TranslationFile>& file) {
    const fs::path path = translations_folder(texts.folder) / (language + ".toml");
    std::error_code error;
    if (!fs::exists(path, error)) return true;
    Diagnostics diagnostics;
    file = read_translation_file(path, diagnostics);
    for (const Diagnostic& d : diagnostics.all()) std::cerr << format_diagnostic(d) << "\n";
    if (file && !diagnostics.has_errors()) return true;
    std::cerr << "primer: " << path.string() << " has errors (above); fix them first, so nothing in it is lost.\n";
    return false;
}

int export_xliff(const Args& args) {
    const std::string language = args.value("--lang");
    if (!(args.has("--module") || args.has("--course")) || !args.has("--output") || language.empty()) {
        std::cerr << "primer: name the module (or --course), the language and the file to write, e.g. 'primer "
                     "translate export --module my-module --lang cy -o my-module.cy.xlf'.\n";
        return 2;
    }
    if (!is_language_tag(language)) {
        std::cerr << "primer: '" << language << "' is not a language tag; use one such as cy, ga or pt-BR.\n";
        return 2;
    }
    std::optional<Texts> texts = load_for_translation(args);
    if (!texts) return 1;
    std::optional<TranslationFile> existing;
    if (!read_existing(*texts, language, existing)) return 1;
    const std::string xliff =
        write_xliff(texts->id, texts->source_language, language, texts->units, existing ? &*existing : nullptr);
    std::string error;
    auto write = [&xliff](std::ostream& out) { return static_cast<bool>(out.write(xliff.data(), xliff.size())); };
    if (!write_file_atomically(args.value("--output"), write, FileAccess::Usual, error)) {
        std::cerr << "primer: " << error << "\n";
        return 1;
    }
    std::cerr << "primer: wrote " << texts->units.size() << " texts of " << texts->kind << " " << texts->id << " to "
              << args.value("--output") << " for translation from " << texts->source_language << " into " << language
              << "\n";
    return 0;
}

int import_xliff(const Args& args) {
    if (args.positional.size() != 2 || !(args.has("--module") || args.has("--course"))) {
        std::cerr << "primer: name the XLIFF file and the module (or --course), e.g. 'primer translate import "
                     "my-module.cy.xlf --module my-module'.\n";
        return 2;
    }
    const std::string& file = args.positional[1];
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cerr << "primer: cannot open " << file << "; check that it exists and that you may read it.\n";
        return 1;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    XliffRead read = read_xliff(text);
    if (!read.document) {
        std::cerr << file << ":" << read.error << "\nprimer: nothing was imported.\n";
        return 1;
    }
    std::optional<Texts> texts = load_for_translation(args);
    if (!texts) return 1;
    const std::string& language = read.document->target_language;
    std::optional<TranslationFile> existing;
    if (is_language_tag(language) && !read_existing(*texts, language, existing)) return 1;
    TranslationImport merged = merge_xliff(texts->units, texts->name(), texts->source_language, *read.document,
                                           existing ? &*existing : nullptr);
    if (!merged.error.empty()) {
        std::cerr << file << ": " << merged.error << "\nprimer: nothing was imported.\n";
        return 1;
    }
    const fs::path folder = translations_folder(texts->folder);
    std::error_code made;
    fs::create_directories(folder, made);
    const fs::path target = folder / (language + ".toml");
    const std::string toml = write_translation_file(texts->id, language, merged.entries, texts->kind);
    std::string error;
    auto write = [&toml](std::ostream& out) { return static_cast<bool>(out.write(toml.data(), toml.size())); };
    if (!write_file_atomically(target, write, FileAccess::Usual, error)) {
        std::cerr << "primer: " << error << "\n";
        return 1;
    }
    std::cerr << "primer: imported " << merged.imported << " translations into " << target.string() << "; "
              << merged.untranslated << " texts are still untranslated\n";
    if (merged.from_older > 0)
        std::cerr << "primer: " << merged.from_older << " of them were translated from older source text; "
                  << "'primer validate' lists them as stale\n";
    return 0;
}

}  // namespace

int translate_command(const Words& words) {
    Words renamed = words;
    for (std::string& word : renamed)
        if (word == "-o") word = "--output";
    auto parsed = parse_command(renamed, ArgSpec{{"--module", "--course", "--lang", "--output"}}, "translate", kHelp);
    if (!parsed.args) return parsed.exit_code;
    const Args& args = *parsed.args;
    if (args.has("--module") && args.has("--course")) {
        std::cerr << "primer: translate a module (--module DIR) or the course's own texts (--course DIR), not both "
                     "at once.\n";
        return 2;
    }
    const std::string action = args.positional.empty() ? "" : args.positional.front();
    if (action == "export" && args.positional.size() == 1) return export_xliff(args);
    if (action == "import") return import_xliff(args);
    std::cerr << "primer: say 'primer translate export' or 'primer translate import'; 'primer translate --help' "
                 "shows how.\n";
    return 2;
}

}  // namespace primer::cli
