#include "open_url.hpp"

#include <cctype>
#include <cstdlib>
#include <string_view>
#include <fstream>

#if defined(__unix__) || defined(__APPLE__)
#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>
#include <system_error>
#include <thread>
extern char** environ;
#endif

namespace primer {

namespace {

// Hands `url` to the desktop's opener (or, in tests, to the log) once the caller has allowed it.
bool launch(const std::string& url) {
    // Tests: the link is written down instead of opening a browser on the test machine.
    if (const char* log = std::getenv("PRIMER_OPEN_URL_LOG"); log && *log) {
        std::ofstream out(log, std::ios::app);
        out << url << '\n';
        return static_cast<bool>(out);
    }
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
    // An unreaped child stays a zombie until the player exits, one per click; the opener
    // may run as long as the browser it starts, so it is waited for off the UI thread.
    try {
        std::thread([child] {
            while (waitpid(child, nullptr, 0) == -1 && errno == EINTR) {
            }
        }).detach();
    } catch (const std::system_error&) {
        // No thread to be had: the link still opened, and one zombie is the lesser harm.
    }
    return true;
#else
    return false;
#endif
}

}  // namespace

bool open_url(const std::string& url) {
    bool allowed = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0 || url.rfind("mailto:", 0) == 0;
    return allowed && launch(url);
}

std::string file_url(const std::filesystem::path& file) {
    std::string url = "file://";
    constexpr const char* kHex = "0123456789ABCDEF";
    for (unsigned char c : std::filesystem::absolute(file).string()) {
        if (std::isalnum(c) || std::string_view("/-._~").find(static_cast<char>(c)) != std::string_view::npos) {
            url += static_cast<char>(c);
        } else {
            url += '%';
            url += kHex[c >> 4];
            url += kHex[c & 15];
        }
    }
    return url;
}

bool open_file(const std::filesystem::path& file) {
    std::error_code ignored;
    return std::filesystem::is_regular_file(file, ignored) && launch(file_url(file));
}

}  // namespace primer
