#include "brand_palette.hpp"

namespace primer {

namespace {

const Rgb kWhite{1, 1, 1};
const Rgb kBlack{0, 0, 0};
// The answer colours keep their meaning whatever the brand: a calm green and an
// amber-brown (not alarm red), moved only in lightness to read on the brand's background.
const Rgb kCorrectHue = *parse_hex_colour("#1E6E4A");
const Rgb kIncorrectHue = *parse_hex_colour("#99450C");

// The keyboard focus ring: the same warm orange for every brand, so it always looks the same.
const Rgb kFocus = *parse_hex_colour("#E5870A");

bool is_light(const Rgb& colour) { return relative_luminance(colour) > 0.4; }

// A tint of `tint` over `base`, strong enough to see and weak enough that `text` still
// reads on it: the tint is halved until it does.
Rgb readable_fill(const Rgb& base, const Rgb& tint, const Rgb& text, double amount) {
    Rgb fill = quantised(mix(base, tint, amount));
    while (contrast_ratio(text, fill) < kTextContrast && amount > 0.01) {
        amount /= 2;
        fill = quantised(mix(base, tint, amount));
    }
    return contrast_ratio(text, fill) >= kTextContrast ? fill : base;
}

}  // namespace

BrandPalette derive_palette(const BrandColours& colours) {
    BrandPalette p;
    p.background = quantised(colours.background);
    p.text = quantised(colours.text);
    p.primary = quantised(colours.primary);
    p.link = quantised(colours.accent);
    p.focus = kFocus;
    // Cards are white on a light background, and a shade lighter than a dark one.
    p.surface = is_light(p.background) ? kWhite : quantised(mix(p.background, kWhite, 0.08));
    p.muted_text = nearest_passing(mix(p.text, p.background, 0.4), p.background, p.surface);
    p.on_primary = kWhite;
    p.primary_hover = quantised(mix(p.primary, kBlack, 0.17));
    p.border = quantised(mix(p.background, p.text, 0.15));
    p.selected = readable_fill(p.surface, p.primary, p.text, 0.12);
    p.correct = nearest_passing(kCorrectHue, p.background, p.surface);
    p.incorrect = nearest_passing(kIncorrectHue, p.background, p.surface);
    p.correct_fill = readable_fill(p.surface, p.correct, p.text, 0.12);
    p.incorrect_fill = readable_fill(p.surface, p.incorrect, p.text, 0.12);
    return p;
}

std::vector<TextPair> text_pairs(const BrandPalette& p) {
    return {
        {"text on the background", p.text, p.background},
        {"text on cards", p.text, p.surface},
        {"text on a chosen option", p.text, p.selected},
        {"text on a right answer", p.text, p.correct_fill},
        {"text on a wrong answer", p.text, p.incorrect_fill},
        {"muted text on the background", p.muted_text, p.background},
        {"muted text on cards", p.muted_text, p.surface},
        {"button labels on the primary colour", p.on_primary, p.primary},
        {"button labels on a hovered button", p.on_primary, p.primary_hover},
        {"primary-coloured headings on the background", p.primary, p.background},
        {"links on the background", p.link, p.background},
        {"links on cards", p.link, p.surface},
        {"'correct' text on the background", p.correct, p.background},
        {"'correct' text on cards", p.correct, p.surface},
        {"'incorrect' text on the background", p.incorrect, p.background},
        {"'incorrect' text on cards", p.incorrect, p.surface},
    };
}

}  // namespace primer
