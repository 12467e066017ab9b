// The final assessment: pools of questions, a seeded draw per attempt, a pass mark, an
// optional time limit the learner may extend. The model the parser builds; the pure
// functions that draw, mark and report live beside it.
#pragma once

#include "progress.hpp"
#include "tasks.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace primer {

struct Assessment {
    RichText intro;
    std::vector<Question> questions;  // every pool's questions; Question::pool names the pool
    int draw = 15;                    // questions per attempt
    int pass_mark = -1;               // percent; -1 means the course's pass mark
    int max_attempts = 0;             // 0: unlimited
    int time_limit_minutes = 0;       // 0: untimed
    int extension_minutes = 0;        // offered when time runs low (WCAG 2.2.1); 0: half the limit
    bool shuffle_options = true;
    SourceLoc where;

    const Question* find_question(const std::string& question_id) const;
    // The pools in order of first appearance.
    std::vector<std::string> pools() const;
};

// --- Pure functions over attempts ---------------------------------------------------------

// Draws `assessment.draw` question ids with a seeded random choice, spread as evenly as the
// pools allow across pools, avoiding `previous` (the last attempt's questions) wherever a
// pool has enough others. The same seed and previous give the same draw.
std::vector<std::string> draw_questions(const Assessment& assessment, std::uint64_t seed,
                                        const std::vector<std::string>& previous);

struct PoolResult {
    std::string pool;
    int questions = 0;
    int correct = 0;
    double points = 0;  // sum of question scores
};

struct AttemptResult {
    double score = 0;  // 0..1: mean question score over the drawn questions (unanswered count 0)
    bool passed = false;
    std::vector<PoolResult> by_pool;  // in pool order
};

AttemptResult mark_attempt(const Assessment& assessment, const AssessmentAttempt& attempt, int pass_mark_percent);

// The time limit and extension in milliseconds; 0 when untimed.
Millis time_limit(const Assessment& assessment);
Millis extension(const Assessment& assessment);

// Whether an open, timed attempt has run out of time at `now`.
bool out_of_time(const AssessmentAttempt& attempt, Millis now);

}  // namespace primer
