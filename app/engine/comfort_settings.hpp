// A learner's comfort settings: how big the text is, how far apart its lines, which font,
// which colours, whether anything moves, how big the captions, how loud and how fast the
// narration, how fast reading aloud goes, and which language the player's own words are in.
// A plain value with its defaults; clamped() is the one place that decides what is allowed,
// so a hand-edited record or a future panel can never ask for a size the layout was not made for.
#pragma once

#include <array>
#include <string>

namespace primer {

struct ComfortSettings {
    int text_size = 100;         // percent of the normal text size
    int line_spacing = 100;      // percent of the font's own line height, in the reading text
    bool dyslexia_font = false;  // OpenDyslexic in place of the usual font
    bool high_contrast = false;  // white and yellow on black
    bool reduced_motion = false; // no animated transitions
    int caption_size = 100;      // percent of the caption text's normal size
    int narration_volume = 80;   // percent; read aloud speaks at it too
    int reading_speed = 100;     // read aloud's pace, percent of espeak-ng's usual
    int narration_speed = 100;   // narrated explainers' pace, percent of the recording's; pitch kept
    std::string language = "en";  // BCP 47 tag of the player's words (ui_strings.hpp) and, where one exists, the course's translation

    bool operator==(const ComfortSettings&) const = default;
};

// The steps the panel offers; clamped() moves any other value to the nearest of them.
inline constexpr std::array kTextSizes{100, 125, 150, 175, 200};
inline constexpr std::array kLineSpacings{100, 150, 200};
inline constexpr std::array kCaptionSizes{100, 125, 150, 175, 200};
inline constexpr std::array kReadingSpeeds{75, 100, 125, 150};
inline constexpr std::array kNarrationSpeeds{75, 90, 100, 125, 150};
inline constexpr int kVolumeStep = 10;

// The settings with every number on its nearest allowed step (volume to 0-100 in steps of 10).
ComfortSettings clamped(ComfortSettings settings);

}  // namespace primer
