// The player's look in one place: colours, fonts and spacing. Screens use these names
// and never raw numbers, so a brand and the learner's comfort settings change one file.
#pragma once

#include "comfort_settings.hpp"
#include "ui_strings.hpp"

#include <imgui.h>

#include <string>

namespace primer::ui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* italic = nullptr;
    ImFont* bold_italic = nullptr;
    ImFont* heading = nullptr;  // screen titles
    ImFont* small = nullptr;    // captions, sources, status lines
    ImFont* display = nullptr;  // the sign-in and notice headings
    ImFont* caption = nullptr;  // explainer captions, at the learner's caption size
};

struct Palette {
    ImVec4 background{0.969f, 0.961f, 0.941f, 1.0f};   // warm off-white, easy on the eyes
    ImVec4 surface{1.0f, 1.0f, 1.0f, 1.0f};            // cards and panels
    ImVec4 text{0.122f, 0.137f, 0.157f, 1.0f};         // 15:1 on the background
    ImVec4 muted_text{0.345f, 0.369f, 0.400f, 1.0f};   // 6.4:1 on the background
    ImVec4 primary{0.122f, 0.373f, 0.545f, 1.0f};      // buttons; white text on it is 7:1
    ImVec4 primary_hover{0.090f, 0.310f, 0.463f, 1.0f};
    ImVec4 border{0.847f, 0.831f, 0.800f, 1.0f};
    ImVec4 selected{0.878f, 0.929f, 0.961f, 1.0f};     // a chosen option
    ImVec4 correct{0.118f, 0.431f, 0.290f, 1.0f};      // text-safe green
    ImVec4 correct_fill{0.890f, 0.957f, 0.918f, 1.0f};
    ImVec4 incorrect{0.600f, 0.271f, 0.047f, 1.0f};    // amber-brown, not alarm red
    ImVec4 incorrect_fill{0.996f, 0.937f, 0.882f, 1.0f};
    ImVec4 link{0.051f, 0.318f, 0.627f, 1.0f};
    ImVec4 focus{0.898f, 0.529f, 0.039f, 1.0f};        // keyboard focus ring
    ImVec4 reading{1.0f, 0.929f, 0.659f, 1.0f};        // behind the sentence read aloud (#FFEDA8); text on it is 14:1
    ImVec4 on_fill{1.0f, 1.0f, 1.0f, 1.0f};            // text and marks on primary, correct or incorrect fills
};

// Whose player this is (the brand pack): in the top bar and on the sign-in screen.
struct BrandMarks {
    std::string organisation;
    ImTextureID logo = nullptr;  // none: the name alone
    float logo_aspect = 1.0f;    // width over height
};

struct Theme {
    Fonts fonts;
    Palette colors;
    BrandMarks brand;
    float scale = 1.0f;           // display scale times the learner's text size
    float reading_width = 760.0f; // the text column, for about 70 characters a line
    // The learner's: the reading text's spacing and the captions read it. Nothing in the
    // player animates (no fades, slides or smooth scrolling; every change is drawn at once),
    // so reduced_motion has nothing to stop yet: anything animated later must honour it.
    ComfortSettings comfort;
    // The player's own words in the learner's language: theme.text("top_bar.support").
    UiText text;

    float px(float value) const { return value * scale; }
};

// A brand's look, before the learner's comfort settings: its colours and font files.
struct BrandLook {
    Palette colors;
    std::string font_regular;  // none: Lato
    std::string font_bold;     // none: the regular face
};

// Loads the fonts at `scale` times the learner's text size (OpenDyslexic when the learner
// chose it, else the brand's font, else Lato, else DejaVu Sans, else ImGui's built-in) and
// styles ImGui in the brand's colours, or high_contrast.hpp's palette when the learner chose
// it. Call between frames; the font texture must then be made again (Window::reload_fonts).
// brand_theme.hpp makes the look from a brand pack.
Theme make_theme(float scale, const ComfortSettings& comfort = {}, const BrandLook& look = {});

}  // namespace primer::ui
