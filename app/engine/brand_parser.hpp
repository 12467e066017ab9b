// brand.toml into a Brand: every key read, typed and placed (file:line:col) in one pass.
// Files it names are only resolved here; brand_checks.cpp opens them.
#pragma once

#include "brand.hpp"

#include <filesystem>
#include <optional>

namespace primer {

// `file` is named in diagnostics exactly as given; the brand folder is its folder.
// nullopt when the file cannot be read or is not valid TOML.
std::optional<Brand> parse_brand_file(const std::filesystem::path& file, Diagnostics& diagnostics);

}  // namespace primer
