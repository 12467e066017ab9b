// Read aloud through libespeak-ng: sentences synthesised one at a time on a worker thread
// and played through an SDL audio device opened only while reading. With no device (CI, a
// remote desktop) reading goes on silently, each sentence lasting as long as its speech
// would, so the highlight still moves through the text.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace primer {

struct Speech {
    std::vector<std::int16_t> samples;  // mono, signed 16-bit
    int sample_rate = 0;
    std::string voice;     // the espeak-ng voice that spoke ("cy", "en"); empty when none did
    std::string fallback;  // why it is English and not the language asked for; empty when it is that language

    double seconds() const { return sample_rate > 0 ? static_cast<double>(samples.size()) / sample_rate : 0.0; }
};

// espeak's words per minute for a speed factor (0.75 to 1.5, clamped; 1 is espeak's normal 175).
int speech_rate(double speed);

// The espeak-ng voice for a BCP 47 language tag: its primary language ("cy" for "cy-GB"),
// and English (espeak-ng's "en", which is British) for an empty tag.
std::string espeak_voice_for(const std::string& language);

// Synthesises `text` (UTF-8) in the voice of `language` (a BCP 47 tag; English, with
// Speech::fallback saying so, when espeak-ng has no voice for it) at `speed` and `volume`
// (0 to 1). Empty samples and a reason in `problem` when espeak-ng or its voice data cannot
// be loaded. Safe from any thread: calls are serialised, since espeak-ng keeps global state.
Speech synthesise(const std::string& text, const std::string& language, double speed, float volume,
                  std::string& problem);

class SpeechVoice {
public:
    struct Status {
        bool reading = false;       // started and not yet finished or stopped
        int sentence = -1;          // the one being spoken; -1 before the first is ready
        bool heard = false;         // playing through a sound device, not on the clock alone
        double seconds_left = 0;    // of the current sentence
        std::string problem;        // why it is silent (no device, no voice), for the UI and log
        std::string fallback;       // why it speaks English and not the language asked for, for the log
    };

    SpeechVoice() = default;
    ~SpeechVoice();
    SpeechVoice(const SpeechVoice&) = delete;
    SpeechVoice& operator=(const SpeechVoice&) = delete;

    // Reads `sentences` in order from the first in the voice of `language` (a BCP 47 tag),
    // replacing anything being read.
    void start(std::vector<std::string> sentences, const std::string& language, double speed, float volume);
    void stop();
    // Where reading is; once it has run to its end, also joins the worker and closes the device.
    Status poll();

private:
    using Clock = std::chrono::steady_clock;
    void run(std::vector<std::string> sentences, std::string language, double speed, float volume);
    bool open_device(int sample_rate);
    void close_device();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::atomic<bool> m_stopping{false};  // set under m_mutex; read by the synthesis callback too
    Status m_status;
    Clock::time_point m_sentence_end{};
    std::uint32_t m_device = 0;  // SDL_AudioDeviceID; 0 while closed
    std::thread m_worker;
};

}  // namespace primer
