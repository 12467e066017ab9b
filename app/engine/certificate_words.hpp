// The fixed wording of a certificate of completion (its heading, "This is to certify
// that", the date and score line, the verification lines) in the learner's language, from
// the player's locale files (the [certificate] table). What the brand wrote (its wording,
// signatory and role) is not here: it is shown as written. Only the words change with the
// language; the signed record, and so the payload and the verification code, never do.
#pragma once

#include "completion_record.hpp"
#include "ui_strings.hpp"

#include <string>

namespace primer {

struct CertificateWords {
    std::string heading;            // "Certificate of completion"
    std::string intro;              // "This is to certify that"
    std::string completed;          // "has completed", when the brand has no wording of its own
    std::string outcome;            // "on 23 November 2026, with a final assessment score of 90% (passed)"
    std::string issued_by;          // "Issued by Primer"
    std::string certificate_id;     // "Certificate <id>"
    std::string verification_code;  // "Verification code <code>"
    std::string how_to_check;       // "To check it: primer verify <code>, or scan the code with Primer."
    std::string document_title;     // the PDF's title: "Certificate of completion: <course>"
};

// A date as the certificate writes it in the locale: "23 November 2026", "23 Tachwedd 2026".
std::string certificate_date(const UiText& text, Millis at);

CertificateWords certificate_words(const UiText& text, const CompletionRecord& record, const std::string& issuer,
                                   const std::string& course_title);

}  // namespace primer
