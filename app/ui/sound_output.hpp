// How the explainer plays narration without knowing about SDL: the composition root hands
// the UI these, backed by the platform's audio. Left empty, narration is silent and the
// captions run on their own clock, exactly as on a machine with no audio device.
#pragma once

#include <filesystem>
#include <functional>

namespace primer::ui {

struct SoundOutput {
    // Plays `file` from `seconds` at `volume` (0 to 1); false when it cannot be heard.
    std::function<bool(const std::filesystem::path& file, double seconds, float volume)> play;
    std::function<void()> stop;
    std::function<void(float volume)> set_volume;
};

// The learner's narration choices; they carry over from one explainer to the next.
struct NarrationPrefs {
    float volume = 0.8f;
    bool captions = true;
    bool transcript = false;
};

}  // namespace primer::ui
