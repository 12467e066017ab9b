#include "read_aloud.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace primer {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool is_ascii_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Curly quotes are three bytes in UTF-8: E2 80 98/99 (single) and 9C/9D (double).
bool curly_quote_at(std::string_view text, std::size_t at, bool closing) {
    if (at + 3 > text.size() || text[at] != '\xE2' || text[at + 1] != '\x80') return false;
    char last = text[at + 2];
    return closing ? (last == '\x99' || last == '\x9D') : (last == '\x98' || last == '\x9C');
}

// Bytes of closing punctuation at `at`: a straight or curly quote, or a bracket; 0 for none.
std::size_t closer_length(std::string_view text, std::size_t at) {
    char c = text[at];
    if (c == ')' || c == ']' || c == '"' || c == '\'') return 1;
    return curly_quote_at(text, at, true) ? 3 : 0;
}

// What may start a sentence: a capital, a figure, an opening quote or bracket, or any
// letter outside ASCII (an accented capital; the course text has few such words).
bool starts_sentence(std::string_view text, std::size_t at) {
    char c = text[at];
    if (std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c))) return true;
    if (c == '"' || c == '\'' || c == '(' || c == '[') return true;
    return curly_quote_at(text, at, false) || static_cast<unsigned char>(c) >= 0x80;
}

// The word ending just before `dot`, lower case and without its own dots ("e.g" -> "eg").
std::string word_before(std::string_view text, std::size_t dot) {
    std::size_t start = dot;
    while (start > 0 && (is_ascii_alpha(text[start - 1]) || text[start - 1] == '.')) --start;
    std::string word;
    for (std::size_t i = start; i < dot; ++i)
        if (text[i] != '.') word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    return word;
}

// Whether the "." at `dot` ends an abbreviation rather than a sentence; `next` is where the
// following word starts. Single letters are initials ("J. Smith") or "p."; some short words
// are abbreviations only before a figure ("No. 5", "para. 3"), so "The answer was no." still ends.
bool abbreviation_at(std::string_view text, std::size_t dot, std::size_t next) {
    static constexpr std::array<std::string_view, 13> kAlways = {"eg", "ie", "dr", "mr", "mrs", "ms", "prof",
                                                                 "st", "vs", "cf", "approx", "fig", "nb"};
    static constexpr std::array<std::string_view, 6> kBeforeFigure = {"pp", "no", "para", "ch", "sec", "vol"};
    std::string word = word_before(text, dot);
    if (word.size() == 1) return true;
    if (std::find(kAlways.begin(), kAlways.end(), word) != kAlways.end()) return true;
    bool figure = std::isdigit(static_cast<unsigned char>(text[next])) != 0;
    return figure && std::find(kBeforeFigure.begin(), kBeforeFigure.end(), word) != kBeforeFigure.end();
}

// Whether the "." at `dot` ends a number that starts the sentence ("1. The scale and nature",
// a numbered title or list item drawn as one line): it belongs to what follows it.
bool list_number_at(std::string_view text, std::size_t start, std::size_t dot) {
    while (start < dot && is_space(text[start])) ++start;
    if (start == dot) return false;
    for (std::size_t i = start; i < dot; ++i)
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    return true;
}

// A letter or figure: ASCII ones, or any character outside ASCII except the General
// Punctuation block (U+2000-U+206F: dashes, curly quotes, bullets), which starts E2 80/81.
bool has_words(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (is_ascii_alnum(text[i])) return true;
            continue;
        }
        if (c < 0xC0) continue;  // a continuation byte of a character already looked at
        bool punctuation = c == 0xE2 && i + 1 < text.size() && (text[i + 1] == '\x80' || text[i + 1] == '\x81');
        if (!punctuation) return true;
    }
    return false;
}

// Adds [begin, end) trimmed, without a leading list marker, when it has anything to say.
void add_sentence(std::string_view text, std::size_t begin, std::size_t end, std::vector<SentenceRange>& out) {
    while (begin < end && is_space(text[begin])) ++begin;
    while (end > begin && is_space(text[end - 1])) --end;
    if (end - begin >= 2 && (text[begin] == '-' || text[begin] == '*') && is_space(text[begin + 1])) begin += 2;
    if (end - begin >= 4 && text.substr(begin, 3) == "\xE2\x80\xA2" && is_space(text[begin + 3])) begin += 4;
    while (begin < end && is_space(text[begin])) ++begin;
    if (has_words(text.substr(begin, end - begin))) out.push_back({begin, end});
}

}  // namespace

std::vector<SentenceRange> split_sentences(std::string_view text) {
    std::vector<SentenceRange> sentences;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n') {
            add_sentence(text, start, i, sentences);
            start = i + 1;
            continue;
        }
        if (c != '.' && c != '!' && c != '?') continue;
        const std::size_t mark = i;
        std::size_t end = i + 1;
        while (end < text.size() && (text[end] == '.' || text[end] == '!' || text[end] == '?')) ++end;
        while (end < text.size()) {
            std::size_t closer = closer_length(text, end);
            if (closer == 0) break;
            end += closer;
        }
        // "1.5", "e.g" and "www.example.org" have no space after the dot: never an end.
        if (end >= text.size() || !is_space(text[end])) {
            i = end - 1;
            continue;
        }
        std::size_t next = end;
        while (next < text.size() && is_space(text[next])) ++next;
        i = end - 1;
        if (next >= text.size() || text[next] == '\n' || !starts_sentence(text, next)) continue;
        bool lone_dot = c == '.' && (mark + 1 == text.size() || text[mark + 1] != '.');
        if (lone_dot && abbreviation_at(text, mark, next)) continue;
        if (lone_dot && list_number_at(text, start, mark)) continue;
        add_sentence(text, start, end, sentences);
        start = end;
    }
    add_sentence(text, start, text.size(), sentences);
    return sentences;
}

ReadSource read_source(const RichText& text) {
    ReadSource source;
    for (const Block& block : text.blocks) {
        std::string joined;
        for (const Span& span : block.spans) joined += span.text;
        source.parts.push_back(std::move(joined));
    }
    return source;
}

ReadSource read_source(std::string_view line) { return ReadSource{{std::string(line)}}; }

ReadSource read_source(std::string_view label, std::string_view value) {
    return ReadSource{{std::string(label) + ": " + std::string(value)}};
}

ReadSource read_source(const std::vector<std::string>& items) {
    ReadSource source;
    // Numbered, as the points are drawn; a comma so the number and its label are one sentence.
    for (std::size_t i = 0; i < items.size(); ++i)
        source.parts.push_back(std::to_string(i + 1) + (items[i].empty() ? "" : ", " + items[i]));
    return source;
}

std::vector<ReadItem> reading_list(const std::vector<ReadSource>& sources) {
    std::vector<ReadItem> items;
    for (std::size_t s = 0; s < sources.size(); ++s) {
        const std::vector<std::string>& parts = sources[s].parts;
        for (std::size_t p = 0; p < parts.size(); ++p)
            for (const SentenceRange& range : split_sentences(parts[p]))
                items.push_back(ReadItem{static_cast<int>(s), static_cast<int>(p), range,
                                         parts[p].substr(range.begin, range.end - range.begin)});
    }
    return items;
}

}  // namespace primer
