// Narration through SDL_mixer. The audio device is opened when a narration starts and
// closed when it stops, so the player uses no audio thread (and no CPU) otherwise.
// Every failure (no device, as on CI or a remote desktop; a file SDL cannot decode) means
// silence, never a crash: the player then shows the captions on their own clock.
#pragma once

#include <filesystem>
#include <string>

typedef struct _Mix_Music Mix_Music;

namespace primer {

class NarrationAudio {
public:
    NarrationAudio() = default;
    ~NarrationAudio();
    NarrationAudio(const NarrationAudio&) = delete;
    NarrationAudio& operator=(const NarrationAudio&) = delete;

    // Plays `file` from `seconds` at `volume` (0 to 1); false when it cannot be heard.
    bool play(const std::filesystem::path& file, double seconds, float volume);
    void stop();
    void set_volume(float volume);
    // Why the last play() was silent, for the log; empty after a play that was heard.
    const std::string& problem() const { return m_problem; }

private:
    bool open_device();
    void close_device();

    bool m_device_open = false;
    Mix_Music* m_music = nullptr;
    std::filesystem::path m_loaded;
    std::string m_problem;
};

}  // namespace primer
