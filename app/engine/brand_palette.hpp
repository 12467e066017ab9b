// Every colour the player draws with, derived from a brand's four so that each pair the
// screens draw text with keeps a contrast of at least 4.5:1 whenever the brand's own pairs do.
#pragma once

#include "brand.hpp"
#include "contrast.hpp"

#include <string>
#include <vector>

namespace primer {

struct BrandPalette {
    Rgb background, surface, text, muted_text;
    Rgb primary, primary_hover, on_primary;  // on_primary: button labels, and marks on fills
    Rgb border, selected;
    Rgb correct, correct_fill, incorrect, incorrect_fill;
    Rgb link, focus;
    Rgb reading;  // behind the sentence read aloud
};

BrandPalette derive_palette(const BrandColours& colours);

// Button labels when the brand does not choose them: white or near-black, whichever has
// the higher contrast with `primary`.
Rgb automatic_on_primary(const Rgb& primary);

// One pair the screens draw text with: `foreground` text on `background`.
struct TextPair {
    std::string description;  // "text on cards"
    Rgb foreground;
    Rgb background;
};

// Every pair of the palette the player draws text with (see app/ui for where).
std::vector<TextPair> text_pairs(const BrandPalette& palette);

}  // namespace primer
