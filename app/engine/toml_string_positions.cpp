#include "toml_string_positions.hpp"

#include <charconv>
#include <cstdint>

namespace primer {
namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Reads the file's text byte by byte, knowing the line and column of each character.
class Reader {
public:
    explicit Reader(std::string_view text) : m_text(text) {}

    bool done() const { return m_at >= m_text.size(); }
    bool starts_with(std::string_view prefix) const { return m_text.substr(m_at).substr(0, prefix.size()) == prefix; }
    char peek(std::size_t ahead = 0) const { return m_at + ahead < m_text.size() ? m_text[m_at + ahead] : '\0'; }

    // Consumes one byte and says where the character it belongs to was written.
    TextPosition take() {
        char c = m_text[m_at++];
        if (!is_continuation(c)) m_char = {m_line, m_column};
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if (!is_continuation(c)) {
            ++m_column;
        }
        return m_char;
    }

    // Moves to the character at `line` and `column`; false when the text is shorter.
    bool seek(int line, int column) {
        while (!done() && (m_line < line || (m_line == line && m_column < column))) take();
        while (!done() && is_continuation(peek())) take();
        return m_line == line && m_column == column && !done();
    }

private:
    std::string_view m_text;
    std::size_t m_at = 0;
    int m_line = 1, m_column = 1;
    TextPosition m_char;
};

struct Decoded {
    std::string text;
    std::vector<TextPosition> positions;

    void add(char c, TextPosition at) {
        text += c;
        positions.push_back(at);
    }
};

void add_utf8(std::uint32_t code, TextPosition at, Decoded& out) {
    if (code < 0x80) {
        out.add(static_cast<char>(code), at);
    } else if (code < 0x800) {
        out.add(static_cast<char>(0xC0 | (code >> 6)), at);
        out.add(static_cast<char>(0x80 | (code & 0x3F)), at);
    } else if (code < 0x10000) {
        out.add(static_cast<char>(0xE0 | (code >> 12)), at);
        out.add(static_cast<char>(0x80 | ((code >> 6) & 0x3F)), at);
        out.add(static_cast<char>(0x80 | (code & 0x3F)), at);
    } else {
        out.add(static_cast<char>(0xF0 | (code >> 18)), at);
        out.add(static_cast<char>(0x80 | ((code >> 12) & 0x3F)), at);
        out.add(static_cast<char>(0x80 | ((code >> 6) & 0x3F)), at);
        out.add(static_cast<char>(0x80 | (code & 0x3F)), at);
    }
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// After a backslash; false on an escape this reader does not know (the caller falls back).
bool read_escape(Reader& in, TextPosition at, bool multi_line, Decoded& out) {
    char c = in.peek();
    if (multi_line && (is_blank(c) || c == '\r' || c == '\n')) {
        // A line-ending backslash: the line break and the white space after it vanish.
        while (!in.done() && (is_blank(in.peek()) || in.peek() == '\r' || in.peek() == '\n')) in.take();
        return true;
    }
    in.take();
    switch (c) {
    case 'b': out.add('\b', at); return true;
    case 't': out.add('\t', at); return true;
    case 'n': out.add('\n', at); return true;
    case 'f': out.add('\f', at); return true;
    case 'r': out.add('\r', at); return true;
    case 'e': out.add('\x1b', at); return true;
    case '"': out.add('"', at); return true;
    case '\\': out.add('\\', at); return true;
    case 'u':
    case 'U': {
        const int digits = c == 'u' ? 4 : 8;
        std::string hex;
        for (int i = 0; i < digits && !in.done(); ++i) {
            hex += in.peek();
            in.take();
        }
        std::uint32_t code = 0;
        auto [end, error] = std::from_chars(hex.data(), hex.data() + hex.size(), code, 16);
        if (error != std::errc() || end != hex.data() + hex.size() || static_cast<int>(hex.size()) != digits)
            return false;
        add_utf8(code, at, out);
        return true;
    }
    default: return false;
    }
}

// Reads the literal whose opening quotes `in` is at; false when it cannot.
bool read_literal(Reader& in, Decoded& out) {
    const char quote = in.peek();
    if (quote != '"' && quote != '\'') return false;
    const bool escapes = quote == '"';
    const std::string triple(3, quote);
    const bool multi_line = in.starts_with(triple);
    for (std::size_t i = 0; i < (multi_line ? 3u : 1u); ++i) in.take();
    if (multi_line) {  // a line break right after the opening quotes is not part of the text
        if (in.starts_with("\r")) in.take();
        if (in.starts_with("\n")) in.take();
    }
    while (!in.done()) {
        if (multi_line && in.starts_with(triple)) {
            // Up to two quotes just before the closing three belong to the text.
            std::size_t run = 3;
            while (run < 5 && in.peek(run) == quote) ++run;
            for (std::size_t i = 3; i < run; ++i) out.add(quote, in.take());
            return true;
        }
        if (!multi_line && in.peek() == quote) return true;
        if (!multi_line && in.peek() == '\n') return false;
        if (multi_line && in.starts_with("\r\n")) {
            TextPosition at = in.take();
            in.take();
            out.add('\n', at);
            continue;
        }
        if (escapes && in.peek() == '\\') {
            TextPosition at = in.take();
            if (!read_escape(in, at, multi_line, out)) return false;
            continue;
        }
        char c = in.peek();
        out.add(c, in.take());
    }
    return false;
}

}  // namespace

std::optional<std::vector<TextPosition>> string_positions(std::string_view file_text, int line, int column,
                                                          std::string_view expected) {
    Reader in(file_text);
    if (!in.seek(line, column)) return std::nullopt;
    Decoded decoded;
    if (!read_literal(in, decoded) || decoded.text != expected) return std::nullopt;
    return std::move(decoded.positions);
}

}  // namespace primer
