// XLIFF 2.0 (OASIS, urn:oasis:names:tc:xliff:document:2.0), the format translators' tools
// read: a module's units written out with any translations already made, and read back
// once translated. Texts stay in the authors' Markdown, so **bold** and [links](url) read
// as they do in module.toml; nothing is hidden in inline codes a tool could drop.
#pragma once

#include "translation_file.hpp"
#include "translation_units.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace primer {

struct XliffUnit {
    std::string id;
    std::string source;  // the unit's segments (and ignorables) joined, as XLIFF defines a unit's text
    std::string target;  // empty: not translated
    int line = 0;        // where the <unit> starts, for messages
};

struct XliffDocument {
    std::string source_language;  // srcLang
    std::string target_language;  // trgLang
    std::vector<XliffUnit> units;
};

// One <file> (id = the module id) with one <unit> per unit, in walk order. A unit with a
// current translation carries it as <target> (state "translated"); a stale one carries its
// earlier translation only as a note, so a tool cannot pass it back unchecked.
std::string write_xliff(const std::string& module_id, const std::string& source_language,
                        const std::string& target_language, const std::vector<TranslationUnit>& units,
                        const TranslationFile* existing);

struct XliffRead {
    std::optional<XliffDocument> document;
    std::string error;  // "line:column: what is wrong" when there is no document
};

// Refuses text that is not well-formed XML, is not XLIFF 2.0, lacks srcLang or trgLang, or
// repeats a unit id.
XliffRead read_xliff(std::string_view text);

}  // namespace primer
