// Opens a shared library the first time a feature needs it, instead of at start-up.
// Every library linked into the player is loaded and relocated before its first frame, and
// the ones behind rarely used features (the LRS connection pulls in ~30 libraries of its
// own) cost start-up time and memory for every learner who never uses them.
#pragma once

#include <string>

namespace primer {

// The library by its soname, kept open for the life of the process; null, with `problem`
// saying what is missing, when it cannot be opened.
void* open_shared_library(const char* soname, std::string& problem);

// Points `function` at the library's symbol `name`; false, with `problem` set, when absent.
bool find_function(void* library, const char* name, void*& function, std::string& problem);

template <class Function>
bool find_function(void* library, const char* name, Function*& function, std::string& problem) {
    void* found = nullptr;
    if (!find_function(library, name, found, problem)) return false;
    function = reinterpret_cast<Function*>(found);
    return true;
}

}  // namespace primer
