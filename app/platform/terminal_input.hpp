// Reading a secret from standard input: without echo when it is a terminal, as plain lines
// when it is a pipe (kiosk set-up scripts and tests).
#pragma once

#include <optional>
#include <string>

namespace primer {

bool stdin_is_terminal();

// Shows `prompt` on the terminal (standard error) when there is one, reads one line with
// echo off, and returns it without its line end; nullopt at the end of input.
std::optional<std::string> read_secret_line(const std::string& prompt);

}  // namespace primer
