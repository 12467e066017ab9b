// A learner's standing in a course as a manager sees it, signed when it changes: the
// record behind every export row and certificate. Completion (did they finish) and success
// (did they pass) are separate, as xAPI, cmi5 and SCORM 2004 keep them.
#pragma once

#include "progress.hpp"

#include <optional>
#include <string>

namespace primer {

struct CompletionRecord {
    std::string learner_id;
    std::string course_id;
    std::string course_version;
    Millis completed_at = 0;               // 0: not (yet) completed
    std::string success = "unknown";       // "unknown" (no assessment taken), "passed" or "failed"
    std::optional<double> score_scaled;    // 0..1, the assessment score that decided success
    int attempts = 0;                      // assessment attempts submitted
    Millis time_spent = 0;                 // over every sitting
    Millis recorded_at = 0;
    std::string key_id;                    // which key signed it
    std::string signature;                 // over signed_message(), base64url

    bool operator==(const CompletionRecord&) const = default;
};

// The exact bytes that are signed: a JSON array of every field but the signature, in a
// fixed order and format, versioned so the form can change without breaking old records.
std::string signed_message(const CompletionRecord& record);

}  // namespace primer
