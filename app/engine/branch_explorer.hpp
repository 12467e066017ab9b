// `primer autoplay --strategy all-branches`: every path of every conversation and every
// task outcome of every question, tried through the pure engine functions (no learner,
// no records), so an author sees which endings and verdicts play can actually reach.
#pragma once

#include "course.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace primer {

struct ConversationWalk {
    std::string screen;                 // qualified id
    int paths = 0;                      // paths walked to an ending
    int cut = 0;                        // paths stopped by the loop guard (a node visited too often)
    bool truncated = false;             // stopped at the path limit; not every path was walked
    std::vector<std::string> endings;   // every ending node, in script order
    std::set<std::string> reached;      // the endings some path reached
    std::vector<std::string> dead_ends; // "a > b > node 'x'": paths that stopped with no way on (the first few)
    int dead_end_count = 0;
    std::optional<double> min_score, max_score;  // over the paths walked, when the conversation has a score

    std::vector<std::string> missed() const;  // endings no path reached
    bool ok() const { return dead_end_count == 0 && missed().empty(); }
};

struct OutcomeTried {
    std::string outcome;  // "correct", "wrong", "partly right" or "answered" (ungraded kinds)
    Response response;
    std::string result;   // the verdict, or why the response was refused
};

struct QuestionOutcomes {
    std::string screen;
    ScreenKind kind = ScreenKind::SingleChoice;
    std::vector<OutcomeTried> tried;
    bool ok = true;  // the scripted correct response is marked correct (graded kinds)
};

struct BranchReport {
    std::vector<ConversationWalk> conversations;
    std::vector<QuestionOutcomes> questions;

    bool ok() const;
};

// Walks depth first over choices (and next rules), with the variables. On one path a node
// is entered at most `visits` times, which bounds loops; at most `path_limit` paths are walked.
ConversationWalk walk_conversation(const Conversation& conversation, int visits = 3, int path_limit = 100000);

// Tries the correct response, each distinct wrong one the autoplay strategies give, and
// a partly right one where the kind allows.
QuestionOutcomes try_outcomes(const Question& question);

BranchReport explore_branches(const Course& course);

}  // namespace primer
