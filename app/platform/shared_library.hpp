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

// The functions `find_all` looks up in the library `soname`, opened and looked up once (the
// first caller waits; the rest share the result); null, with `problem` saying what is
// missing, when the library or one of the functions is.
template <class Functions>
const Functions* library_functions(const char* soname, bool (*find_all)(void* library, Functions&, std::string& problem),
                                   std::string& problem) {
    struct Found {
        Functions functions;
        std::string problem;
        bool ok = false;
    };
    static const Found found = [&] {
        Found attempt;
        void* library = open_shared_library(soname, attempt.problem);
        attempt.ok = library && find_all(library, attempt.functions, attempt.problem);
        return attempt;
    }();
    if (!found.ok) problem = found.problem;
    return found.ok ? &found.functions : nullptr;
}

}  // namespace primer
