// Read aloud: what a screen shows, cut into the sentences a voice speaks one at a time.
// Each sentence keeps where it came from (which text on the screen, which block of it,
// which bytes), so the player can highlight the one being spoken.
#pragma once

#include "rich_text.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace primer {

// A sentence's bytes in the text it was cut from; `begin` and `end` skip surrounding spaces.
struct SentenceRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool operator==(const SentenceRange&) const = default;
};

// Cuts `text` after ".", "!" or "?" (and any closing quote or bracket) followed by a space
// and a capital, a figure or an opening quote, and at every line break. Abbreviations
// ("e.g.", "Dr", "p. 12"), initials, decimals ("1.5"), percentages and a number leading
// the sentence ("1. The scale") stay inside their sentence. Pieces with no letter or figure
// (a lone dash) are not sentences.
std::vector<SentenceRange> split_sentences(std::string_view text);

// One text on a screen, as its parts: a rich text's blocks (a heading, a paragraph, a list
// item each), or a single line such as a title.
struct ReadSource {
    std::vector<std::string> parts;
};

// A rich text's blocks as read-aloud parts: each block's spans joined, byte for byte as drawn.
ReadSource read_source(const RichText& text);
ReadSource read_source(std::string_view line);
// A label drawn beside its value ("Phone" and a number) read as one line: "Phone: 999".
ReadSource read_source(std::string_view label, std::string_view value);
// Items drawn side by side as one control (a rating scale's points), one part each, so the
// one being read can be highlighted on its own; each is said as "1, Not at all confident".
ReadSource read_source(const std::vector<std::string>& items);

struct ReadItem {
    int source = 0;  // index into the sources given to reading_list
    int part = 0;    // the block within that source
    SentenceRange range;
    std::string text;  // what the voice says
};

// Every sentence of `sources`, in the order given (the order the screen shows them).
std::vector<ReadItem> reading_list(const std::vector<ReadSource>& sources);

}  // namespace primer
