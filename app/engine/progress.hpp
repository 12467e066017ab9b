// A learner's progress through one course: small, plain, copyable data that is saved
// after every command. It points into the course by qualified screen ids only
// ("module/screen"), so content updates do not break a resume.
#pragma once

#include "grading.hpp"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace primer {

using Millis = std::int64_t;  // milliseconds since the Unix epoch, UTC

struct TaskAnswer {
    Response response;  // the latest attempt, in grading.hpp's token form
    Verdict verdict = Verdict::Incorrect;
    double score = 0;  // 0..1
    int attempts = 0;
    Millis answered_at = 0;

    bool correct() const { return verdict == Verdict::Correct; }
    bool operator==(const TaskAnswer&) const = default;
};

struct ConversationStep {
    std::string node;
    std::string choice;
    Millis at = 0;

    bool operator==(const ConversationStep&) const = default;
};

struct ConversationProgress {
    std::string node;                     // the node on view; empty before the first start
    std::map<std::string, int> variables;
    std::vector<ConversationStep> path;   // this run's choices, in order
    std::vector<std::string> endings;     // every ending reached, over all runs, in order

    bool operator==(const ConversationProgress&) const = default;
};

struct AssessmentAttempt {
    int number = 0;                       // 1-based
    std::vector<std::string> questions;   // drawn question ids, in the order shown
    std::map<std::string, TaskAnswer> answers;
    Millis started_at = 0;
    Millis submitted_at = 0;              // 0 while the attempt is open
    Millis time_allowed = 0;              // 0: untimed; grows with each extension
    int extensions = 0;
    double score = 0;                     // 0..1, set on submission
    bool passed = false;

    bool submitted() const { return submitted_at != 0; }
    bool operator==(const AssessmentAttempt&) const = default;
};

struct Progress {
    std::string course_id;
    std::string course_version;
    std::uint64_t seed = 0;                    // shuffles and draws derive from it, so they survive a resume
    std::string current;                       // qualified id of the screen on view; empty before the start
    std::set<std::string> visited;             // qualified ids of every screen seen
    std::set<std::string> skipped;             // qualified ids passed over from a content note
    std::map<std::string, TaskAnswer> answers; // by qualified screen id
    std::map<std::string, ConversationProgress> conversations;        // by qualified screen id
    std::map<std::string, std::vector<AssessmentAttempt>> assessments;  // by qualified screen id
    Millis started_at = 0;
    Millis updated_at = 0;
    Millis completed_at = 0;  // 0 until every module is complete

    bool operator==(const Progress&) const = default;
};

}  // namespace primer
