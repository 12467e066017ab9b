// Translation files: translations/<language>.toml inside a module folder (or, for course.toml's
// own texts, the course folder), one [[unit]] per
// translated text with the fingerprint of the source text it was translated from. Read
// with the same file:line:col diagnostics as module.toml; written by `primer translate
// import` (the text here; the atomic write is the CLI's).
#pragma once

#include "diagnostics.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace primer {

struct TranslationEntry {
    std::string id;           // a unit id (translation_units.hpp)
    std::string source_hash;  // source_fingerprint() of the text it was translated from
    std::string text;         // the translation, Markdown for rich-text units
    SourceLoc where;          // the [[unit]] block
    SourceLoc hash_where;
    SourceLoc text_where;
};

struct TranslationFile {
    std::string language;  // the file's name without .toml: a BCP 47 tag ("cy", "pt-BR")
    std::filesystem::path file;
    std::vector<TranslationEntry> entries;

    const TranslationEntry* find(const std::string& unit_id) const;
};

// "cy", "en-GB", "zh-Hant-TW": letters first (2-3, or 5-8), then subtags of 1-8 letters or digits.
bool is_language_tag(const std::string& tag);

// Tags compare ignoring case ("en-gb" is "en-GB").
bool same_language_tag(const std::string& a, const std::string& b);

// The folder of a module's translation files.
std::filesystem::path translations_folder(const std::filesystem::path& module_folder);

// The translation files in a module's translations folder, sorted; none when it has no folder.
std::vector<std::filesystem::path> translation_files(const std::filesystem::path& module_folder);

// The file for `language` in a module: translations/<language>.toml, else the file for its
// first subtag ("cy-GB" falls back to "cy"); tags compare ignoring case. Nullopt when none.
std::optional<std::filesystem::path> translation_file_for(const std::filesystem::path& module_folder,
                                                          const std::string& language);

// Reads one file; every problem is a diagnostic. Entries with problems are left out.
std::optional<TranslationFile> read_translation_file(const std::filesystem::path& file, Diagnostics& diagnostics);

// The file's text: a comment naming the module (or, with kind "course", the course) and the
// language, then one [[unit]] per entry in the order given. Multi-line texts are written in
// """ quotes so translators can edit them.
std::string write_translation_file(const std::string& id, const std::string& language,
                                   const std::vector<TranslationEntry>& entries, const std::string& kind = "module");

}  // namespace primer
