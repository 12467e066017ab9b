#include "screenshot.hpp"

#include <GLFW/glfw3.h>
#include <stb/stb_image_write.h>

#include <vector>

namespace primer {

std::string write_framebuffer_png(const std::filesystem::path& file, int width, int height) {
    if (width <= 0 || height <= 0) return "The window has no area to capture.";
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // Opaque pixels: the window has no transparency, whatever alpha the blending left.
    for (size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;
    std::error_code ignored;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ignored);
    stbi_flip_vertically_on_write(1);  // OpenGL's rows run bottom to top
    if (!stbi_write_png(file.string().c_str(), width, height, 4, pixels.data(), width * 4))
        return "Could not write the screenshot to " + file.string() + ".";
    return {};
}

}  // namespace primer
