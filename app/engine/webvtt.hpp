// WebVTT captions (W3C WebVTT): the parts that matter for narrated screens. A file is
// read into cues with plain text; every problem is a diagnostic with file:line:col and a
// hint, nothing is thrown, and any bytes at all are safe to pass in.
//
// What is read, and how strictly:
// - "WEBVTT" on the first line (after an optional UTF-8 BOM), alone or followed by a space
//   or tab and any header text; header lines up to the first blank line are ignored.
// - Blocks are separated by blank lines (a line holding only spaces or tabs counts as blank).
//   NOTE, STYLE and REGION blocks are skipped; none of them may contain "-->".
// - A cue is an optional identifier line, a timing line "start --> end [settings]" and
//   text lines. Times are mm:ss.ttt or hh:mm:ss.ttt; settings after the end time are ignored.
// - Errors: end time not after start time; cue starting before the cue above it (the
//   spec says cues must be in start order, and cue_at() relies on it, so this is an error,
//   not a warning); repeated cue id; "-->" in cue text; a "<" that opens a tag never closed.
// - Cue text: tags (<v Speaker>, <i>, <b>, <c.class>, <00:01.000>...) are dropped, character
//   references (&amp; &lt; &gt; &nbsp; &lrm; &rlm; &quot; &apos; &#NN; &#xHH;) are decoded
//   (an unknown named one is a warning and kept as written), lines are joined with '\n'.
#pragma once

#include "diagnostics.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace primer {

struct Cue {
    std::string id;  // the identifier line as written; empty when the cue has none
    double start_seconds = 0;
    double end_seconds = 0;
    std::string text;  // plain text, tags dropped, references decoded, lines joined with '\n'
    int line = 0;      // 1-based line where the cue's block starts (its id line, else its timing line)
};

struct Captions {
    std::vector<Cue> cues;  // in start order
};

// Parses WebVTT text. Cues with problems are left out and reported; the good ones are kept.
// Returns true when there were no errors (warnings allowed).
bool parse_webvtt(std::string_view text, const std::string& file_for_messages, Captions& out,
                  Diagnostics& diagnostics);

// Index of the cue showing at `seconds` (start <= seconds < end), or -1. When cues
// overlap, the one that started latest wins.
int cue_at(const Captions& captions, double seconds);

}  // namespace primer
