// Where a learner stands in a course, as a completion record shows it: completed or not,
// passed, failed or unknown, and the score that decided it.
#pragma once

#include "completion_record.hpp"
#include "course.hpp"
#include "progress.hpp"

namespace primer {

// Fills the record's completion, success, score and attempts from the progress; the
// caller adds who, when, time spent and the signature. Success is the runtime's
// success_status() (the last assessment decides; a pass is never taken back).
void fill_standing(const Course& course, const Progress& progress, CompletionRecord& record);

// Whether two records say the same about the learner (ignoring when they were recorded,
// time spent and signatures): a new completion is written only when this changes.
bool same_standing(const CompletionRecord& a, const CompletionRecord& b);

}  // namespace primer
