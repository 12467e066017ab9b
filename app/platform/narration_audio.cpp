#include "narration_audio.hpp"

#include "narration_stream.hpp"
#include "sdl_mixer_library.hpp"

#include <SDL.h>

#include <algorithm>
#include <atomic>
#include <vector>

namespace primer {

namespace {
constexpr int kDeviceFrames = 2048;  // per audio callback
}

struct StretchedPlayback {
    std::unique_ptr<NarrationStream> stream;
    int channels = 1;
    std::atomic<float> volume{1.0f};
    std::vector<float> samples;  // reserved before playing: the audio thread does not allocate
};

namespace {

// SDL_mixer's music hook, on the audio thread: the next stretched samples, at the volume.
void mix_stretched(void* user, Uint8* bytes, int length) {
    auto& stretched = *static_cast<StretchedPlayback*>(user);
    auto* out = reinterpret_cast<Sint16*>(bytes);
    const std::size_t samples = static_cast<std::size_t>(length) / sizeof(Sint16);
    const std::size_t channels = static_cast<std::size_t>(stretched.channels);
    stretched.samples.resize(samples);
    const std::size_t got = stretched.stream->read(stretched.samples.data(), samples / channels) * channels;
    const float volume = stretched.volume.load(std::memory_order_relaxed);
    for (std::size_t i = 0; i < got; ++i)
        out[i] = static_cast<Sint16>(std::clamp(stretched.samples[i] * volume, -1.0f, 1.0f) * 32767.0f);
    std::fill(out + got, out + samples, Sint16{0});  // after the end: silence until the clock stops
}

}  // namespace

NarrationAudio::NarrationAudio() = default;

NarrationAudio::~NarrationAudio() { close_device(); }

bool NarrationAudio::failed(std::string problem) {
    m_problem = std::move(problem);
    close_device();
    return false;
}

bool NarrationAudio::open_device() {
    if (m_device_open) return true;
    std::string missing;
    m_mixer = sdl_mixer_library(missing);
    if (!m_mixer) {
        m_problem = "no audio: " + missing;
        return false;
    }
    // SDL's audio brings up its event loop, which would otherwise catch SIGINT and SIGTERM
    // as quit events nobody reads: the player could then not be stopped while it spoke.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        m_problem = std::string("no audio: ") + SDL_GetError();
        return false;
    }
    // 22.05 kHz mono is what narration is made at; SDL converts if the device differs.
    if (m_mixer->open_audio(22050, AUDIO_S16SYS, 1, kDeviceFrames) != 0) {
        m_problem = std::string("no audio device: ") + Mix_GetError();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return false;
    }
    m_device_open = true;
    return true;
}

void NarrationAudio::close_device() {
    if (m_stretched) {
        m_mixer->hook_music(nullptr, nullptr);  // waits for the audio thread to leave the hook
        m_stretched.reset();
    }
    if (m_music) {
        m_mixer->halt_music();
        m_mixer->free_music(m_music);
        m_music = nullptr;
        m_loaded.clear();
    }
    if (!m_device_open) return;
    m_mixer->close_audio();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    m_device_open = false;
}

bool NarrationAudio::play(const std::filesystem::path& file, double seconds, float volume, double speed) {
    if (!open_device()) return false;
    if (m_stretched) {
        m_mixer->hook_music(nullptr, nullptr);
        m_stretched.reset();
    }
    if (m_music) m_mixer->halt_music();
    const bool playing = speed == 1.0 ? play_music(file, seconds) : play_stretched(file, seconds, speed);
    if (!playing) return false;
    set_volume(volume);
    m_problem.clear();
    return true;
}

bool NarrationAudio::play_music(const std::filesystem::path& file, double seconds) {
    if (m_loaded != file) {
        if (m_music) m_mixer->free_music(m_music);
        m_music = m_mixer->load_music(file.string().c_str());
        m_loaded = m_music ? file : std::filesystem::path();
        if (!m_music) return failed("cannot play " + file.filename().string() + ": " + Mix_GetError());
    }
    if (m_mixer->play_music(m_music, 0) != 0 || (seconds > 0 && m_mixer->set_music_position(seconds) != 0))
        return failed(std::string("cannot play: ") + Mix_GetError());
    return true;
}

bool NarrationAudio::play_stretched(const std::filesystem::path& file, double seconds, double speed) {
    int rate = 0, channels = 0;
    Uint16 format = 0;
    if (!m_mixer->query_spec(&rate, &format, &channels)) return failed(std::string("cannot play: ") + Mix_GetError());
    if (format != AUDIO_S16SYS) return failed("cannot play at this speed: the audio device is not 16-bit");
    auto stretched = std::make_unique<StretchedPlayback>();
    stretched->stream = NarrationStream::open(file, seconds, speed, rate, channels);
    if (!stretched->stream) return failed("cannot play " + file.filename().string() + ": not readable as Ogg Vorbis");
    stretched->channels = channels;
    stretched->samples.reserve(static_cast<std::size_t>(kDeviceFrames * channels) * 2);
    m_stretched = std::move(stretched);
    m_mixer->hook_music(mix_stretched, m_stretched.get());
    return true;
}

void NarrationAudio::stop() { close_device(); }

void NarrationAudio::set_volume(float volume) {
    const float level = std::clamp(volume, 0.0f, 1.0f);
    if (m_stretched)
        m_stretched->volume.store(level, std::memory_order_relaxed);
    else if (m_device_open)
        m_mixer->volume_music(static_cast<int>(level * MIX_MAX_VOLUME));
}

}  // namespace primer
