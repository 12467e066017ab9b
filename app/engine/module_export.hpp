// Per-module CSV rows (`primer export --format csv --per module`): one row per learner per
// module of a course, read from the history (events, checked answers, sittings), streamed
// one learner at a time like the per-course export.
//
// These rows are not signed: a completion is signed per course (completion_record.hpp),
// and a module's status and score are read from the history, which has no signature of its
// own. `primer verify` refuses a per-module file rather than seem to vouch for it.
#pragma once

#include "course.hpp"
#include "csv_export.hpp"
#include "learner_history.hpp"

#include <optional>
#include <ostream>
#include <vector>

namespace primer {

enum class ModuleRecordStatus { NotAttempted, InProgress, Completed };

// "not_attempted", "in_progress" or "completed", as the per-course rows spell statuses.
const char* to_string(ModuleRecordStatus status);

struct ModuleStanding {
    const Module* module = nullptr;
    ModuleRecordStatus status = ModuleRecordStatus::NotAttempted;
    int graded_tasks = 0;     // in the course: graded questions, scored conversations, assessments
    int graded_answered = 0;  // how many of them the learner has a result for
    double score_raw = 0;     // the sum of each answered task's latest score (each 0..1)
    Millis first_activity = 0;  // 0: nothing recorded in the module
    Millis last_activity = 0;
    std::optional<Millis> time_spent;  // nullopt when the records hold no sittings to derive it from
};

// Where the learner stands in each module of `course`, in course order, from their
// history alone:
// - completed once a "module-completed" event names the module; in progress once any
//   event or checked answer is on one of its screens; else not attempted.
// - the score counts each graded task's latest result: a question's latest graded answer,
//   a scored conversation's latest ending, an assessment's latest submitted attempt.
// - time spent is the time on the module's screens, from entering one screen to entering
//   the next, within sittings (so time away is never counted): the modules' times add up
//   to at most the course's time spent.
std::vector<ModuleStanding> module_standings(const Course& course, const LearnerHistory& history);

// The per-module columns, in order (README and --help list them).
const std::vector<const char*>& module_csv_columns();

// Writes the header and, for each learner in `course` the filter includes (by their course
// standing), one row per module. False, with store.last_error(), when the records could
// not be read. count.rows counts module rows, count.learners learners.
bool write_module_csv(const Store& store, const Course& course, const ExportFilter& filter, std::ostream& out,
                      ExportCount& count);

}  // namespace primer
