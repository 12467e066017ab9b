// Checks that look across files or at the disk, run once every file is parsed:
// module ids unique within the course, at most one assessment (a warning), every image
// present and decodable, hotspot regions inside their image, and confidence screens
// compared with earlier ones.
#pragma once

#include "course.hpp"
#include "course_loader.hpp"
#include "diagnostics.hpp"

namespace primer {

// Without an image checker, images are only checked for existence.
void check_course(const Course& course, const ImageChecker* images, Diagnostics& diagnostics);

// The names in `folder`, sorted (only its subfolders with `folders_only`); the candidates
// "did you mean" hints choose from. Empty when the folder cannot be read.
std::vector<std::string> entry_names(const std::filesystem::path& folder, bool folders_only = false);

}  // namespace primer
