// Where each character of a TOML string value was written. toml++ gives a value's start
// only; a diagnostic about a word inside a long """text""" should point at the word, so
// this reads the string literal again from the file's text and maps every byte of the
// value to the line and column it came from.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace primer {

struct TextPosition {
    int line = 0;    // 1-based
    int column = 0;  // 1-based, in characters (as toml++ counts them)
};

// `file_text` is the whole file; `line` and `column` are where the literal starts (its
// opening quote, as toml++ reports a string's source). One position per byte of
// `expected` (the value toml++ read): an escape's bytes all point at its backslash. Nullopt
// when the literal read here differs from `expected`, so callers fall back to the start.
std::optional<std::vector<TextPosition>> string_positions(std::string_view file_text, int line, int column,
                                                          std::string_view expected);

}  // namespace primer
