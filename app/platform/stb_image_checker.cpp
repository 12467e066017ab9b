#include "stb_image_checker.hpp"

#include "image_file.hpp"

namespace primer {

std::string StbImageChecker::check(const std::filesystem::path& file) const { return decode_image(file).problem; }

std::optional<PixelSize> StbImageChecker::pixel_size(const std::filesystem::path& file) const {
    // Through the screened decoder, not stbi_info: stb's header reader is no safer than its
    // decoder against the hostile files decode_image() refuses.
    DecodedImage image = decode_image(file);
    if (!image.problem.empty()) return std::nullopt;
    return PixelSize{image.width, image.height};
}

}  // namespace primer
