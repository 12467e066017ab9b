// The player's built-in palette and the brand mapping keep every text pair readable.
#include "brand_theme.hpp"

#include <catch2/catch.hpp>

using namespace primer;

namespace {

Rgb rgb(const ImVec4& c) { return {c.x, c.y, c.z}; }

// The palette as the UI holds it, back in the engine's terms, so text_pairs() lists the
// same pairs the screens draw.
BrandPalette from_palette(const ui::Palette& c) {
    BrandPalette p;
    p.background = rgb(c.background), p.surface = rgb(c.surface), p.text = rgb(c.text);
    p.muted_text = rgb(c.muted_text), p.primary = rgb(c.primary), p.primary_hover = rgb(c.primary_hover);
    p.on_primary = rgb(c.on_fill), p.border = rgb(c.border), p.selected = rgb(c.selected);
    p.correct = rgb(c.correct), p.correct_fill = rgb(c.correct_fill), p.incorrect = rgb(c.incorrect);
    p.incorrect_fill = rgb(c.incorrect_fill), p.link = rgb(c.link), p.focus = rgb(c.focus);
    p.reading = rgb(c.reading);
    return p;
}

void check_every_pair(const ui::Palette& palette) {
    for (const TextPair& pair : text_pairs(from_palette(palette))) {
        INFO(pair.description << ": " << to_hex(pair.foreground) << " on " << to_hex(pair.background));
        CHECK(contrast_ratio(pair.foreground, pair.background) >= kTextContrast);
    }
}

}  // namespace

TEST_CASE("the built-in palette passes every text pair", "[brand][theme]") { check_every_pair(ui::Palette{}); }

TEST_CASE("the default brand's palette passes every text pair and keeps the default's colours", "[brand][theme]") {
    const ui::Palette branded = ui::to_palette(derive_palette(BrandColours{}));
    check_every_pair(branded);
    const ui::Palette built_in;
    CHECK(to_hex(rgb(branded.primary)) == to_hex(rgb(built_in.primary)));
    CHECK(to_hex(rgb(branded.background)) == to_hex(rgb(built_in.background)));
    CHECK(to_hex(rgb(branded.text)) == to_hex(rgb(built_in.text)));
}

TEST_CASE("the example brand's palette passes every text pair", "[brand][theme]") {
    BrandColours northfield;
    northfield.primary = *parse_hex_colour("#1B5E3B");
    northfield.accent = *parse_hex_colour("#A34400");
    northfield.background = *parse_hex_colour("#F1F6F2");
    northfield.text = *parse_hex_colour("#17261D");
    check_every_pair(ui::to_palette(derive_palette(northfield)));
}

TEST_CASE("the dark example brand's palette passes every text pair, with dark labels on its light primary", "[brand][theme]") {
    BrandColours nightshift;
    nightshift.primary = *parse_hex_colour("#5FD3C6");
    nightshift.accent = *parse_hex_colour("#9CC9FF");
    nightshift.background = *parse_hex_colour("#0F1B2D");
    nightshift.text = *parse_hex_colour("#E6EDF5");
    for (std::optional<Rgb> on_primary : {parse_hex_colour("#0F1B2D"), std::optional<Rgb>()}) {
        nightshift.on_primary = on_primary;
        const ui::Palette palette = ui::to_palette(derive_palette(nightshift));
        check_every_pair(palette);
        CHECK(relative_luminance(rgb(palette.on_fill)) < 0.05);  // given, or chosen: dark either way
        CHECK(relative_luminance(rgb(palette.primary_hover)) > relative_luminance(rgb(palette.primary)));
    }
}
