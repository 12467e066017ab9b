#include "espeak_library.hpp"

#include "shared_library.hpp"

namespace primer {
namespace {

bool find_espeak(void* library, EspeakLibrary& e, std::string& problem) {
    return find_function(library, "espeak_Initialize", e.initialize, problem) &&
           find_function(library, "espeak_SetSynthCallback", e.set_synth_callback, problem) &&
           find_function(library, "espeak_SetVoiceByName", e.set_voice_by_name, problem) &&
           find_function(library, "espeak_SetParameter", e.set_parameter, problem) &&
           find_function(library, "espeak_Synth", e.synth, problem);
}

}  // namespace

const EspeakLibrary* espeak_library(std::string& problem) {
    return library_functions<EspeakLibrary>("libespeak-ng.so.1", find_espeak, problem);
}

}  // namespace primer
