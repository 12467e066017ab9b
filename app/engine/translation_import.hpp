// Bringing a translator's XLIFF back into a module: checks that it belongs to this module
// (source language, unit ids) and merges its targets into the module's translation file.
// Pure: the caller reads the files and writes the result (atomically).
#pragma once

#include "course.hpp"
#include "translation_file.hpp"
#include "xliff.hpp"

#include <string>
#include <vector>

namespace primer {

struct TranslationImport {
    std::string error;  // a sentence saying what is wrong and what to do; empty when it can be written
    std::vector<TranslationEntry> entries;  // the file's new entries
    int imported = 0;       // targets taken from the XLIFF
    int from_older = 0;     // of those, translated from a source text the module no longer has (validate: stale)
    int untranslated = 0;   // units of the module with no translation after the import
};

// Each non-empty target becomes an entry fingerprinted with the XLIFF's own source text (what
// the translator saw). Units without a target keep the existing entry, and existing entries
// for texts the module no longer has are kept too, so an import never loses a translation.
// Refuses (error set, nothing to write) a srcLang other than `source_language`, a trgLang
// that is not a language tag, and unit ids the module does not have.
// `units` are the texts the XLIFF may translate; `name` says whose in messages ("module 'x'").
TranslationImport merge_xliff(const std::vector<TranslationUnit>& units, const std::string& name,
                              const std::string& source_language, const XliffDocument& xliff,
                              const TranslationFile* existing);

// A module's texts.
TranslationImport merge_xliff(const Module& module, const std::string& source_language, const XliffDocument& xliff,
                              const TranslationFile* existing);

}  // namespace primer
