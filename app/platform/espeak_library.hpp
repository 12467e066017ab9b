// libespeak-ng's functions, from a library opened the first time a learner asks for read
// aloud (see shared_library.hpp for why it is not linked).
#pragma once

#include <espeak-ng/speak_lib.h>

#include <string>

namespace primer {

struct EspeakLibrary {
    decltype(&espeak_Initialize) initialize = nullptr;
    decltype(&espeak_SetSynthCallback) set_synth_callback = nullptr;
    decltype(&espeak_SetVoiceByName) set_voice_by_name = nullptr;
    decltype(&espeak_SetParameter) set_parameter = nullptr;
    decltype(&espeak_Synth) synth = nullptr;
};

// libespeak-ng, opened once; null, with `problem` saying why, when it is not installed.
const EspeakLibrary* espeak_library(std::string& problem);

}  // namespace primer
