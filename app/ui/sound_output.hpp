// How the explainer plays narration without knowing about SDL: the composition root hands
// the UI these, backed by the platform's audio. Left empty, narration is silent and the
// captions run on their own clock, exactly as on a machine with no audio device.
#pragma once

#include <filesystem>
#include <functional>

namespace primer::ui {

struct SoundOutput {
    // Plays `file` from `seconds` at `volume` (0 to 1) and `speed` (1.5 is half as fast again,
    // at the same pitch); false when it cannot be heard.
    std::function<bool(const std::filesystem::path& file, double seconds, float volume, double speed)> play;
    std::function<void()> stop;
    std::function<void(float volume)> set_volume;
};

// The learner's narration choices; they carry over from one explainer to the next.
struct NarrationPrefs {
    float volume = 0.8f;
    int speed = 100;  // percent of the recording's pace, one of kNarrationSpeeds
    bool captions = true;
    bool transcript = false;
};

}  // namespace primer::ui
