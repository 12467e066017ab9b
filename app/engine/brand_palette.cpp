#include "brand_palette.hpp"

namespace primer {

namespace {

const Rgb kWhite{1, 1, 1};
const Rgb kBlack{0, 0, 0};
// The answer colours keep their meaning whatever the brand: a calm green and an
// amber-brown (not alarm red), moved only in lightness to read on the brand's background.
const Rgb kCorrectHue = *parse_hex_colour("#1E6E4A");
const Rgb kIncorrectHue = *parse_hex_colour("#99450C");

// Behind the sentence read aloud: a pale yellow on light brands; on dark ones, a tint of
// amber over the cards, as a pale fill would not carry light text.
const Rgb kReading = *parse_hex_colour("#FFEDA8");
const Rgb kReadingTint = *parse_hex_colour("#E0A82E");

// The keyboard focus ring: the same warm orange for every brand, so it always looks the same.
const Rgb kFocus = *parse_hex_colour("#E5870A");

// Dark button labels are not pure black, which glares on a light fill.
const Rgb kNearBlack = *parse_hex_colour("#111111");

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

Rgb automatic_on_primary(const Rgb& primary) {
    return contrast_ratio(kWhite, primary) >= contrast_ratio(kNearBlack, primary) ? kWhite : kNearBlack;
}

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
    p.on_primary = colours.on_primary ? quantised(*colours.on_primary) : automatic_on_primary(p.primary);
    // Hovering moves the button away from its label's lightness, so the label reads better.
    const bool light_label = relative_luminance(p.on_primary) > relative_luminance(p.primary);
    p.primary_hover = quantised(mix(p.primary, light_label ? kBlack : kWhite, 0.17));
    p.border = quantised(mix(p.background, p.text, 0.15));
    p.selected = readable_fill(p.surface, p.primary, p.text, 0.12);
    p.correct = nearest_passing(kCorrectHue, p.background, p.surface);
    p.incorrect = nearest_passing(kIncorrectHue, p.background, p.surface);
    p.correct_fill = readable_fill(p.surface, p.correct, p.text, 0.12);
    p.incorrect_fill = readable_fill(p.surface, p.incorrect, p.text, 0.12);
    p.reading = is_light(p.background) ? kReading : readable_fill(p.surface, kReadingTint, p.text, 0.35);
    return p;
}

std::vector<TextPair> text_pairs(const BrandPalette& p) {
    return {
        {"text on the background", p.text, p.background},
        {"text on cards", p.text, p.surface},
        {"text on a chosen option", p.text, p.selected},
        {"text on a right answer", p.text, p.correct_fill},
        {"text on a wrong answer", p.text, p.incorrect_fill},
        {"text on the sentence read aloud", p.text, p.reading},
        {"muted text on the background", p.muted_text, p.background},
        {"muted text on cards", p.muted_text, p.surface},
        {"button labels on the primary colour", p.on_primary, p.primary},
        {"button labels on a hovered button", p.on_primary, p.primary_hover},
        {"ticks and crosses on 'correct' marks", p.on_primary, p.correct},
        {"ticks and crosses on 'incorrect' marks", p.on_primary, p.incorrect},
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
