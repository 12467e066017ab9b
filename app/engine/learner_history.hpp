// Everything recorded for one learner in one course (Store::for_each_history reads them
// one learner at a time): what the xAPI and per-module exports are built from.
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

}  // namespace primer
