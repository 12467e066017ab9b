#include "espeak_library.hpp"

#include "shared_library.hpp"

namespace primer {
namespace {

struct Opened {
    EspeakLibrary espeak;
    bool ok = false;
    std::string problem;
};

Opened open_espeak() {
    Opened opened;
    void* library = open_shared_library("libespeak-ng.so.1", opened.problem);
    if (!library) return opened;
    EspeakLibrary& e = opened.espeak;
    std::string& problem = opened.problem;
    opened.ok = find_function(library, "espeak_Initialize", e.initialize, problem) &&
                find_function(library, "espeak_SetSynthCallback", e.set_synth_callback, problem) &&
                find_function(library, "espeak_SetVoiceByName", e.set_voice_by_name, problem) &&
                find_function(library, "espeak_SetParameter", e.set_parameter, problem) &&
                find_function(library, "espeak_Synth", e.synth, problem);
    return opened;
}

}  // namespace

const EspeakLibrary* espeak_library(std::string& problem) {
    static const Opened opened = open_espeak();  // thread-safe, and tried once
    if (!opened.ok) problem = opened.problem;
    return opened.ok ? &opened.espeak : nullptr;
}

}  // namespace primer
