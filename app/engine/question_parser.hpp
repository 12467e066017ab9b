// Readers for questions: what every question shares (prompt, attempts, shuffle,
// feedback, explanation) and one reader per task kind. Task screens and assessment
// pools both read their questions here.
#pragma once

#include "names.hpp"
#include "tasks.hpp"
#include "toml_reader.hpp"

#include <filesystem>
#include <string_view>
#include <vector>

namespace primer {

// Reads a question of `kind` (a question kind) from a [[screen]] or [[question]] block;
// image paths resolve against `module_folder`.
Question parse_question(TableReader& block, ScreenKind kind, const std::filesystem::path& module_folder);

// The keys a question of `kind` reads, beyond the ones every screen has; used to tell an
// author that a key belongs to another kind.
std::vector<std::string_view> question_keys(ScreenKind kind);

// One reader per kind family.
ChoiceTask parse_choice_task(TableReader& block, ScreenKind kind);
ChoiceTask parse_true_false_task(TableReader& block);
HotspotTask parse_hotspot_task(TableReader& block, const std::filesystem::path& module_folder);
FillInTask parse_fill_in_task(TableReader& block);
ConfidenceTask parse_confidence_task(TableReader& block);
ReflectionTask parse_reflection_task(TableReader& block);

// A true-false question's feedback for each answer: `true` and `false` in [screen.feedback].
void read_true_false_feedback(TableReader& feedback, ChoiceTask& task);

OrderingTask parse_ordering_task(TableReader& block);      // sorting_parser.cpp
CategoriseTask parse_categorise_task(TableReader& block);  // sorting_parser.cpp
MatchingTask parse_matching_task(TableReader& block);      // sorting_parser.cpp

}  // namespace primer
