// What a certificate of completion carries and how it is checked: the signed completion
// record itself, as a payload in the PDF and its QR code, plus a certificate id and a short
// verification code a person can read out or type. A certificate verifies when its record's
// signature does, so an edited name of course or score is caught like an edited export.
#pragma once

#include "completion_record.hpp"

#include <optional>
#include <string>

namespace primer {

// A stable id for the certificate of this record (a name-based UUID of its signature).
std::string certificate_id(const CompletionRecord& record);

// Twelve characters in three groups ("7KQ2-M9XD-4TPH"), Crockford base32 of the signature's
// hash: short enough to type, long enough that guessing one is hopeless.
std::string verification_code(const CompletionRecord& record);

// The record as one ASCII line: "primer-certificate/1:" then base64url JSON of every field.
std::string certificate_payload(const CompletionRecord& record);
std::optional<CompletionRecord> parse_certificate_payload(const std::string& payload);

// Why a learner has no certificate to print: `primer certificate` and the player's "Save my
// certificate" ask the same question of the learner (if known) and their latest completion.
enum class NoCertificate { None, NoLearner, NotCompleted, NotPassed };
NoCertificate why_no_certificate(bool learner_known, const std::optional<CompletionRecord>& latest);

}  // namespace primer
