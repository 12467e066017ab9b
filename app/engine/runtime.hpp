// The runtime: a pure function from (course, progress, command, time) to the next
// progress and the events that happened. No I/O, no clock, no globals, so every
// behaviour is a plain test and a save/restore between any two commands is exact.
#pragma once

#include "commands.hpp"
#include "course.hpp"
#include "progress.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace primer {

struct Outcome {
    Progress progress;
    std::vector<Event> events;
    std::string refusal;  // why the command was not applied; empty when it was

    bool accepted() const { return refusal.empty(); }
};

Outcome apply(const Course& course, const Progress& progress, const Command& command, Millis now);

// A fresh progress record for a learner starting `course`; `seed` drives every shuffle
// and draw this learner sees.
Progress new_progress(const Course& course, Millis now, std::uint64_t seed);

// --- Read-only questions the screens ask ---------------------------------------------

enum class ModuleStatus { NotStarted, InProgress, Completed };

ModuleStatus module_status(const Module& module, const Progress& progress);
int screens_visited(const Module& module, const Progress& progress);

// A task is finished once answered correctly (or answered at all, if ungraded) or once
// its attempts are used up; a conversation once an ending is reached; an assessment once
// an attempt is submitted. Screens without a task are always finished.
bool is_finished(const Screen& screen, const std::string& qualified_id, const Progress& progress);
int attempts_left(const Screen& screen, const std::string& qualified_id, const Progress& progress);

// Whether Next/Back would be accepted from the current screen.
bool can_go_next(const Course& course, const Progress& progress);
bool can_go_back(const Course& course, const Progress& progress);
// Whether an assessment attempt is open on the screen on view. It holds the learner there
// until it is submitted: Next cannot skip it and arrow keys cannot leave it by accident
// (the course map still can, on purpose; the attempt waits).
bool attempt_open_on_view(const Progress& progress);

// The screen on view, or nullptr before the start or when the saved id no longer
// exists in this version of the course.
const Screen* current_screen(const Course& course, const Progress& progress);

// Whether the learner passed the course's assessment, kept apart from completion (which is
// progress.completed_at). A course with several assessments takes the last in reading
// order. A pass in any attempt counts: a later retake cannot take it away (retakes follow
// a fail only). Unknown when there is no assessment or no attempt has been submitted.
enum class SuccessStatus { Unknown, Passed, Failed };
const char* to_string(SuccessStatus status);  // "unknown", "passed", "failed"
SuccessStatus success_status(const Course& course, const Progress& progress);

// The pass mark an assessment uses: its own, or else the course's.
int pass_mark_of(const Course& course, const Assessment& assessment);

// The attempts at the assessment on screen `qualified_id`, oldest first (empty when none).
// The assessment screen whose result is the course's success status: the last in reading
// order ("module/screen"); empty when the course has none.
std::string deciding_assessment(const Course& course);
const std::vector<AssessmentAttempt>& attempts_at(const Progress& progress, const std::string& qualified_id);

// Where the course map's button for `module` takes the learner: its first screen not
// yet seen and finished, or its first screen when the module is complete.
ScreenRef module_entry_point(const Module& module, const Progress& progress);

// Where Start takes the learner: the saved screen if it still exists, else the entry
// point of the first module not yet complete.
ScreenRef resume_point(const Course& course, const Progress& progress);

}  // namespace primer
