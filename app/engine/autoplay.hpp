// Plays a course headlessly through the same commands a learner's clicks produce, so
// content can be checked end to end and records produced without a window.
#pragma once

#include "autoplay_responses.hpp"
#include "commands.hpp"
#include "course.hpp"
#include "runtime.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace primer {

std::optional<Strategy> parse_strategy(const std::string& name);

struct AutoplaySummary {
    int commands = 0;
    int screens_total = 0;
    int screens_visited = 0;
    int questions_answered = 0;   // questions with at least one checked answer
    int questions_correct = 0;    // of those, answered right in the end
    int modules_total = 0;
    int modules_completed = 0;
    bool course_completed = false;
    // The course's (last) assessment, from its latest submitted attempt.
    bool has_assessment = false;
    int assessment_attempts = 0;  // submitted
    double assessment_score = 0;  // 0..1
    int assessment_pass_mark = 0;  // percent
    SuccessStatus success = SuccessStatus::Unknown;
};

// Sends commands through `submit` (the runtime directly, or a Session so that records
// are written) and reads the result back from `progress`, until the last screen.
using Submit = std::function<Outcome(const Command&)>;
using ProgressView = std::function<const Progress&()>;
// With `stop_at` (a qualified screen id), it stops on arriving there, before doing it, so a
// learner's records resume on that screen (for screenshots, and for authors to try a screen).
AutoplaySummary autoplay(const Course& course, Strategy strategy, std::uint64_t seed, const Submit& submit,
                         const ProgressView& progress, const std::string& stop_at = {});

}  // namespace primer
