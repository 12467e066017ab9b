// Courses that add installed modules with [[library]] blocks in course.toml: loaded as
// load_course() and load_course_or_module() do, with those modules found in `library`
// (the data folder's module library, DATA/modules/<module id>/, where `primer install`
// puts them). Without a library, each such module is reported as not installed.
#pragma once

#include "course_loader.hpp"

namespace primer {

LoadResult load_course_with_library(const std::filesystem::path& path, const std::filesystem::path& library,
                                    const ImageChecker* images = nullptr, Checks checks = Checks::All);

LoadResult load_course_or_module_with_library(const std::filesystem::path& path, const std::filesystem::path& library,
                                              const ImageChecker* images = nullptr, Checks checks = Checks::All);

}  // namespace primer
