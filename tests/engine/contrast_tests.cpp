#include "brand_palette.hpp"
#include "contrast.hpp"

#include <catch2/catch.hpp>

using namespace primer;

namespace {

Rgb hex(const char* text) { return *parse_hex_colour(text); }

}  // namespace

TEST_CASE("hex colours are read only in the #RRGGBB form", "[contrast]") {
    CHECK(parse_hex_colour("#1F5F8B") == Rgb{0x1F / 255.0, 0x5F / 255.0, 0x8B / 255.0});
    CHECK(parse_hex_colour("#1f5f8b") == parse_hex_colour("#1F5F8B"));
    for (const char* bad : {"", "#", "1F5F8B", "#1F5F8", "#1F5F8B0", "#GG0000", "green", "#1F 5F8"}) {
        INFO(bad);
        CHECK_FALSE(parse_hex_colour(bad));
    }
    CHECK(to_hex(hex("#a34400")) == "#A34400");
}

TEST_CASE("contrast ratios match WCAG's published values", "[contrast]") {
    struct Row {
        const char* foreground;
        const char* background;
        double ratio;
    };
    // Black on white is the maximum; #767676 is the lightest grey that passes on white.
    for (const Row& row : {Row{"#000000", "#FFFFFF", 21.0}, Row{"#FFFFFF", "#FFFFFF", 1.0},
                           Row{"#767676", "#FFFFFF", 4.54}, Row{"#777777", "#FFFFFF", 4.48},
                           Row{"#FFFFFF", "#1F5F8B", 6.84}}) {
        INFO(row.foreground << " on " << row.background);
        CHECK(contrast_ratio(hex(row.foreground), hex(row.background)) == Approx(row.ratio).margin(0.01));
        CHECK(contrast_ratio(hex(row.background), hex(row.foreground)) ==
              Approx(contrast_ratio(hex(row.foreground), hex(row.background))));
    }
    CHECK(format_ratio(4.4999) == "4.49:1");  // rounded down: never shown as passing when it fails
}

TEST_CASE("the nearest passing colour keeps the hue and only just passes", "[contrast]") {
    CHECK(to_hex(nearest_passing(hex("#777777"), hex("#FFFFFF"))) == "#767676");
    CHECK(nearest_passing(hex("#1F2328"), hex("#FFFFFF")) == hex("#1F2328"));  // already passes: unchanged
    const Rgb orange = hex("#F28C28");
    const Rgb fixed = nearest_passing(orange, hex("#FFFFFF"));
    CHECK(contrast_ratio(fixed, hex("#FFFFFF")) >= 4.5);
    CHECK(contrast_ratio(fixed, hex("#FFFFFF")) < 4.7);
    CHECK(fixed.r > fixed.g);  // still orange: red above green above blue
    CHECK(fixed.g > fixed.b);
    // On a dark background it goes lighter instead.
    const Rgb on_dark = nearest_passing(hex("#1B5E3B"), hex("#101010"));
    CHECK(relative_luminance(on_dark) > relative_luminance(hex("#1B5E3B")));
    CHECK(contrast_ratio(on_dark, hex("#101010")) >= 4.5);
}

TEST_CASE("the palette derived from passing brand colours passes every text pair", "[contrast][brand]") {
    auto colours = [](const char* primary, const char* accent, const char* background, const char* text) {
        BrandColours c;
        c.primary = hex(primary);
        c.accent = hex(accent);
        c.background = hex(background);
        c.text = hex(text);
        return c;
    };
    for (const BrandColours& brand : {BrandColours{}, colours("#1B5E3B", "#A34400", "#F1F6F2", "#17261D"),
                                      colours("#5B2A86", "#0B5394", "#FFFFFF", "#000000"),
                                      colours("#8B1E3F", "#1A5A96", "#FFF9EC", "#2B2118"),
                                      colours("#5FD3C6", "#9CC9FF", "#0F1B2D", "#E6EDF5"),
                                      colours("#F5C26B", "#A8D8FF", "#121212", "#F2F2F2")}) {
        for (const TextPair& pair : text_pairs(derive_palette(brand))) {
            INFO(to_hex(brand.background) << ": " << pair.description << " " << to_hex(pair.foreground) << " on "
                                          << to_hex(pair.background));
            CHECK(contrast_ratio(pair.foreground, pair.background) >= 4.5);
        }
    }
}
