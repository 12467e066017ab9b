// Sending a learner's records to an LRS: fill the outbox with every statement not queued
// yet, then send what waits in batches, deciding each answer with lrs_response. The network
// is behind LrsTransport, so all of this runs in tests without one.
#pragma once

#include "clock.hpp"
#include "commands.hpp"
#include "course.hpp"
#include "lrs_response.hpp"
#include "outbox.hpp"
#include "store.hpp"
#include "xapi_statements.hpp"

#include <functional>
#include <string>

namespace primer {

class LrsTransport {
public:
    virtual ~LrsTransport() = default;
    // POSTs a JSON array of statements to the statements resource.
    virtual LrsResponse post_statements(const std::string& json_array) = 0;
    // GETs statements?statementId=ID.
    virtual LrsResponse get_statement(const std::string& id) = 0;
};

// A sitting not ended by the player (it stopped without closing it) counts as over once
// idle this long; until then its end statement is not queued.
constexpr Millis kOpenSittingGrace = 12 * 3'600'000;

// Queues the statements of every learner in `course` that the outbox lacks, serialized
// once, as `primer export --format xapi` writes them. Counts them in `added`. False, with
// store.last_error(), when the records could not be read or written.
bool fill_outbox(Store& store, const Course& course, XapiSettings settings, Millis now, int& added);

struct SendOptions {
    int batch_size = 50;
    bool honour_backoff = true;  // false: try every waiting statement now (a person asked)
    Backoff backoff;
};

struct SendResult {
    int sent = 0;         // by this run
    int quarantined = 0;  // by this run
    int rejected = 0;     // by this run
    bool waiting_on_lrs = false;  // the LRS was unreachable or busy: statements wait for a retry
    bool stopped = false;         // the LRS refused us (credentials, certificate...): a person must act
    std::string problem;          // why, as a sentence, when waiting_on_lrs or stopped
    std::string records_error;    // the records could not be read or written; empty when they could
};

// done/total statements so far, after each answer.
using SyncProgress = std::function<void(int done, int total)>;

// Sends waiting statements (due ones, when honouring backoff) in batches, oldest first,
// until none are left, the LRS is unreachable or busy (the rest wait), or it refuses us
// (the run stops). Statements the LRS refuses are found by splitting the batch.
SendResult send_outbox(Store& store, LrsTransport& lrs, const SendOptions& options, const Clock& clock,
                       const std::function<double()>& random, const std::string& host, const SyncProgress& progress = {});

// The events after which a player sends: a module completed, an assessment submitted,
// the course completed.
bool is_sync_point(const Event& event);

}  // namespace primer
