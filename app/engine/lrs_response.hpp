// What happens to a batch of statements after the LRS answers (or does not): a pure
// decision, table-tested, so the rules of xAPI's statement resource live in one place.
//   2xx                      -> sent
//   no answer, 408, 429, 5xx -> wait and try again: exponential backoff with jitter, or
//                               the LRS's Retry-After (429, 503); ids stay, so a resend
//                               of a batch the LRS did store is harmless
//   400, 413                 -> the batch is refused whole: split it to find the culprits;
//                               one statement alone is quarantined with the LRS's reason
//   409                      -> a statement's id is taken: split; alone, ask the LRS what it
//                               holds (same content: sent; different: quarantined)
//   401, 403, 404, 3xx, an unverifiable certificate, other 4xx -> stop the run: a person
//                               must put the settings right; the statements stay waiting,
//                               due now, with the reason (Store::mark_stopped) for the manager
#pragma once

#include "progress.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

namespace primer {

struct LrsResponse {
    int status = 0;                     // the HTTP status; 0 when no answer came
    std::string failure;                // why no answer came (unreachable, timed out, cut off)
    bool certificate_refused = false;   // TLS: the LRS's certificate could not be verified
    std::optional<Millis> retry_after;  // the Retry-After header, as a delay
    std::string body;                   // the answer's body (an LRS's reason for refusing)
};

enum class BatchAction { Sent, Retry, Split, Quarantine, CheckExisting, Stop };

struct BatchDecision {
    BatchAction action = BatchAction::Stop;
    Millis next_attempt_at = 0;  // Retry: not before then
    std::string reason;          // Retry, Quarantine, Stop: a sentence for the manager
};

struct Backoff {
    Millis first = 30'000;          // the wait after the first failure
    Millis longest = 6 * 3'600'000;  // waits double up to this
};

// `attempts`: how often the batch's statements were tried before (the most among them);
// `random` returns a number in [0, 1) for the jitter; `host` names the LRS in sentences.
BatchDecision decide(const LrsResponse& response, std::size_t batch_size, int attempts, Millis now,
                     const std::function<double()>& random, const Backoff& backoff, const std::string& host);

// After a lone statement met 409: the LRS's answer to GET statements?statementId=.
// The statement it holds is the same as `ours` when every property we sent has the same
// value there (an LRS adds stored, authority and version): then ours counts as sent.
BatchDecision decide_existing(const std::string& ours, const LrsResponse& response, int attempts, Millis now,
                              const std::function<double()>& random, const Backoff& backoff, const std::string& host);

// The wait before attempt number attempts + 1: first * 2^attempts up to longest, of which
// a random half is taken off, so many players do not retry in step.
Millis backoff_delay(int attempts, const Backoff& backoff, double random);

// The reason an LRS gave in a body (its JSON "message", else the text), on one line and short.
std::string lrs_reason(const std::string& body);

}  // namespace primer
