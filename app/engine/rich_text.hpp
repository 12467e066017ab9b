// Rich text: the small Markdown subset authors write, parsed once at load time into
// plain blocks and spans so screens only lay out words and never parse.
#pragma once

#include "diagnostics.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace primer {

struct Span {
    std::string text;
    bool bold = false;
    bool italic = false;
    std::string link;  // target URL when this span is part of a link
};

enum class BlockKind { Paragraph, Heading, BulletItem, NumberedItem };

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;   // heading level (1-6), or list nesting depth (0 = top level)
    int number = 0;  // the item's number in a numbered list
    std::vector<Span> spans;
};

struct RichText {
    std::string source;  // what the author wrote, kept for word counts and read-aloud
    std::vector<Block> blocks;

    bool empty() const { return blocks.empty(); }
};

// Parses the Markdown subset documented in modules/README.md. Anything outside it
// (tables, code, HTML, images) becomes a warning at `where` and is kept as plain text.
RichText parse_rich_text(std::string_view source, const SourceLoc& where, Diagnostics& diagnostics);

// All the visible words, spans joined, blocks separated by blank lines.
std::string plain_text(const RichText& text);

}  // namespace primer
