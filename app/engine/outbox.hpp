// The LRS outbox as the store keeps it: each statement's exact bytes and where its
// delivery stands. Store (store_outbox.cpp) reads and writes it; lrs_sync fills and sends it.
#pragma once

#include "progress.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace primer {

enum class OutboxState {
    Waiting,      // not delivered yet: queued, or to be tried again after next_attempt_at
    Sent,         // the LRS holds it
    Quarantined,  // the LRS refused it (invalid, or a different statement holds its id); never resent
    Rejected,     // damaged in the outbox (its bytes do not carry its id); never sent
};

std::string_view to_string(OutboxState state);
std::optional<OutboxState> outbox_state(std::string_view text);

struct QueuedStatement {
    std::string id;     // the statement's id
    std::string bytes;  // the statement as serialized once, and sent exactly so
};

struct OutboxItem {
    std::int64_t row = 0;  // queue order
    std::string statement_id;
    std::string learner_id;
    std::string statement;  // the exact bytes
    OutboxState state = OutboxState::Waiting;
    int attempts = 0;
    Millis next_attempt_at = 0;
    std::string last_error;
};

struct OutboxCounts {
    int waiting = 0;
    int due = 0;  // waiting and due by the time asked about
    int sent = 0;
    int quarantined = 0;
    int rejected = 0;
    Millis next_attempt_at = 0;  // the earliest retry among waiting statements not due; 0 when none
    std::string last_error;      // why the most recent failed attempt failed
    // Why the last run stopped because the LRS refused us (credentials, endpoint,
    // certificate): a person must act. Kept as the reason of the waiting statements that run
    // tried, with no retry time (a wait always sets one); empty once a later run gets further.
    std::string stopped;
};

}  // namespace primer
