#include "completion_standing.hpp"

#include <algorithm>
#include <optional>

namespace primer {

void fill_standing(const Course& course, const Progress& progress, CompletionRecord& record) {
    record.course_id = course.id;
    record.course_version = course.version;
    record.completed_at = progress.completed_at;
    record.success = "unknown";
    record.score_scaled.reset();
    record.attempts = 0;
    std::optional<double> best_pass, best_fail;
    for (const auto& [screen, attempts] : progress.assessments) {
        for (const AssessmentAttempt& attempt : attempts) {
            if (!attempt.submitted()) continue;
            ++record.attempts;
            std::optional<double>& best = attempt.passed ? best_pass : best_fail;
            best = std::max(best.value_or(0.0), attempt.score);
        }
    }
    // The deciding score: the best pass, else the best fail.
    if (best_pass || best_fail) {
        record.success = best_pass ? "passed" : "failed";
        record.score_scaled = best_pass ? best_pass : best_fail;
    }
}

bool same_standing(const CompletionRecord& a, const CompletionRecord& b) {
    return a.learner_id == b.learner_id && a.course_id == b.course_id && a.course_version == b.course_version &&
           a.completed_at == b.completed_at && a.success == b.success && a.score_scaled == b.score_scaled &&
           a.attempts == b.attempts;
}

}  // namespace primer
