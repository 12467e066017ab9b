// Reading rows of the record store's history tables, shared by the store's per-learner
// reads (store.cpp) and its learner-by-learner reads of a whole course (store_history.cpp).
#pragma once

#include "sqlite_statement.hpp"
#include "store.hpp"

namespace primer {

// The columns read_interaction() reads, in order, from the interactions table.
constexpr const char* kInteractionColumns =
    "screen, kind, response_json, correct_responses_json, verdict, score, attempt, duration_ms, at_ms, part,"
    " interaction_type, id";

// Fills `answer` and `id` from a row whose columns from `first` on are kInteractionColumns.
// False when the stored JSON or verdict is damaged.
bool read_interaction(const Statement& row, int first, AnswerChecked& answer, std::int64_t& id);

}  // namespace primer
