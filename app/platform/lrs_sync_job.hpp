// One sync with the LRS, start to end: its own connection to the records, the outbox
// filled with what is new, then sent over HTTPS. The same call serves `primer sync`, the
// player's background sync and (with its progress callback) the manager view.
#pragma once

#include "lrs_settings.hpp"
#include "lrs_sync.hpp"

#include <atomic>
#include <filesystem>

namespace primer {

struct SyncJob {
    std::filesystem::path data_dir;
    const Course* course = nullptr;
    LrsSettings lrs;
    XapiSettings xapi;
    bool honour_backoff = true;  // false: try every waiting statement now (a person asked)
    bool send = true;            // false: only queue what is new (primer sync --status)
};

struct SyncOutcome {
    int queued = 0;       // statements new to the outbox
    SendResult result;    // what sending did
    OutboxCounts counts;  // the outbox afterwards
    std::string error;    // the records could not be opened, read or written; empty when they could
};

// Safe to call from any thread; `cancel`, when set, ends a request under way.
SyncOutcome run_sync(const SyncJob& job, const SyncProgress& progress = {}, const std::atomic<bool>* cancel = nullptr);

}  // namespace primer
