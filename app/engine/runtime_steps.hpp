// The runtime's steps, one file per command family: runtime.cpp (navigation),
// runtime_tasks.cpp (task screens), runtime_conversation.cpp, runtime_assessment.cpp and runtime_skip.cpp.
// Each step returns the changed progress and its events; apply() in runtime.cpp then
// stamps the time and notes completions for all of them alike.
#pragma once

#include "runtime.hpp"

namespace primer {

Outcome refuse(const Progress& progress, std::string why);

// Puts `target` on view and marks it seen.
void enter(Outcome& out, const ScreenRef& target);

// The screen `screen_id` names if it is the one on view; otherwise sets `why`.
const Screen* screen_on_view(const Course& course, const Progress& progress, const std::string& screen_id,
                             std::string& why);

Outcome answer_task(const Course& course, const Progress& progress, const Answer& answer, Millis now);

Outcome choose_in_conversation(const Course& course, const Progress& progress, const Choose& choose, Millis now);
Outcome restart_conversation(const Course& course, const Progress& progress, const RestartConversation& restart,
                             Millis now);

Outcome answer_assessment_question(const Course& course, const Progress& progress, const Answer& answer, Millis now);
Outcome start_attempt(const Course& course, const Progress& progress, const StartAttempt& start, Millis now);
Outcome extend_time(const Course& course, const Progress& progress, const ExtendTime& extend, Millis now);
Outcome submit_attempt(const Course& course, const Progress& progress, const SubmitAttempt& submit, Millis now);

Outcome skip_section(const Course& course, const Progress& progress, const SkipSection& skip);

}  // namespace primer
