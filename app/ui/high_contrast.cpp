#include "high_contrast.hpp"

namespace primer::ui {

Palette high_contrast_palette() {
    Palette c;
    c.background = ImVec4(0.0f, 0.0f, 0.0f, 1.0f);
    c.surface = ImVec4(0.071f, 0.071f, 0.071f, 1.0f);       // #121212: cards stand off the black by their border
    c.text = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);                // 21:1 on black, 18:1 on the surface
    c.muted_text = ImVec4(0.878f, 0.878f, 0.878f, 1.0f);    // #E0E0E0: 15:1 on black
    c.primary = ImVec4(0.0f, 0.200f, 0.667f, 1.0f);         // #0033AA: white on it is 11:1
    c.primary_hover = ImVec4(0.0f, 0.278f, 0.878f, 1.0f);   // #0047E0: white on it is 7.4:1
    c.border = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c.selected = ImVec4(0.086f, 0.251f, 0.420f, 1.0f);      // #16406B: white on it is 11:1
    c.correct = ImVec4(0.486f, 0.988f, 0.541f, 1.0f);       // #7CFC8A: 16:1 on black
    c.correct_fill = ImVec4(0.039f, 0.180f, 0.071f, 1.0f);  // #0A2E12: the green text on it is 12:1
    c.incorrect = ImVec4(1.0f, 0.702f, 0.400f, 1.0f);       // #FFB366: 12:1 on black
    c.incorrect_fill = ImVec4(0.227f, 0.118f, 0.0f, 1.0f);  // #3A1E00: the orange text on it is 10:1
    c.link = ImVec4(1.0f, 1.0f, 0.0f, 1.0f);                // yellow: 19.6:1 on black
    c.focus = ImVec4(1.0f, 1.0f, 0.0f, 1.0f);
    return c;
}

}  // namespace primer::ui
