// Reader for an assessment screen: its settings in module.toml and its pools of questions,
// each pool in a question file of its own inside the module folder.
#pragma once

#include "assessment.hpp"
#include "toml_reader.hpp"

#include <filesystem>
#include <string_view>
#include <vector>

namespace primer {

// Reads an assessment [[screen]] block and the question files it lists (paths from
// `module_folder`), and checks that the pools can give every attempt its questions.
Assessment parse_assessment(TableReader& block, const std::filesystem::path& module_folder);

// The keys an assessment screen reads, beyond the ones every screen has.
std::vector<std::string_view> assessment_keys();

}  // namespace primer
