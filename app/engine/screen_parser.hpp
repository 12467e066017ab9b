// Reader for one [[screen]] block of a module.toml; questions are read in question_parser.
#pragma once

#include "course.hpp"
#include "names.hpp"
#include "toml_reader.hpp"

#include <filesystem>
#include <span>

namespace primer {

// Reads one [[screen]] block. `screen_ids` catches ids used twice in the module; image
// paths are resolved against `module_folder`. Problems go to the block's diagnostics.
Screen parse_screen(TableReader& block, const std::filesystem::path& module_folder, FirstUse& screen_ids);

// Reads `image`, `alt` and `caption` (image screens, hotspot questions); the path must stay
// inside `module_folder`, against which it is resolved.
ImageRef read_image(TableReader& block, const std::filesystem::path& module_folder);

// Reads `content_note`, `skip_to` and `required`, which any screen may have.
void read_content_note(TableReader& block, Screen& screen);


// The screen kinds authors can write, in the order messages list them.
std::span<const ScreenKind> authored_kinds();

// Whether a path written in a script leaves the module folder. Files a module uses stay
// inside it, so a module can be copied as one folder and a package can never point a
// learner's player at files elsewhere.
bool leaves_folder(const std::filesystem::path& relative);

}  // namespace primer
