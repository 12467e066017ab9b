#include "certificate_words.hpp"

#include "certificate.hpp"
#include "time_format.hpp"

#include <cmath>

namespace primer {

std::string certificate_date(const UiText& text, Millis at) {
    const std::string iso = format_date(at);  // YYYY-MM-DD
    const std::string month_key = "certificate.month_" + std::to_string(std::stoi(iso.substr(5, 2)));
    return format_text(text("certificate.date"),
                       {{"day", std::to_string(std::stoi(iso.substr(8, 2)))}, {"month", text(month_key)}, {"year", iso.substr(0, 4)}});
}

CertificateWords certificate_words(const UiText& text, const CompletionRecord& record, const std::string& issuer,
                                   const std::string& course_title) {
    CertificateWords words;
    words.heading = text("certificate.heading");
    words.intro = text("certificate.intro");
    words.completed = text("certificate.completed");
    const std::string date = certificate_date(text, record.completed_at);
    if (record.score_scaled) {
        const std::string score = std::to_string(static_cast<int>(std::lround(*record.score_scaled * 100)));
        words.outcome = format_text(text(record.success == "passed" ? "certificate.outcome_passed" : "certificate.outcome_score"),
                                    {{"date", date}, {"score", score}});
    } else {
        words.outcome = format_text(text("certificate.outcome"), {{"date", date}});
    }
    const std::string code = verification_code(record);
    words.issued_by = format_text(text("certificate.issued_by"), {{"issuer", issuer}});
    words.certificate_id = format_text(text("certificate.id"), {{"id", certificate_id(record)}});
    words.verification_code = format_text(text("certificate.verification_code"), {{"code", code}});
    words.how_to_check = format_text(text("certificate.how_to_check"), {{"code", code}});
    words.document_title = format_text(text("certificate.document_title"), {{"course", course_title}});
    return words;
}

}  // namespace primer
