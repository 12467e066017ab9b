// The high-contrast comfort setting's colours: white text on black, yellow links and focus.
#pragma once

#include "theme.hpp"

namespace primer::ui {

// Every text colour here is at least 7:1 on the background and on the surface (WCAG AAA),
// and each state keeps its own colour: selected blue, correct green, incorrect orange, focus
// and links yellow. Black text on the primary, correct and incorrect fills is 7:1 or more too.
Palette high_contrast_palette();

}  // namespace primer::ui
