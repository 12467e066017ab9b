// Readers for the blocks of a module.toml: one [[screen]], and a question's task.
#pragma once

#include "course.hpp"
#include "names.hpp"
#include "toml_reader.hpp"

#include <filesystem>

namespace primer {

// Reads one [[screen]] block. `screen_ids` catches ids used twice in the module; image
// paths are resolved against `module_folder`. Problems go to the block's diagnostics.
Screen parse_screen(TableReader& block, const std::filesystem::path& module_folder, FirstUse& screen_ids);

// Reads the question of a single-choice [[screen]]: prompt, attempts, its
// [[screen.option]] blocks (2 to 8, exactly one correct) and [screen.feedback].
SingleChoiceTask parse_single_choice(TableReader& block);

}  // namespace primer
