#include "avoid_terms.hpp"

#include <algorithm>
#include <cctype>

namespace primer {
namespace {

using Words = std::vector<std::string_view>;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

unsigned char byte(std::string_view text, std::size_t at) { return static_cast<unsigned char>(text[at]); }

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Letters and digits, ASCII or not. Non-ASCII characters count as letters except the
// no-break space and the punctuation block (curly quotes, dashes, ellipsis: U+2000-U+207F),
// so "perpetrator’s" and "abuser—who" still end the word where a reader sees it end.
bool is_word_char(std::string_view text, std::size_t at) {
    const unsigned char c = byte(text, at);
    if (c < 0x80) return std::isalnum(c) != 0;
    const unsigned char next = at + 1 < text.size() ? byte(text, at + 1) : 0;
    if (c == 0xC2 && next == 0xA0) return false;
    if (c == 0xE2 && (next == 0x80 || next == 0x81)) return false;
    return true;
}

bool word_ends_before(std::string_view text, std::size_t at) {
    if (at == 0) return true;
    std::size_t start = at - 1;
    while (start > 0 && is_continuation(byte(text, start))) --start;
    return !is_word_char(text, start);
}

bool word_ends_at(std::string_view text, std::size_t at) { return at >= text.size() || !is_word_char(text, at); }

bool same_char(char a, char b, bool case_sensitive) {
    if (case_sensitive) return a == b;
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
}

Words split_words(std::string_view phrase) {
    Words words;
    std::size_t at = 0;
    while (at < phrase.size()) {
        while (at < phrase.size() && is_space(phrase[at])) ++at;
        std::size_t end = at;
        while (end < phrase.size() && !is_space(phrase[end])) ++end;
        if (end > at) words.push_back(phrase.substr(at, end - at));
        at = end;
    }
    return words;
}

// Where the words end when they are written from `at` (any run of white space between
// them), or npos.
std::size_t match_words(std::string_view text, std::size_t at, const Words& words, bool case_sensitive) {
    if (words.empty()) return std::string_view::npos;
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (k > 0) {
            if (at >= text.size() || !is_space(text[at])) return std::string_view::npos;
            while (at < text.size() && is_space(text[at])) ++at;
        }
        std::string_view word = words[k];
        if (text.size() - at < word.size()) return std::string_view::npos;
        for (std::size_t i = 0; i < word.size(); ++i)
            if (!same_char(text[at + i], word[i], case_sensitive)) return std::string_view::npos;
        at += word.size();
    }
    return at;
}

// The end of a whole-word match at `at`, a simple plural ("s", "es") included when
// `plurals`; npos when there is none.
std::size_t match_whole(std::string_view text, std::size_t at, const Words& words, bool case_sensitive, bool plurals) {
    std::size_t end = match_words(text, at, words, case_sensitive);
    if (end == std::string_view::npos) return end;
    if (plurals) {
        if (match_words(text, end, {"es"}, case_sensitive) != std::string_view::npos && word_ends_at(text, end + 2))
            return end + 2;
        if (match_words(text, end, {"s"}, case_sensitive) != std::string_view::npos && word_ends_at(text, end + 1))
            return end + 1;
    }
    return word_ends_at(text, end) ? end : std::string_view::npos;
}

bool is_delimiter(char c) {
    return is_space(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == '<' || c == '>' || c == '"';
}

// Whether the run of characters around [from, to) looks like a web or email address:
// "https://...", "www.csa.org", "info@example.org", "example.org.uk".
bool inside_address(std::string_view text, std::size_t from, std::size_t to) {
    while (from > 0 && !is_delimiter(text[from - 1])) --from;
    while (to < text.size() && !is_delimiter(text[to])) ++to;
    std::string_view token = text.substr(from, to - from);
    if (token.find("://") != std::string_view::npos || token.find("www.") != std::string_view::npos ||
        token.find('@') != std::string_view::npos)
        return true;
    auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    for (std::size_t i = 1; i + 1 < token.size(); ++i)
        if (token[i] == '.' && alnum(token[i - 1]) && alnum(token[i + 1])) return true;
    return false;
}

struct Span {
    std::size_t from = 0, to = 0;
};

std::vector<Span> find_phrases(std::string_view text, const std::vector<std::string>& phrases, bool case_sensitive) {
    std::vector<Span> spans;
    for (const std::string& phrase : phrases) {
        Words words = split_words(phrase);
        for (std::size_t at = 0; at < text.size(); ++at) {
            if (!word_ends_before(text, at)) continue;
            std::size_t end = match_whole(text, at, words, case_sensitive, false);
            if (end != std::string_view::npos) spans.push_back({at, end});
        }
    }
    return spans;
}

void find_one_term(std::string_view text, const AvoidTerm& term, std::size_t index, std::vector<TermHit>& hits) {
    std::vector<Words> variants{split_words(term.term)};
    for (const std::string& form : term.forms) variants.push_back(split_words(form));
    const std::vector<Span> excepted = find_phrases(text, term.except, term.case_sensitive);
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (is_continuation(byte(text, at)) || !word_ends_before(text, at)) continue;
        std::size_t end = std::string_view::npos;
        for (const Words& words : variants) {
            std::size_t found = match_whole(text, at, words, term.case_sensitive, true);
            if (found != std::string_view::npos && (end == std::string_view::npos || found > end)) end = found;
        }
        if (end == std::string_view::npos) continue;
        bool fine = inside_address(text, at, end) ||
                    std::any_of(excepted.begin(), excepted.end(), [&](Span s) { return s.from <= at && end <= s.to; });
        if (!fine) hits.push_back({at, end - at, index});
        at = end - 1;
    }
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::vector<TermHit> find_terms(std::string_view text, const std::vector<AvoidTerm>& terms) {
    std::vector<TermHit> hits;
    for (std::size_t i = 0; i < terms.size(); ++i) find_one_term(text, terms[i], i, hits);
    std::stable_sort(hits.begin(), hits.end(), [](const TermHit& a, const TermHit& b) { return a.offset < b.offset; });
    return hits;
}

std::size_t find_term_named(std::string_view written, const std::vector<AvoidTerm>& terms) {
    const std::string wanted = lower(written);
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (lower(terms[i].term) == wanted) return i;
        for (const std::string& form : terms[i].forms)
            if (lower(form) == wanted) return i;
    }
    return terms.size();
}

}  // namespace primer
