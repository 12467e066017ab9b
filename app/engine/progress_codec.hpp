// Progress <-> JSON text, versioned. The store keeps progress in this form so a save
// is a single row write and old saves load through explicit migrations.
#pragma once

#include "progress.hpp"

#include <optional>
#include <string>

namespace primer {

// 1: single-choice answers with `correct`. 2: verdicts and scores, the learner's seed,
// conversations and assessment attempts.
constexpr int kProgressFormat = 3;

std::string encode_progress(const Progress& progress);

// nullopt (with `error` set) for text that is not a progress record we can read.
std::optional<Progress> decode_progress(const std::string& text, std::string& error);

}  // namespace primer
