#include "stb_image_checker.hpp"

#include "image_file.hpp"

namespace primer {

std::string StbImageChecker::check(const std::filesystem::path& file) const { return decode_image(file).problem; }

}  // namespace primer
