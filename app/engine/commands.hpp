// Commands (imperative: what the learner asks for) and events (past tense: what
// happened). Screens push commands; the runtime applies them between frames and
// returns events, which the session persists as records.
#pragma once

#include "progress.hpp"

#include <string>
#include <variant>
#include <vector>

namespace primer {

struct Start {};       // enter the course at the saved position, or its first screen
struct Next {};
struct Back {};
struct GoTo {
    std::string screen;  // qualified id
};
struct Answer {
    std::string screen;                // qualified id of the task screen
    std::vector<std::string> options;  // chosen option ids
    Millis duration = 0;               // time the learner spent on this attempt
};

using Command = std::variant<Start, Next, Back, GoTo, Answer>;

struct ScreenEntered {
    std::string screen;
};

// One checked answer, with everything an `answered` record needs.
struct AnswerChecked {
    std::string screen;                      // qualified id
    std::string kind;                        // the task kind, as authors write it
    std::vector<std::string> response;       // chosen option ids
    std::vector<std::string> correct_pattern;// option ids of the right answer
    bool success = false;
    double score = 0;                        // 0..1
    int attempt = 0;                         // 1-based
    Millis duration = 0;
    Millis at = 0;
};

struct ModuleCompleted {
    std::string module;
};

struct CourseCompleted {};

using Event = std::variant<ScreenEntered, AnswerChecked, ModuleCompleted, CourseCompleted>;

}  // namespace primer
