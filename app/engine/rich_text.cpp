#include "rich_text.hpp"
#include "utf8.hpp"

#include <md4c.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <utility>

namespace primer {
namespace {

// Markdown that md4c understands but screens cannot lay out. Each is reported once per
// text, so a table of twenty rows gives one warning, not twenty.
enum class Unsupported { Table, Code, Html, Image, Quote, Rule, Count };

struct UnsupportedInfo {
    const char* message;
    const char* hint;
};

constexpr std::array<UnsupportedInfo, static_cast<size_t>(Unsupported::Count)> unsupported_info{{
    {"tables are not supported in text; the cells are shown as plain text",
     "write the rows as a list instead: one line starting '- ' per row"},
    {"code is not supported in text; it is shown as plain text",
     "remove the backticks (`), and do not indent lines by four spaces or more"},
    {"HTML is not supported in text; it is shown as plain text",
     "use **bold**, *italic* and [words](https://address) instead of HTML tags"},
    {"images inside text are not supported; only their description is shown",
     "put the picture on its own screen: kind = \"image\" with image = \"media/picture.png\""},
    {"block quotes are not supported in text; the quote is shown as a plain paragraph",
     "remove the '>' at the start of the lines"},
    {"horizontal rules are not supported in text; the line is left out",
     "remove the line of dashes or stars, or split the text into two screens"},
}};


// md4c hands entities over undecoded. Numeric ones and the few named ones authors
// actually type are decoded; anything else stays as written rather than vanishing.
std::string decode_entity(std::string_view entity) {
    static constexpr std::pair<std::string_view, uint32_t> named[] = {
        {"&amp;", '&'},      {"&lt;", '<'},       {"&gt;", '>'},       {"&quot;", '"'},    {"&apos;", '\''},
        {"&nbsp;", 0xA0},    {"&ndash;", 0x2013}, {"&mdash;", 0x2014}, {"&hellip;", 0x2026},
        {"&lsquo;", 0x2018}, {"&rsquo;", 0x2019}, {"&ldquo;", 0x201C}, {"&rdquo;", 0x201D},
        {"&copy;", 0xA9},    {"&pound;", 0xA3},   {"&euro;", 0x20AC},
    };
    std::string out;
    if (entity.size() > 3 && entity[1] == '#') {
        bool hex = entity[2] == 'x' || entity[2] == 'X';
        uint32_t cp = 0;
        for (char c : entity.substr(hex ? 3 : 2, entity.size() - (hex ? 4 : 3))) {
            uint32_t digit = c >= '0' && c <= '9' ? uint32_t(c - '0') : uint32_t((c | 0x20) - 'a' + 10);
            cp = cp * (hex ? 16 : 10) + digit;
            if (cp > 0x10FFFF) break;
        }
        append_utf8(out, cp);
        return out;
    }
    for (const auto& [name, cp] : named)
        if (entity == name) {
            append_utf8(out, cp);
            return out;
        }
    return std::string(entity);
}

// Turns md4c's stream of callbacks into blocks of styled spans. Blocks are created
// lazily, on their first words, so empty paragraphs and list items leave no trace.
class Builder {
public:
    Builder(const SourceLoc& where, Diagnostics& diagnostics) : m_where(where), m_diagnostics(diagnostics) {}

    void enter_block(MD_BLOCKTYPE type, const void* detail) {
        switch (type) {
        case MD_BLOCK_P: start_paragraph(); break;
        case MD_BLOCK_H: expect(BlockKind::Heading, static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level); break;
        case MD_BLOCK_UL: start_list(false, 0); break;
        case MD_BLOCK_OL: start_list(true, static_cast<const MD_BLOCK_OL_DETAIL*>(detail)->start); break;
        case MD_BLOCK_LI: start_item(); break;
        case MD_BLOCK_QUOTE: warn(Unsupported::Quote); break;
        case MD_BLOCK_HR: warn(Unsupported::Rule); break;
        case MD_BLOCK_CODE:
            warn(Unsupported::Code);
            expect(BlockKind::Paragraph);
            break;
        case MD_BLOCK_HTML:
            warn(Unsupported::Html);
            expect(BlockKind::Paragraph);
            break;
        case MD_BLOCK_TABLE: warn(Unsupported::Table); break;
        case MD_BLOCK_TR:
            expect(BlockKind::Paragraph);
            m_cells = 0;
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (m_cells++ > 0 && m_target) append(" | ");
            break;
        default: break;
        }
    }

    void leave_block(MD_BLOCKTYPE type) {
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            if (!m_lists.empty()) m_lists.pop_back();
            close();
            break;
        case MD_BLOCK_LI:
            if (!m_items.empty()) m_items.pop_back();
            close();
            break;
        case MD_BLOCK_P:
        case MD_BLOCK_H:
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML:
        case MD_BLOCK_TR: close(); break;
        default: break;
        }
    }

    void enter_span(MD_SPANTYPE type, const void* detail) {
        switch (type) {
        case MD_SPAN_STRONG: ++m_bold; break;
        case MD_SPAN_EM: ++m_italic; break;
        case MD_SPAN_A: {
            const MD_ATTRIBUTE& href = static_cast<const MD_SPAN_A_DETAIL*>(detail)->href;
            m_links.emplace_back(href.text, href.size);
            break;
        }
        case MD_SPAN_IMG: warn(Unsupported::Image); break;
        case MD_SPAN_CODE: warn(Unsupported::Code); break;
        default: break;
        }
    }

    // md4c 0.4.8 can leave a span it never entered (e.g. "![]([)]()" leaves a link),
    // so every leave is checked against what is open.
    void leave_span(MD_SPANTYPE type) {
        switch (type) {
        case MD_SPAN_STRONG: m_bold = std::max(0, m_bold - 1); break;
        case MD_SPAN_EM: m_italic = std::max(0, m_italic - 1); break;
        case MD_SPAN_A:
            if (!m_links.empty()) m_links.pop_back();
            break;
        default: break;
        }
    }

    void text(MD_TEXTTYPE type, std::string_view text) {
        switch (type) {
        case MD_TEXT_NULLCHAR: append("\xEF\xBF\xBD"); break;
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR: append(" "); break;
        case MD_TEXT_ENTITY: append(decode_entity(text)); break;
        case MD_TEXT_HTML:
            warn(Unsupported::Html);
            append_verbatim(text);
            break;
        case MD_TEXT_CODE: append_verbatim(text); break;
        default: append(text); break;
        }
    }

    std::vector<Block> finish() {
        for (Block& block : m_blocks) trim(block);
        std::erase_if(m_blocks, [](const Block& b) { return b.spans.empty(); });
        return std::move(m_blocks);
    }

private:
    struct List {
        bool ordered = false;
        int next_number = 1;
    };
    struct Item {
        std::optional<size_t> block;  // set once the item has words
    };

    void expect(BlockKind kind, unsigned level = 0, int number = 0) {
        m_target.reset();
        m_pending = Block{kind, static_cast<int>(level), number, {}};
    }

    void close() {
        m_target.reset();
        m_pending.reset();
    }

    // A paragraph inside a list item is that item's text (loose lists wrap every item in
    // one); a second paragraph in the same item continues it after a space.
    void start_paragraph() {
        if (m_pending) return;
        if (!m_items.empty() && m_items.back().block && *m_items.back().block + 1 == m_blocks.size()) {
            m_target = *m_items.back().block;
            m_separate = true;
            return;
        }
        expect(BlockKind::Paragraph);
    }

    void start_list(bool ordered, unsigned start) {
        close();
        m_lists.push_back({ordered, static_cast<int>(start)});
    }

    void start_item() {
        if (m_lists.empty()) m_lists.push_back({});  // md4c opens a list first; this only guards against it not
        List& list = m_lists.back();
        int depth = static_cast<int>(m_lists.size()) - 1;
        expect(list.ordered ? BlockKind::NumberedItem : BlockKind::BulletItem, static_cast<unsigned>(depth),
               list.ordered ? list.next_number++ : 0);
        m_items.push_back({});
    }

    void append_verbatim(std::string_view text) {
        std::string flat(text);
        for (char& c : flat)
            if (c == '\n') c = ' ';
        append(flat);
    }

    void append(std::string_view text) {
        if (text.empty()) return;
        if (!m_target) {
            m_blocks.push_back(m_pending ? std::move(*m_pending) : Block{});
            m_pending.reset();
            m_target = m_blocks.size() - 1;
            if (!m_items.empty() && !m_items.back().block && m_blocks.back().kind != BlockKind::Paragraph)
                m_items.back().block = m_target;
        }
        std::vector<Span>& spans = m_blocks[*m_target].spans;
        std::string words = std::exchange(m_separate, false) && !spans.empty() ? " " : "";
        words += text;
        std::string link = m_links.empty() ? std::string() : m_links.back();
        bool bold = m_bold > 0;
        bool italic = m_italic > 0;
        if (!spans.empty() && spans.back().bold == bold && spans.back().italic == italic && spans.back().link == link)
            spans.back().text += words;
        else
            spans.push_back({std::move(words), bold, italic, std::move(link)});
    }

    static void trim(Block& block) {
        while (!block.spans.empty()) {
            std::string& first = block.spans.front().text;
            first.erase(0, first.find_first_not_of(' '));
            if (!first.empty()) break;
            block.spans.erase(block.spans.begin());
        }
        while (!block.spans.empty()) {
            std::string& last = block.spans.back().text;
            last.erase(last.find_last_not_of(' ') + 1);
            if (!last.empty()) break;
            block.spans.pop_back();
        }
    }

    void warn(Unsupported kind) {
        auto index = static_cast<size_t>(kind);
        if (m_warned[index]) return;
        m_warned[index] = true;
        m_diagnostics.warning(m_where, unsupported_info[index].message, unsupported_info[index].hint);
    }

    const SourceLoc& m_where;
    Diagnostics& m_diagnostics;
    std::vector<Block> m_blocks;
    std::optional<Block> m_pending;   // the block the next words start
    std::optional<size_t> m_target;   // the block words go to now
    bool m_separate = false;          // put a space before the next words
    std::vector<List> m_lists;
    std::vector<Item> m_items;
    std::vector<std::string> m_links;
    int m_bold = 0;
    int m_italic = 0;
    int m_cells = 0;
    std::array<bool, static_cast<size_t>(Unsupported::Count)> m_warned{};
};

// md4c is C: no exception (only std::bad_alloc is possible) may unwind through it, so
// each callback catches and returns non-zero, which stops the parse.
template <typename Body>
int guarded(Body&& body) noexcept {
    try {
        body();
        return 0;
    } catch (...) {
        return 1;
    }
}

int on_enter_block(MD_BLOCKTYPE type, void* detail, void* builder) {
    return guarded([&] { static_cast<Builder*>(builder)->enter_block(type, detail); });
}

int on_leave_block(MD_BLOCKTYPE type, void*, void* builder) {
    return guarded([&] { static_cast<Builder*>(builder)->leave_block(type); });
}

int on_enter_span(MD_SPANTYPE type, void* detail, void* builder) {
    return guarded([&] { static_cast<Builder*>(builder)->enter_span(type, detail); });
}

int on_leave_span(MD_SPANTYPE type, void*, void* builder) {
    return guarded([&] { static_cast<Builder*>(builder)->leave_span(type); });
}

int on_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* builder) {
    return guarded([&] { static_cast<Builder*>(builder)->text(type, std::string_view(text, size)); });
}

}  // namespace

RichText parse_rich_text(std::string_view source, const SourceLoc& where, Diagnostics& diagnostics) {
    Builder state(where, diagnostics);
    MD_PARSER parser{};
    // Tables are switched on only so they can be recognised and reported.
    parser.flags = MD_FLAG_TABLES | MD_FLAG_COLLAPSEWHITESPACE;
    parser.enter_block = on_enter_block;
    parser.leave_block = on_leave_block;
    parser.enter_span = on_enter_span;
    parser.leave_span = on_leave_span;
    parser.text = on_text;
    // md4c 0.4.8 reads past the end of text that does not end in a newline (e.g. an
    // unclosed "[words](https://..."), so it always gets one; Markdown means the same.
    std::string text(source);
    if (text.empty() || text.back() != '\n') text += '\n';
    md_parse(text.data(), static_cast<MD_SIZE>(text.size()), &parser, &state);
    return RichText{std::string(source), state.finish()};
}

std::string plain_text(const RichText& text) {
    std::string out;
    for (const Block& block : text.blocks) {
        if (!out.empty()) out += "\n\n";
        for (const Span& span : block.spans) out += span.text;
    }
    return out;
}

}  // namespace primer
