#include "shared_library.hpp"

#include <dlfcn.h>

namespace primer {

void* open_shared_library(const char* soname, std::string& problem) {
    void* library = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char* said = dlerror();
        problem = std::string(soname) + " could not be opened (" + (said ? said : "not found") +
                  "); installing the package that provides it puts this right";
    }
    return library;
}

bool find_function(void* library, const char* name, void*& function, std::string& problem) {
    function = dlsym(library, name);
    if (!function) problem = std::string("the installed library has no ") + name + "; it may be too old";
    return function != nullptr;
}

}  // namespace primer
