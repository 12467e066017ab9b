// Writes what is in the OpenGL back buffer to a PNG (for --screenshot and GUI tests).
#pragma once

#include <filesystem>
#include <string>

namespace primer {

// An empty string on success, else a sentence saying what went wrong.
std::string write_framebuffer_png(const std::filesystem::path& file, int width, int height);

}  // namespace primer
