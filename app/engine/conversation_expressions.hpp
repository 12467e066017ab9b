// The two small languages of conversation scripts: conditions ("trust >= 2 and not
// rushed") and effects ("trust + 1", "rushed = true"). Problems are reported at the
// column inside the string where they are, so an author sees exactly which word is wrong.
#pragma once

#include "conversation.hpp"
#include "diagnostics.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace primer {

// Where a string value sits in its file. `value` is the position of its opening quote;
// when the text maps one character to one column (one line, no escapes) positions inside
// it are exact, otherwise they fall back to the opening quote.
struct StringPlace {
    SourceLoc value;
    bool exact = false;

    // The position of the character `offset` bytes into `text`.
    SourceLoc at(std::string_view text, std::size_t offset) const;
};

// A place for `text` read from a single-line quoted value at `value`.
StringPlace string_place(const SourceLoc& value, std::string_view text);

// Variable names: lower-case letters, digits and underscores, starting with a letter.
bool is_variable_name(std::string_view name);

// Parses an `if` text. Reports problems to `diagnostics` and returns nullopt on any.
std::optional<Condition> parse_condition(std::string_view text, const StringPlace& place, Diagnostics& diagnostics);

// Parses one entry of a `set` list.
std::optional<Effect> parse_effect(std::string_view text, const StringPlace& place, Diagnostics& diagnostics);

}  // namespace primer
