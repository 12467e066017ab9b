#include "screenshot.hpp"

#include <GLFW/glfw3.h>
#include <stb/stb_image_write.h>

#include <vector>

namespace primer {

std::string write_framebuffer_png(const std::filesystem::path& file, int width, int height) {
    if (width <= 0 || height <= 0) return "The window has no area to capture.";
    // RGB: the window is opaque, so an alpha channel would only be bytes to compress.
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * static_cast<size_t>(height) * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    std::error_code ignored;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ignored);
    stbi_flip_vertically_on_write(1);  // OpenGL's rows run bottom to top
    // Encoding was most of `--screenshot`'s run time: stb's default tries five row filters
    // and searches hard for matches. A UI's flat colours compress as well unfiltered at
    // the lowest level (a 1280x800 frame: ~100 ms down to ~35 ms, and no larger).
    stbi_write_png_compression_level = 1;
    stbi_write_force_png_filter = 0;
    if (!stbi_write_png(file.string().c_str(), width, height, 3, pixels.data(), width * 3))
        return "Could not write the screenshot to " + file.string() + ".";
    return {};
}

}  // namespace primer
