// Parse, then validate: turns a course folder (or one module folder) into a Course,
// collecting every diagnostic in one pass. Never throws; a broken course yields
// diagnostics and no Course, so the player can show them instead of crashing.
#pragma once

#include "course.hpp"
#include "diagnostics.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace primer {

struct PixelSize {
    int width = 0;
    int height = 0;
};

// Checks that an image file can really be decoded, and reads its size (hotspot regions
// must lie inside it). The engine must not link an image library, so the platform layer
// supplies one (stb_image) and tests supply fakes.
class ImageChecker {
public:
    virtual ~ImageChecker() = default;
    // An empty string when the file decodes; otherwise a sentence saying why not.
    virtual std::string check(const std::filesystem::path& file) const = 0;
    // The image's size in pixels, or nullopt when it cannot be read.
    virtual std::optional<PixelSize> pixel_size(const std::filesystem::path& file) const = 0;
};

// How much loading checks. Everything, for `primer validate` and the tests. What playing
// needs, for the player and the other commands: the language lint and the estimated-minutes
// check matter only to authors, and the lint reads every script a second time.
enum class Checks { All, Play };

struct LoadResult {
    std::optional<Course> course;  // present only when there are no errors
    Diagnostics diagnostics;
};

// `path` is a course folder or its course.toml. Without a checker, images are only
// checked for existence (and hotspot regions not against the image's size).
LoadResult load_course(const std::filesystem::path& path, const ImageChecker* images = nullptr,
                       Checks checks = Checks::All);

// `path` is a module folder or its module.toml, checked on its own (as `primer validate`
// does for a module an L&D team is writing). The result's course wraps just that module.
LoadResult load_module(const std::filesystem::path& path, const ImageChecker* images = nullptr,
                       Checks checks = Checks::All);

// Whichever `path` names: a module (module.toml, or a folder with one and no course.toml
// beside it), else a course.
LoadResult load_course_or_module(const std::filesystem::path& path, const ImageChecker* images = nullptr,
                                 Checks checks = Checks::All);

}  // namespace primer
