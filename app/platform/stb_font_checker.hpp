// The real FontChecker for `primer validate` and the player: stb_truetype, the same
// rasteriser family ImGui draws with, so "valid" means "will load".
#pragma once

#include "brand.hpp"

namespace primer {

class StbFontChecker final : public FontChecker {
public:
    std::string check(const std::filesystem::path& file) const override;
};

}  // namespace primer
