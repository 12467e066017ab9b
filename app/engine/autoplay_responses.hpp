// The response a scripted learner gives to a question under each autoplay strategy.
#pragma once

#include "conversation.hpp"
#include "grading.hpp"

#include <optional>
#include <random>

namespace primer {

enum class Strategy { Correct, Wrong, Random };

// A well-formed response: fully correct (Correct), not fully correct where the question
// allows one (Wrong; a different one on each attempt where there are several), or either
// at random (Random). Ungraded kinds get a plain rating or sentence.
Response scripted_response(const Question& question, Strategy strategy, int attempt, std::mt19937_64& random);

// The choice a scripted learner takes on the conversation's current node: a best one
// (Correct), one that is not best (Wrong), either at random (Random), always among the
// open ones; "" to continue from a node without choices.
std::string scripted_choice(const Conversation& conversation, const ConversationProgress& state, Strategy strategy,
                            std::mt19937_64& random);

// A response that is right in part (some picks, most of the order, all but one pair or
// blank), for kinds that give partial credit and questions big enough to allow one;
// nullopt otherwise.
std::optional<Response> partly_right_response(const Question& question);

}  // namespace primer
