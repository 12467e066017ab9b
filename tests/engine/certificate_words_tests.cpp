// A certificate's fixed wording in the learner's language: every line from the shipped
// locale files (no key shown raw), dates with the locale's month names, the score line
// for passed and unassessed courses.
#include "certificate.hpp"
#include "certificate_words.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

using namespace primer;

namespace {

const std::filesystem::path kLocales = std::filesystem::path(PRIMER_MODULES).parent_path() / "assets" / "locales";

const UiStrings& locale(const std::vector<UiStrings>& locales, const std::string& tag) {
    for (const UiStrings& strings : locales)
        if (strings.tag == tag) return strings;
    FAIL("no " << tag << ".toml in " << kLocales);
    return locales.front();
}

CompletionRecord passed_record() {
    CompletionRecord record;
    record.learner_id = "A-1";
    record.course_id = "fire-course";
    record.course_version = "1.0.0";
    record.completed_at = 1795392000000;  // 2026-11-23T00:00:00Z
    record.success = "passed";
    record.score_scaled = 0.9;
    record.signature = "c2lnbmF0dXJl";
    return record;
}

}  // namespace

TEST_CASE("A certificate's fixed wording comes from the learner's locale", "[certificate]") {
    Diagnostics diagnostics;
    const std::vector<UiStrings> locales = read_locale_folder(kLocales, diagnostics);
    const UiStrings& english = locale(locales, "en");
    const CompletionRecord record = passed_record();
    const std::string code = verification_code(record);

    const CertificateWords en = certificate_words(UiText(&english, &english), record, "Primer", "Fire safety");
    CHECK(en.heading == "Certificate of completion");
    CHECK(en.intro == "This is to certify that");
    CHECK(en.completed == "has completed");
    CHECK(en.outcome == "on 23 November 2026, with a final assessment score of 90% (passed)");
    CHECK(en.issued_by == "Issued by Primer");
    CHECK(en.certificate_id == "Certificate " + certificate_id(record));
    CHECK(en.verification_code == "Verification code " + code);
    CHECK(en.how_to_check == "To check it: primer verify " + code + ", or scan the code with Primer.");
    CHECK(en.document_title == "Certificate of completion: Fire safety");

    const CertificateWords cy =
        certificate_words(UiText(&locale(locales, "cy"), &english), record, "Primer", "Diogelwch tân");
    CHECK(cy.heading == "Tystysgrif cwblhau");
    CHECK(cy.intro == "Mae hyn yn tystio bod");
    CHECK(cy.completed == "wedi cwblhau");
    CHECK(cy.outcome == "ar 23 Tachwedd 2026, gyda sgôr o 90% yn yr asesiad terfynol (wedi pasio)");
    CHECK(cy.verification_code == "Cod dilysu " + code);
    CHECK(cy.document_title == "Tystysgrif cwblhau: Diogelwch tân");
}

TEST_CASE("Every month and outcome of a certificate reads in every shipped locale", "[certificate]") {
    Diagnostics diagnostics;
    const std::vector<UiStrings> locales = read_locale_folder(kLocales, diagnostics);
    const UiStrings& english = locale(locales, "en");
    for (const UiStrings& strings : locales) {
        const UiText text(&strings, &english);
        // Noon on the 15th of each month of 2026: each names a different month, none a raw key.
        const Millis fifteenths[] = {1768478400000LL, 1771156800000LL, 1773576000000LL, 1776254400000LL,
                                     1778846400000LL, 1781524800000LL, 1784116800000LL, 1786795200000LL,
                                     1789473600000LL, 1792065600000LL, 1794744000000LL, 1797336000000LL};
        std::set<std::string> dates;
        for (Millis at : fifteenths) {
            const std::string date = certificate_date(text, at);
            INFO(strings.tag << ": " << date);
            CHECK(date.find("certificate.") == std::string::npos);
            CHECK(date.rfind("15 ", 0) == 0);
            CHECK(date.ends_with(" 2026"));
            dates.insert(date);
        }
        CHECK(dates.size() == 12);
        CompletionRecord unassessed = passed_record();
        unassessed.score_scaled.reset();
        unassessed.success = "unknown";
        const std::string outcome = certificate_words(text, unassessed, "Primer", "Fire safety").outcome;
        INFO(strings.tag << ": " << outcome);
        CHECK(outcome.find("23") != std::string::npos);
        CHECK(outcome.find('%') == std::string::npos);
    }
    CHECK(certificate_date(UiText(&english, &english), 1767225600000) == "1 January 2026");
}
