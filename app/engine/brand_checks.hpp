// What `primer validate` checks in a parsed brand beyond its syntax: the logo and fonts
// exist and load, and every colour pair the player draws text with reaches 4.5:1.
#pragma once

#include "brand.hpp"

namespace primer {

// Without checkers, the logo and fonts are only checked for existence.
void check_brand(const Brand& brand, const ImageChecker* images, const FontChecker* fonts, Diagnostics& diagnostics);

}  // namespace primer
