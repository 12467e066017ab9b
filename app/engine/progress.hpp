// A learner's progress through one course: small, plain, copyable data that is saved
// after every command. It points into the course by qualified screen ids only
// ("module/screen"), so content updates do not break a resume.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace primer {

using Millis = std::int64_t;  // milliseconds since the Unix epoch, UTC

struct TaskAnswer {
    std::vector<std::string> response;  // the option ids of the learner's latest attempt
    bool correct = false;
    int attempts = 0;
    Millis answered_at = 0;

    bool operator==(const TaskAnswer&) const = default;
};

struct Progress {
    std::string course_id;
    std::string course_version;
    std::string current;                       // qualified id of the screen on view; empty before the start
    std::set<std::string> visited;             // qualified ids of every screen seen
    std::map<std::string, TaskAnswer> answers; // by qualified screen id
    Millis started_at = 0;
    Millis updated_at = 0;
    Millis completed_at = 0;  // 0 until every module is complete

    bool operator==(const Progress&) const = default;
};

}  // namespace primer
