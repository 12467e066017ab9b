// The language lint: a warning at each use, in text learners see, of a term on the course's
// list of terms to avoid ([[avoid]] in course.toml), with the wording to use instead.
//
// It reads the script files again rather than the model, because the model keeps text but
// not where each piece was written, and a warning must point at the word itself. Learner
// text is every string under a key that learners see (learner_text_keys()), anywhere in
// course.toml, module.toml and the assessment's question files. A [[screen]], [[question]]
// or [[screen.node]] block that quotes a term on purpose lists it in allow_terms; such an
// entry must name a term on the list and be used in its block, or it is reported too.
#pragma once

#include "course.hpp"
#include "diagnostics.hpp"

#include <filesystem>
#include <string_view>
#include <vector>

namespace primer {

// The keys whose text learners see: titles, bodies, prompts, options, feedback, ...
const std::vector<std::string_view>& learner_text_keys();

// `course_file` is course.toml as diagnostics name it, or empty when a module is checked
// on its own (its text is still checked, against the terms `course` carries).
void check_language(const Course& course, const std::filesystem::path& course_file, Diagnostics& diagnostics);

}  // namespace primer
