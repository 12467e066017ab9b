// One module.toml into a Module, with every problem local to that file reported.
#pragma once

#include "course.hpp"
#include "diagnostics.hpp"

#include <filesystem>
#include <optional>

namespace primer {

// `file` is the module's module.toml, named in diagnostics exactly as given; its folder
// is the module folder. nullopt when the file cannot be read or is not valid TOML.
// The module's `where` is its id's position, so a clash between modules points there.
std::optional<Module> parse_module_file(const std::filesystem::path& file, Diagnostics& diagnostics);

}  // namespace primer
