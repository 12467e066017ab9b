#include "text_match.hpp"
#include "utf8.hpp"

namespace primer {
namespace {

// Decodes one UTF-8 sequence at `at`; returns the code point and advances `at`. An invalid
// byte decodes as itself (so it survives untouched) with `valid` false.
char32_t decode(std::string_view text, std::size_t& at, bool& valid) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char lead = byte(at);
    int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    valid = length > 0 && at + static_cast<std::size_t>(length) <= text.size();
    for (int i = 1; valid && i < length; ++i) valid = (byte(at + static_cast<std::size_t>(i)) >> 6) == 0x2;
    if (!valid) {
        ++at;
        return lead;
    }
    char32_t code = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (int i = 1; i < length; ++i) code = (code << 6) | (byte(at + static_cast<std::size_t>(i)) & 0x3F);
    at += static_cast<std::size_t>(length);
    return code;
}


char32_t lower(char32_t c) {
    if (c >= U'A' && c <= U'Z') return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;                 // À..Þ except ×
    if (c == 0x178) return 0xFF;                                              // Ÿ
    if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x138 && c != 0x149 && c != 0x17F) {
        bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);  // these runs pair odd/even
        if (odd_upper) return (c % 2 == 1) ? c + 1 : c;
        return (c % 2 == 0) ? c + 1 : c;
    }
    if (c >= 0x218 && c <= 0x21B) return c % 2 == 0 ? c + 1 : c;             // Romanian Ș, Ț
    if (c == 0x386) return 0x3AC;                                             // Greek capitals with tonos
    if (c >= 0x388 && c <= 0x38A) return c + 37;
    if (c == 0x38C) return 0x3CC;
    if (c == 0x38E || c == 0x38F) return c + 63;
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;               // Greek capitals
    if (c == 0x3C2) return 0x3C3;                                             // final ς folds to σ, as Σ does
    if (c >= 0x410 && c <= 0x42F) return c + 32;                             // Cyrillic А..Я
    if (c >= 0x400 && c <= 0x40F) return c + 80;                             // Ѐ..Џ
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF))             // Cyrillic pairs, Ukrainian Ґ
        return c % 2 == 0 ? c + 1 : c;
    if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF))         // Latin Extended Additional (Vietnamese)
        return c % 2 == 0 ? c + 1 : c;
    return c;
}

// Unicode's spaces, including the no-break ones keyboards and word processors insert
// (U+00A0, and U+202F before French punctuation).
bool is_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

}  // namespace

std::string collapse_spaces(std::string_view text) {
    std::string out;
    bool pending_space = false;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t start = at;
        bool valid = false;
        char32_t code = decode(text, at, valid);
        if (valid && is_space(code)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out.append(text.substr(start, at - start));
    }
    return out;
}

std::string fold_case(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        std::size_t start = at;
        bool valid = false;
        char32_t code = decode(text, at, valid);
        if (valid)
            append_utf8(out, static_cast<std::uint32_t>(lower(code)));
        else
            out.append(text.substr(start, at - start));
    }
    return out;
}

std::size_t count_characters(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t at = 0; at < text.size(); ++count) {
        bool valid = false;
        decode(text, at, valid);
    }
    return count;
}

}  // namespace primer
