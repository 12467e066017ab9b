#include "narration_audio.hpp"

#include <SDL.h>
#include <SDL_mixer.h>

#include <algorithm>

namespace primer {

NarrationAudio::~NarrationAudio() { close_device(); }

bool NarrationAudio::open_device() {
    if (m_device_open) return true;
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        m_problem = std::string("no audio: ") + SDL_GetError();
        return false;
    }
    // 22.05 kHz mono is what narration is made at; SDL converts if the device differs.
    if (Mix_OpenAudio(22050, AUDIO_S16SYS, 1, 2048) != 0) {
        m_problem = std::string("no audio device: ") + Mix_GetError();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return false;
    }
    m_device_open = true;
    return true;
}

void NarrationAudio::close_device() {
    if (m_music) {
        Mix_HaltMusic();
        Mix_FreeMusic(m_music);
        m_music = nullptr;
        m_loaded.clear();
    }
    if (!m_device_open) return;
    Mix_CloseAudio();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    m_device_open = false;
}

bool NarrationAudio::play(const std::filesystem::path& file, double seconds, float volume) {
    if (!open_device()) return false;
    if (m_loaded != file) {
        if (m_music) Mix_FreeMusic(m_music);
        m_music = Mix_LoadMUS(file.string().c_str());
        m_loaded = m_music ? file : std::filesystem::path();
        if (!m_music) {
            m_problem = "cannot play " + file.filename().string() + ": " + Mix_GetError();
            close_device();
            return false;
        }
    }
    set_volume(volume);
    if (Mix_PlayMusic(m_music, 0) != 0 || (seconds > 0 && Mix_SetMusicPosition(seconds) != 0)) {
        m_problem = std::string("cannot play: ") + Mix_GetError();
        close_device();
        return false;
    }
    m_problem.clear();
    return true;
}

void NarrationAudio::stop() { close_device(); }

void NarrationAudio::set_volume(float volume) {
    if (m_device_open) Mix_VolumeMusic(static_cast<int>(std::clamp(volume, 0.0f, 1.0f) * MIX_MAX_VOLUME));
}

}  // namespace primer
