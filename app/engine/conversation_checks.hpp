// Authoring checks on a whole conversation, run once its screen is read. They look at
// the script, not at play: a node no choice leads to, a path that cannot end, a variable
// nobody declared, a condition that can never hold. What only play can show (an ending
// that the conditions make unreachable) is found by `primer autoplay --strategy all-branches`.
#pragma once

#include "conversation.hpp"
#include "diagnostics.hpp"

namespace primer {

// The graph: targets that exist, every node reachable, every path able to end, no
// first node that is already an ending, a fallback where every way on has a condition
// (conversation_checks.cpp). Runs check_conversation_variables too.
void check_conversation(const Conversation& conversation, Diagnostics& diagnostics);

// Variables: declared before use, flags used as flags and numbers as numbers, the score
// variable, and conditions that no value the variables can take would satisfy
// (conversation_variable_checks.cpp).
void check_conversation_variables(const Conversation& conversation, Diagnostics& diagnostics);

// Whether some values of the variables may leave every one of `conditions` false, so that
// a node with no unconditional choice or next rule could strand the learner.
bool may_all_fail(const Conversation& conversation, const std::vector<const Condition*>& conditions);

}  // namespace primer
