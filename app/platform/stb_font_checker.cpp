#include "stb_font_checker.hpp"

#include <fstream>
#include <iterator>
#include <vector>

// Static, so these copies never clash with the stb_truetype inside ImGui.
#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb/stb_truetype.h>

namespace primer {

namespace {

unsigned long big_endian(const std::vector<unsigned char>& bytes, size_t at, int count) {
    unsigned long value = 0;
    for (int i = 0; i < count; ++i) value = value << 8 | bytes[at + i];
    return value;
}

// stb_truetype trusts the file's table directory; a font from a brand folder is checked
// first so that no table it names lies outside the file.
bool tables_inside(const std::vector<unsigned char>& bytes) {
    const unsigned long tag = big_endian(bytes, 0, 4);
    if (tag != 0x00010000 && tag != 0x74727565 /* true */ && tag != 0x4F54544F /* OTTO */) return false;
    const size_t tables = big_endian(bytes, 4, 2);
    if (12 + tables * 16 > bytes.size()) return false;
    for (size_t i = 0; i < tables; ++i) {
        const size_t entry = 12 + i * 16;
        const unsigned long offset = big_endian(bytes, entry + 8, 4);
        const unsigned long length = big_endian(bytes, entry + 12, 4);
        if (offset > bytes.size() || length > bytes.size() - offset) return false;
    }
    return true;
}

}  // namespace

std::string StbFontChecker::check(const std::filesystem::path& file) const {
    std::ifstream in(file, std::ios::binary);
    if (!in) return "it cannot be read";
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.size() < 12 || !tables_inside(bytes)) return "it is not a TrueType font";
    stbtt_fontinfo font;
    if (!stbtt_InitFont(&font, bytes.data(), 0)) return "it is not a TrueType font";
    // A font without the letters it is chosen for would show empty boxes.
    if (stbtt_FindGlyphIndex(&font, 'a') == 0) return "it has no Latin letters";
    return {};
}

}  // namespace primer
