#include "open_url.hpp"

#if defined(__unix__) || defined(__APPLE__)
#include <spawn.h>
#include <sys/wait.h>
extern char** environ;
#endif

namespace primer {

bool open_url(const std::string& url) {
    bool allowed = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0 || url.rfind("mailto:", 0) == 0;
    if (!allowed) return false;
#if defined(__APPLE__)
    const char* opener = "open";
#elif defined(__unix__)
    const char* opener = "xdg-open";
#endif
#if defined(__unix__) || defined(__APPLE__)
    // Spawned directly, never through a shell, so the URL is one argument whatever it holds.
    pid_t child = 0;
    char* argv[] = {const_cast<char*>(opener), const_cast<char*>(url.c_str()), nullptr};
    if (posix_spawnp(&child, opener, nullptr, nullptr, argv, environ) != 0) return false;
    return true;
#else
    return false;
#endif
}

}  // namespace primer
