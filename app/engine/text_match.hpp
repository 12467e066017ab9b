// Comparing typed answers: fill-in blanks accept an answer "as the author wrote it" up to
// case and spacing, including outside ASCII ("Ärzte", "ЖУРНАЛ").
#pragma once

#include <string>
#include <string_view>

namespace primer {

// Trims the ends and turns each run of spaces, tabs, newlines and Unicode spaces (the
// no-break ones included) into one space.
std::string collapse_spaces(std::string_view text);

// Lower-cases ASCII, Latin-1, Latin Extended-A, Romanian Ș and Ț, Vietnamese letters,
// Greek (with tonos) and Cyrillic (with Ukrainian Ґ) letters; leaves other characters
// and invalid UTF-8 bytes as they are. Not full Unicode case folding (no ß -> ss, no
// normalisation of composed and decomposed accents); enough for answer matching.
std::string fold_case(std::string_view text);

// The number of code points in UTF-8 text (invalid bytes count one each).
std::size_t count_characters(std::string_view text);

}  // namespace primer
