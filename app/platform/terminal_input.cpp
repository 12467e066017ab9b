#include "terminal_input.hpp"

#include <iostream>

#if !defined(_WIN32)
#include <termios.h>
#include <unistd.h>
#endif

namespace primer {

bool stdin_is_terminal() {
#if !defined(_WIN32)
    return ::isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

std::optional<std::string> read_secret_line(const std::string& prompt) {
    const bool terminal = stdin_is_terminal();
#if !defined(_WIN32)
    termios saved{};
    const bool echo_off = terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (echo_off) {
        termios quiet = saved;
        quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    if (terminal) std::cerr << prompt << std::flush;
    std::string line;
    const bool read = static_cast<bool>(std::getline(std::cin, line));
#if !defined(_WIN32)
    if (echo_off) ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    if (terminal) std::cerr << "\n";  // the Enter typed was not echoed
    if (!read) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

}  // namespace primer
