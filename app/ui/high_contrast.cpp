#include "high_contrast.hpp"

namespace primer::ui {

Palette high_contrast_palette() {
    Palette c;
    c.background = ImVec4(0.0f, 0.0f, 0.0f, 1.0f);
    c.surface = ImVec4(0.071f, 0.071f, 0.071f, 1.0f);       // #121212: cards stand off the black by their border
    c.text = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);                // 21:1 on black, 18.7:1 on the surface
    c.muted_text = ImVec4(0.878f, 0.878f, 0.878f, 1.0f);    // #E0E0E0: 15.9:1 on black, 14.2:1 on the surface
    // Primary is a light blue, so headings and bars drawn in it read on black; what sits
    // on a primary, correct or incorrect fill is black (on_fill).
    c.primary = ImVec4(0.612f, 0.796f, 1.0f, 1.0f);         // #9CCBFF: 12.4:1 on black, 11.1:1 on the surface
    c.primary_hover = ImVec4(0.776f, 0.886f, 1.0f, 1.0f);   // #C6E2FF: black on it is 15.7:1
    c.on_fill = ImVec4(0.0f, 0.0f, 0.0f, 1.0f);
    c.border = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c.selected = ImVec4(0.063f, 0.180f, 0.314f, 1.0f);      // #102E50: white on it 13.7:1, primary 8.1:1
    c.correct = ImVec4(0.486f, 0.988f, 0.541f, 1.0f);       // #7CFC8A: 16:1 on black; black on it too
    c.correct_fill = ImVec4(0.039f, 0.180f, 0.071f, 1.0f);  // #0A2E12: the green text on it is 11.4:1
    c.incorrect = ImVec4(1.0f, 0.702f, 0.400f, 1.0f);       // #FFB366: 11.9:1 on black; black on it too
    c.incorrect_fill = ImVec4(0.227f, 0.118f, 0.0f, 1.0f);  // #3A1E00: the orange text on it is 8.7:1
    c.link = ImVec4(1.0f, 1.0f, 0.0f, 1.0f);                // yellow: 19.6:1 on black
    c.focus = ImVec4(1.0f, 1.0f, 0.0f, 1.0f);
    c.reading = ImVec4(0.165f, 0.165f, 0.706f, 1.0f);       // #2A2AB4 behind the sentence read aloud: white on it 10:1, yellow links 9.4:1
    return c;
}

}  // namespace primer::ui
