// Certificates of completion as PDF (cairo), with a QR code (libqrencode) that carries the
// signed record, and the same record in the PDF's metadata so `primer verify FILE.pdf` can
// check the file itself.
#pragma once

#include "certificate_words.hpp"
#include "completion_record.hpp"
#include "contrast.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace primer {

struct CertificateContent {
    CompletionRecord record;     // signed; the certificate shows and carries it
    std::string learner_name;
    std::string course_title;    // in the learner's language where the course has a translation
    CertificateWords words;      // the fixed wording in the learner's language (certificate_words())
    std::string organisation;    // the learner's organisation, shown under their name
    std::string issuer;          // who issues it ("Primer" until a brand says otherwise)
    std::filesystem::path logo;  // a PNG; none drawn when empty or unreadable
    // From the brand: the frame and heading colour, the line under the learner's name,
    // and who signs (none drawn when empty).
    Rgb primary{0.122, 0.373, 0.545};
    std::string wording;         // empty: words.completed
    std::string signatory;
    std::string signatory_role;
};

// Writes the certificate to `output` (via a .partial file, renamed when complete).
bool write_certificate_pdf(const CertificateContent& content, const std::filesystem::path& output, std::string& error);

// The certificate payload stored in a PDF this function wrote; nullopt and a sentence when
// the file is not one.
std::optional<std::string> read_certificate_payload(const std::filesystem::path& pdf, std::string& error);

}  // namespace primer
