#include "completion_standing.hpp"

#include "runtime.hpp"
#include "score_points.hpp"

namespace primer {

void fill_standing(const Course& course, const Progress& progress, CompletionRecord& record) {
    record.course_id = course.id;
    record.course_version = course.version;
    record.completed_at = progress.completed_at;
    record.success = to_string(success_status(course, progress));
    record.score_scaled.reset();
    record.score_raw.reset();
    record.score_min.reset();
    record.score_max.reset();
    record.attempts = 0;
    // The deciding attempt: the best passing one, else the best failing one; its score in
    // points counts the questions it drew.
    const bool passed = record.success == std::string("passed");
    const AssessmentAttempt* deciding = nullptr;
    for (const AssessmentAttempt& attempt : attempts_at(progress, deciding_assessment(course))) {
        if (!attempt.submitted()) continue;
        ++record.attempts;
        if (attempt.passed == passed && (!deciding || attempt.score > deciding->score)) deciding = &attempt;
    }
    if (!deciding) return;
    const ScorePoints points = score_points(deciding->score, static_cast<int>(deciding->questions.size()));
    record.score_scaled = deciding->score;
    record.score_raw = points.raw;
    record.score_min = points.min;
    record.score_max = points.max;
}

// The points are left out: they follow from the same deciding attempt as score_scaled, and a
// record signed before they were (form 1) must not be signed again only to add them.
bool same_standing(const CompletionRecord& a, const CompletionRecord& b) {
    return a.learner_id == b.learner_id && a.course_id == b.course_id && a.course_version == b.course_version &&
           a.completed_at == b.completed_at && a.success == b.success && a.score_scaled == b.score_scaled &&
           a.attempts == b.attempts;
}

}  // namespace primer
