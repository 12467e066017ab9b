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
    bool anywhere = false;  // `primer preview` only: an author jumps past tasks not yet answered
};
// Checks a response to the task on a screen, or (with `question`) to one question of the
// open assessment attempt on that screen.
struct Answer {
    std::string screen;    // qualified id
    Response response;     // grading.hpp's token form
    Millis duration = 0;   // time the learner spent on this attempt
    std::string question;  // assessment question id; empty for a task screen
};
// Takes a choice in the conversation on a screen.
struct Choose {
    std::string screen;
    std::string choice;
    Millis duration = 0;
};
// Starts the conversation again from its first node, to try another path.
struct RestartConversation {
    std::string screen;
};
// Opens a new attempt at the assessment on a screen (questions drawn now).
struct StartAttempt {
    std::string screen;
};
// Adds the assessment's extension to the open attempt's time limit.
struct ExtendTime {
    std::string screen;
};
// Hands in the open attempt: it is marked and closed.
struct SubmitAttempt {
    std::string screen;
};

// Passes over the screen on view, whose content note offers a skip, up to the screen the
// note names: the screens in between count as done unless one is required, which stops it.
struct SkipSection {
    std::string screen;
};

using Command = std::variant<Start, Next, Back, GoTo, Answer, Choose, RestartConversation, StartAttempt, ExtendTime,
                             SubmitAttempt, SkipSection>;

struct ScreenEntered {
    std::string screen;
};

// One checked answer, with everything an xAPI `answered` statement needs. The question's
// definition (choices, items, scale) is read from the course version named in the record.
struct AnswerChecked {
    std::string screen;                       // qualified id
    std::string part;                         // assessment question id or conversation node id; empty otherwise
    std::string kind;                         // the task kind, as authors write it
    std::string interaction_type;             // cmi.interaction type
    Response response;
    std::vector<Response> correct_responses;  // every fully correct response
    Verdict verdict = Verdict::Incorrect;
    double score = 0;                         // 0..1
    int attempt = 0;                          // 1-based: task attempt, assessment attempt or conversation run
    Millis duration = 0;
    Millis at = 0;

    bool success() const { return verdict == Verdict::Correct; }
};

struct ConversationEnded {
    std::string screen;
    std::string ending;
    std::vector<std::string> path;  // the choice ids taken, in order
    double score = 0;               // 0..1 from the score variable; 0 without one
    bool success = false;
    int run = 0;                    // 1-based
};

struct AttemptStarted {
    std::string screen;
    int number = 0;
    std::vector<std::string> questions;
};

struct TimeExtended {
    std::string screen;
    int number = 0;
    Millis time_allowed = 0;  // the new limit
};

struct AttemptSubmitted {
    std::string screen;
    int number = 0;
    double score = 0;
    bool passed = false;
};

struct ScreenSkipped {
    std::string screen;
};

struct ModuleCompleted {
    std::string module;
};

struct CourseCompleted {};

using Event = std::variant<ScreenEntered, AnswerChecked, ConversationEnded, AttemptStarted, TimeExtended,
                           AttemptSubmitted, ScreenSkipped, ModuleCompleted, CourseCompleted>;

}  // namespace primer
