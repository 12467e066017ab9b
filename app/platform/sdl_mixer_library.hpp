// SDL_mixer's functions, from a library opened the first time narration plays (see
// shared_library.hpp for why it is not linked: it brings ~30 codec and sound-server
// libraries of its own, for a sound most sittings never start).
#pragma once

#include <SDL_mixer.h>

#include <string>

namespace primer {

struct SdlMixerLibrary {
    decltype(&Mix_OpenAudio) open_audio = nullptr;
    decltype(&Mix_CloseAudio) close_audio = nullptr;
    decltype(&Mix_QuerySpec) query_spec = nullptr;
    decltype(&Mix_LoadMUS) load_music = nullptr;
    decltype(&Mix_FreeMusic) free_music = nullptr;
    decltype(&Mix_PlayMusic) play_music = nullptr;
    decltype(&Mix_HaltMusic) halt_music = nullptr;
    decltype(&Mix_SetMusicPosition) set_music_position = nullptr;
    decltype(&Mix_VolumeMusic) volume_music = nullptr;
    decltype(&Mix_HookMusic) hook_music = nullptr;
};

// SDL_mixer, opened once; null, with `problem` saying why, when it is not installed.
const SdlMixerLibrary* sdl_mixer_library(std::string& problem);

}  // namespace primer
