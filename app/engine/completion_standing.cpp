#include "completion_standing.hpp"

#include "runtime.hpp"

#include <algorithm>

namespace primer {

void fill_standing(const Course& course, const Progress& progress, CompletionRecord& record) {
    record.course_id = course.id;
    record.course_version = course.version;
    record.completed_at = progress.completed_at;
    record.success = to_string(success_status(course, progress));
    record.score_scaled.reset();
    record.attempts = 0;
    // The deciding score: the best passing attempt's, else the best failing one's.
    const bool passed = record.success == std::string("passed");
    for (const AssessmentAttempt& attempt : attempts_at(progress, deciding_assessment(course))) {
        if (!attempt.submitted()) continue;
        ++record.attempts;
        if (attempt.passed == passed) record.score_scaled = std::max(record.score_scaled.value_or(0.0), attempt.score);
    }
}

bool same_standing(const CompletionRecord& a, const CompletionRecord& b) {
    return a.learner_id == b.learner_id && a.course_id == b.course_id && a.course_version == b.course_version &&
           a.completed_at == b.completed_at && a.success == b.success && a.score_scaled == b.score_scaled &&
           a.attempts == b.attempts;
}

}  // namespace primer
