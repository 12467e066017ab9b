// Upgrading saved progress written in an older format, one format at a time, so that
// decode_progress reads everything any Primer ever saved. Format N + 1 adds one
// function to the list in progress_codec.cpp.
#pragma once

#include <nlohmann/json.hpp>

#include <span>
#include <string>

namespace primer {

// Rewrites a document of format N into the shape of format N + 1, in place; false, with
// `error` set to a sentence, when the document cannot be upgraded.
using ProgressMigration = bool (*)(nlohmann::json& document, std::string& error);

// Primer's steps: entry i upgrades format i + 1, so there are kProgressFormat - 1.
std::span<const ProgressMigration> progress_migrations();

// Applies steps[from - 1], steps[from], ... and stamps each new format number, leaving
// `document` in format steps.size() + 1. `from` must be between 1 and that format.
bool migrate_progress(nlohmann::json& document, int from, std::span<const ProgressMigration> steps,
                      std::string& error);

}  // namespace primer
