// Everything recorded for one learner in one course, read from the store one learner at
// a time: what the xAPI and per-module exports are built from.
#pragma once

#include "store.hpp"

#include <vector>

namespace primer {

struct LearnerHistory {
    Standing standing;
    std::vector<Sitting> sittings;
    std::vector<InteractionRecord> interactions;
    std::vector<EventRecord> events;
};

// The standing's sittings, checked answers and events. False, with store.last_error(),
// when any of them could not be read.
bool read_history(const Store& store, const Standing& standing, LearnerHistory& history);

}  // namespace primer
