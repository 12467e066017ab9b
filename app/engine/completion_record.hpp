// A learner's standing in a course as a manager sees it, signed when it changes: the
// record behind every export row and certificate. Completion (did they finish) and success
// (did they pass) are separate, as xAPI, cmi5 and SCORM 2004 keep them.
#pragma once

#include "progress.hpp"

#include <functional>
#include <optional>
#include <string>

namespace primer {

// The signed forms: 1 signed the score as scaled only; 2 adds the score in points. Records
// are signed in the newest form; a record keeps the form it was signed in for good, because
// signing an old record again would make an edited one look genuine.
constexpr int kSignedFormScaledOnly = 1;
constexpr int kSignedFormWithPoints = 2;

struct CompletionRecord {
    std::string learner_id;
    std::string course_id;
    std::string course_version;
    Millis completed_at = 0;               // 0: not (yet) completed
    std::string success = "unknown";       // "unknown" (no assessment taken), "passed" or "failed"
    std::optional<double> score_scaled;    // 0..1, the assessment score that decided success
    // The same score in points (each question one point; see score_points.hpp), present
    // exactly when score_scaled is in a form-2 record; a form-1 record never has them.
    std::optional<double> score_raw;
    std::optional<double> score_min;
    std::optional<double> score_max;
    int attempts = 0;                      // assessment attempts submitted
    Millis time_spent = 0;                 // over every sitting
    Millis recorded_at = 0;
    std::string key_id;                    // which key signed it
    int signed_form = kSignedFormWithPoints;  // which form of signed_message() the signature covers
    std::string signature;                 // over signed_message(), base64url

    bool operator==(const CompletionRecord&) const = default;
};

// The exact bytes that are signed: a JSON array of every field but the signature, in a
// fixed order and format, in the record's signed_form (which the array names first, so a
// record cannot pass for another form).
std::string signed_message(const CompletionRecord& record);

// Points as the signature covers them and exports print them: up to two decimals, without
// trailing zeros ("12.5", "15"), so a round trip through a database or CSV file signs the
// same bytes.
std::string points_text(double points);

// For a form-2 record whose signature does not hold: the one score field ("score_raw",
// "score_min", "score_max" or "score_scaled") whose value the others imply makes
// `signature_holds` true again, with that signed value in `signed_value`; empty when no
// single score field explains the mismatch (then some other field was changed).
std::string changed_score_field(const CompletionRecord& record,
                                const std::function<bool(const CompletionRecord&)>& signature_holds,
                                std::string& signed_value);

}  // namespace primer
