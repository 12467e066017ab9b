// The real ImageChecker for `primer validate` and the player: decodes with stb_image,
// the same decoder the player draws with, so "valid" means "will display".
#pragma once

#include "course_loader.hpp"

namespace primer {

class StbImageChecker final : public ImageChecker {
public:
    std::string check(const std::filesystem::path& file) const override;
    std::optional<PixelSize> pixel_size(const std::filesystem::path& file) const override;
};

}  // namespace primer
