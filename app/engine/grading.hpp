// Marking a learner's response to a question: pure functions, no state, table-tested.
//
// A response is a list of tokens whose form depends on the kind. The forms are chosen so
// that an xAPI `answered` statement (cmi.interaction) can be built from them directly:
//   single-choice, true-false   one option id ("true"/"false" for true-false)
//   multiple-response           the chosen option ids, any order
//   ordering                    every item id, in the learner's order
//   categorise                  "item[.]group" for each item placed
//   matching                    "left[.]right" for each pair made
//   hotspot                     the chosen region ids
//   fill-in                     the text typed into each blank, in blank order
//   confidence                  one token, "1" to "5"
//   reflection                  one token, the text written
#pragma once

#include "tasks.hpp"

#include <optional>
#include <string>
#include <vector>

namespace primer {

using Response = std::vector<std::string>;

enum class Verdict { Correct, Partly, Incorrect, Ungraded };

const char* to_string(Verdict verdict);  // "correct", "partly", "incorrect", "ungraded"

struct Grade {
    Verdict verdict = Verdict::Incorrect;
    double score = 0;  // 0..1; 0 for ungraded kinds
};

// Why `response` cannot be marked (an unknown id, the wrong number of tokens, an empty
// answer), as a sentence for the learner; nullopt when it can be.
std::optional<std::string> response_problem(const Question& question, const Response& response);

// Marks a response that response_problem() accepted.
Grade grade(const Question& question, const Response& response);

// Ordering: for each item of a well-formed response, whether it belongs to the longest run
// of items already in the right relative order (the run grade() gives credit for), so a
// view can mark the items out of place. One such run when there are several; none when
// the longest is a single item (a reversed list).
std::vector<bool> in_order(const OrderingTask& task, const Response& response);

// Every response that is fully correct, in the token form above (fill-in lists each
// combination of accepted answers); empty for ungraded kinds.
std::vector<Response> correct_responses(const Question& question);

// Whether `typed` is one of `blank`'s accepted answers under `task`'s case and space
// rules (so the player can mark each blank of a checked response).
bool blank_accepts(const FillInTask& task, const Blank& blank, const std::string& typed);

// The cmi.interaction type: "choice", "true-false", "sequencing", "matching", "fill-in",
// "likert", "long-fill-in" or "other".
const char* interaction_type(ScreenKind kind);

// The separator between the two ids of a categorise or matching token.
inline constexpr const char* kPairSeparator = "[.]";

}  // namespace primer
