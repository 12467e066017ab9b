// Taking choices in branching conversations, and starting one again.
//
// Each choice is recorded as an AnswerChecked, so that an xAPI `answered` statement with
// a cmi.interaction of type "choice" can be built for it: the activity is the conversation
// screen, `part` names the node (the question being answered), the node's choices are the
// interaction's choices, the response is the choice id and the correct responses are the
// node's `best` choices that were open to the learner then, one pattern each. A node where
// none of the open choices is marked best has no right answer: its choices are recorded
// as ungraded (no success, no correct pattern) rather than counted as right or wrong.
// The attempt is the run: 1 for the first time through, 2 after the first restart, ...
#include "runtime_steps.hpp"

namespace primer {
namespace {

struct OnView {
    const Conversation* conversation = nullptr;
    std::string refusal;
};

OnView conversation_on_view(const Course& course, const Progress& progress, const std::string& screen_id) {
    OnView found;
    const Screen* screen = screen_on_view(course, progress, screen_id, found.refusal);
    if (screen && !screen->conversation) found.refusal = "There is no conversation on '" + screen_id + "'.";
    if (found.refusal.empty()) found.conversation = &*screen->conversation;
    return found;
}

// Runs are counted by the endings reached: every run but the one under way ended in one,
// since a conversation is started again only from an ending (or from a step it lost).
int run_number(const ConversationProgress& state, bool ended) {
    return static_cast<int>(state.endings.size()) + (ended ? 0 : 1);
}

AnswerChecked choice_record(const std::string& screen, const Conversation& conversation,
                            const ConversationProgress& before, const Choose& choose, Millis now) {
    AnswerChecked checked;
    checked.screen = screen;
    checked.part = before.node;
    checked.kind = to_string(ScreenKind::Conversation);
    checked.interaction_type = interaction_type(ScreenKind::Conversation);
    checked.response = {choose.choice};
    bool chose_best = false;
    for (const ConversationChoice* open : available_choices(conversation, before)) {
        if (!open->best) continue;
        checked.correct_responses.push_back({open->id});
        chose_best |= open->id == choose.choice;
    }
    checked.verdict = checked.correct_responses.empty() ? Verdict::Ungraded
                      : chose_best                      ? Verdict::Correct
                                                        : Verdict::Incorrect;
    checked.score = chose_best ? 1.0 : 0.0;
    checked.attempt = run_number(before, false);
    checked.duration = choose.duration;
    checked.at = now;
    return checked;
}

}  // namespace

Outcome choose_in_conversation(const Course& course, const Progress& before, const Choose& choose, Millis now) {
    OnView on_view = conversation_on_view(course, before, choose.screen);
    if (!on_view.conversation) return refuse(before, on_view.refusal);
    const Conversation& conversation = *on_view.conversation;

    // The first choice starts the conversation; a saved step this version of the course
    // no longer has starts it again rather than leaving the learner stuck.
    auto saved = before.conversations.find(choose.screen);
    ConversationProgress state = saved == before.conversations.end() ? start_conversation(conversation, {})
                                                                     : saved->second;
    if (!conversation.find_node(state.node)) state = start_conversation(conversation, state);

    ConversationMove move = take_choice(conversation, state, choose.choice, now);
    if (!move.refusal.empty()) return refuse(before, move.refusal);

    Outcome out{before, {}, {}};
    if (!choose.choice.empty()) out.events.push_back(choice_record(choose.screen, conversation, state, choose, now));
    if (at_ending(conversation, move.state)) {
        const ConversationNode& ending = *conversation.find_node(move.state.node);
        out.events.push_back(ConversationEnded{choose.screen, ending.id, choices_taken(move.state),
                                               conversation_score(conversation, move.state), ending.success,
                                               run_number(move.state, true)});
    }
    out.progress.conversations[choose.screen] = std::move(move.state);
    return out;
}

Outcome restart_conversation(const Course& course, const Progress& before, const RestartConversation& restart,
                             Millis) {
    OnView on_view = conversation_on_view(course, before, restart.screen);
    if (!on_view.conversation) return refuse(before, on_view.refusal);
    const Conversation& conversation = *on_view.conversation;
    auto saved = before.conversations.find(restart.screen);
    if (saved == before.conversations.end()) return refuse(before, "This conversation has not started yet.");
    // Only from an ending, or from a step with no way on (a fault in the course), so that
    // runs are counted by their endings.
    if (!at_ending(conversation, saved->second) && can_go_on(conversation, saved->second))
        return refuse(before, "Reach an ending first; then you can try a different approach.");
    Outcome out{before, {}, {}};
    out.progress.conversations[restart.screen] = start_conversation(conversation, saved->second);
    return out;
}

}  // namespace primer
