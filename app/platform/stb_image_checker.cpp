#include "stb_image_checker.hpp"

#include <stb/stb_image.h>

namespace primer {

std::string StbImageChecker::check(const std::filesystem::path& file) const {
    int width = 0, height = 0, channels = 0;
    unsigned char* pixels = stbi_load(file.string().c_str(), &width, &height, &channels, 4);
    if (!pixels) {
        const char* reason = stbi_failure_reason();
        return std::string("the image cannot be decoded (") + (reason ? reason : "unknown reason") +
               "); save it as PNG or JPEG";
    }
    stbi_image_free(pixels);
    return {};
}

std::optional<PixelSize> StbImageChecker::pixel_size(const std::filesystem::path& file) const {
    // Reads the header only: the size without decoding every pixel again.
    int width = 0, height = 0, channels = 0;
    if (!stbi_info(file.string().c_str(), &width, &height, &channels)) return std::nullopt;
    return PixelSize{width, height};
}

}  // namespace primer
