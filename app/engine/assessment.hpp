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

// The most times one attempt's time may be extended. WCAG 2.2.1 asks that a learner can
// extend a time limit at least ten times; a limit that could grow forever would not be one.
inline constexpr int kMaxExtensions = 10;
// The player warns the learner, and offers more time, once this little time is left.
inline constexpr Millis kTimeWarning = 2 * 60 * 1000;

// --- Pure functions over attempts ---------------------------------------------------------

// How many questions each pool gives every attempt, in pools() order: `draw` dealt out one
// at a time round the pools that still have questions, so the spread is as even as the
// pools allow and any remainder goes to the earlier pools. The same for every attempt, so
// per-module results compare across attempts.
std::vector<int> pool_quotas(const Assessment& assessment);

// The pools whose share of each draw is more than half their questions: two attempts in a
// row must then repeat some of that pool's questions.
std::vector<std::string> pools_that_repeat(const Assessment& assessment);

// Draws the questions of one attempt: pool_quotas() from each pool, chosen with a seeded
// random choice that avoids `previous` (the last attempt's questions) wherever the pool
// has enough others, then shown in a seeded random order. The same seed and previous give
// the same draw.
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
    std::vector<PoolResult> by_pool;  // in pool order, pools with no question drawn left out
};

// Partly right answers earn their partial score (grading.hpp's rules). Passing means a
// score of at least `pass_mark_percent`.
AttemptResult mark_attempt(const Assessment& assessment, const AssessmentAttempt& attempt, int pass_mark_percent);

// The time limit and extension in milliseconds; 0 when untimed. The extension is
// extension_minutes, or else half the limit but at least 5 minutes.
Millis time_limit(const Assessment& assessment);
Millis extension(const Assessment& assessment);

// Whether an open, timed attempt has run out of time at `now`.
bool out_of_time(const AssessmentAttempt& attempt, Millis now);
// The time an open, timed attempt has left at `now` (never negative); 0 when untimed.
Millis time_left(const AssessmentAttempt& attempt, Millis now);

// The attempt still open (started, not submitted), or nullptr. Only the last can be open.
const AssessmentAttempt* open_attempt(const std::vector<AssessmentAttempt>& attempts);
bool ever_passed(const std::vector<AssessmentAttempt>& attempts);
// Attempts a learner may still start; -1 when unlimited.
int attempts_remaining(const Assessment& assessment, const std::vector<AssessmentAttempt>& attempts);
// Why a new attempt cannot start now; None when it can. Retakes follow a fail only.
enum class NoNewAttempt { None, AttemptOpen, AlreadyPassed, AttemptsUsed };
NoNewAttempt no_new_attempt(const Assessment& assessment, const std::vector<AssessmentAttempt>& attempts);
// The same as an English sentence (the runtime's refusals); empty when one can start. The
// player shows its own words for no_new_attempt() in the learner's language.
std::string why_no_new_attempt(const Assessment& assessment, const std::vector<AssessmentAttempt>& attempts);

}  // namespace primer
