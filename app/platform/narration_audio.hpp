// Narration through SDL_mixer. The audio device is opened when a narration starts and
// closed when it stops, so the player uses no audio thread (and no CPU) otherwise.
// At the usual speed SDL_mixer plays the file itself; at any other, SDL_mixer cannot change
// the tempo, so the audio thread pulls the narration through a NarrationStream (decoded and
// stretched a block at a time, pitch kept) by way of Mix_HookMusic.
// SDL_mixer itself is opened with the first narration (sdl_mixer_library.hpp).
// Every failure (no device, as on CI or a remote desktop; a file SDL cannot decode) means
// silence, never a crash: the player then shows the captions on their own clock.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

typedef struct _Mix_Music Mix_Music;

namespace primer {

struct StretchedPlayback;  // what the audio thread reads while a stretched narration plays
struct SdlMixerLibrary;

class NarrationAudio {
public:
    NarrationAudio();
    ~NarrationAudio();
    NarrationAudio(const NarrationAudio&) = delete;
    NarrationAudio& operator=(const NarrationAudio&) = delete;

    // Plays `file` from `seconds` at `volume` (0 to 1) and `speed` (1.5 is half as fast
    // again, at the same pitch); false when it cannot be heard.
    bool play(const std::filesystem::path& file, double seconds, float volume, double speed);
    void stop();
    void set_volume(float volume);
    // Why the last play() was silent, for the log; empty after a play that was heard.
    const std::string& problem() const { return m_problem; }

private:
    bool open_device();
    void close_device();
    bool play_music(const std::filesystem::path& file, double seconds);
    bool play_stretched(const std::filesystem::path& file, double seconds, double speed);
    bool failed(std::string problem);

    const SdlMixerLibrary* m_mixer = nullptr;  // opened with the first device
    bool m_device_open = false;
    Mix_Music* m_music = nullptr;
    std::filesystem::path m_loaded;
    std::unique_ptr<StretchedPlayback> m_stretched;
    std::string m_problem;
};

}  // namespace primer
