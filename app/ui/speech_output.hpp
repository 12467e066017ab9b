// How read aloud speaks without the UI knowing about espeak or SDL: the composition root
// hands the player these, backed by the platform's voice. Left empty, there is no read aloud.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace primer::ui {

struct SpeechStatus {
    bool reading = false;      // started and not yet finished or stopped
    int sentence = -1;         // index of the sentence being spoken; -1 before the first is ready
    bool heard = false;        // through a sound device; otherwise timed silently
    double seconds_left = 0;   // of the current sentence
    std::string problem;       // why it is silent, when it is
};

struct SpeechOutput {
    // Speaks `sentences` in order in the voice of `language` (a BCP 47 tag: the language of
    // the course as shown on course views, the player's words elsewhere) at `speed` (0.75 to
    // 1.5) and `volume` (0 to 1).
    std::function<void(std::vector<std::string> sentences, const std::string& language, double speed, float volume)>
        start;
    std::function<void()> stop;
    std::function<SpeechStatus()> poll;
};

}  // namespace primer::ui
