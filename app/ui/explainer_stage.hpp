// The stage of a narrated explainer: what the narration is talking about right now (a
// phrase in large type, a chart drawn from the script's figures, or an image).
#pragma once

#include "views.hpp"

namespace primer::ui {

// Draws `beat` (nullptr before the first beat: the screen's title card) in a card of
// `width` x `height` at the cursor, and moves the cursor below it.
void draw_explainer_stage(const Context& context, const Screen& screen, const Beat* beat, float width, float height);

}  // namespace primer::ui
