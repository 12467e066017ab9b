#include "sdl_mixer_library.hpp"

#include "shared_library.hpp"

namespace primer {
namespace {

bool find_sdl_mixer(void* library, SdlMixerLibrary& m, std::string& problem) {
    return find_function(library, "Mix_OpenAudio", m.open_audio, problem) &&
           find_function(library, "Mix_CloseAudio", m.close_audio, problem) &&
           find_function(library, "Mix_QuerySpec", m.query_spec, problem) &&
           find_function(library, "Mix_LoadMUS", m.load_music, problem) &&
           find_function(library, "Mix_FreeMusic", m.free_music, problem) &&
           find_function(library, "Mix_PlayMusic", m.play_music, problem) &&
           find_function(library, "Mix_HaltMusic", m.halt_music, problem) &&
           find_function(library, "Mix_SetMusicPosition", m.set_music_position, problem) &&
           find_function(library, "Mix_VolumeMusic", m.volume_music, problem) &&
           find_function(library, "Mix_HookMusic", m.hook_music, problem);
}

}  // namespace

const SdlMixerLibrary* sdl_mixer_library(std::string& problem) {
    return library_functions<SdlMixerLibrary>("libSDL2_mixer-2.0.so.0", find_sdl_mixer, problem);
}

}  // namespace primer
