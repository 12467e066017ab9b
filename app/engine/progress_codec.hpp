// Progress <-> JSON text, versioned. The store keeps progress in this form so a save
// is a single row write and old saves load through explicit migrations.
#pragma once

#include "progress.hpp"

#include <optional>
#include <string>

namespace primer {

constexpr int kProgressFormat = 1;

std::string encode_progress(const Progress& progress);

// nullopt (with `error` set) for text that is not a progress record we can read.
std::optional<Progress> decode_progress(const std::string& text, std::string& error);

}  // namespace primer
