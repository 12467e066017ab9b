// Taking choices in branching conversations.
#include "runtime_steps.hpp"

namespace primer {

Outcome choose_in_conversation(const Course&, const Progress& before, const Choose&, Millis) {
    return refuse(before, "Conversations are not playable yet.");
}

Outcome restart_conversation(const Course&, const Progress& before, const RestartConversation&, Millis) {
    return refuse(before, "Conversations are not playable yet.");
}

}  // namespace primer
