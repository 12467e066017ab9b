// A brand pack as the player's look: its colours (with the ones derived from them), its
// font and its name. The logo's texture is the composition root's to set (theme.brand.logo).
#pragma once

#include "brand.hpp"
#include "brand_palette.hpp"
#include "theme.hpp"

namespace primer::ui {

Palette to_palette(const BrandPalette& palette);

// make_theme with the brand's palette, font and organisation name, and the learner's comfort settings.
Theme make_brand_theme(float scale, const Brand& brand, const ComfortSettings& comfort = {});

}  // namespace primer::ui
