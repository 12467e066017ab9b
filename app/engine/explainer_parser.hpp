// Reader for an `explainer` screen: its narration, its WebVTT captions (read from their
// own file) and its beats, each tied to a caption cue by the cue's id.
#pragma once

#include "explainer.hpp"
#include "toml_reader.hpp"

#include <filesystem>
#include <string_view>
#include <vector>

namespace primer {

// The keys an explainer screen adds to those every screen has.
std::vector<std::string_view> explainer_keys();

Explainer parse_explainer(TableReader& block, const std::filesystem::path& module_folder);

}  // namespace primer
