// The pieces under xAPI exports: SHA-1 and name-based UUIDs, ISO 8601 times and
// durations, and the statements built from one learner's records.
#include "name_uuid.hpp"
#include "test_support.hpp"
#include "time_format.hpp"
#include "xapi_statements.hpp"

#include <catch2/catch.hpp>

#include <regex>

using namespace primer;

namespace {

std::string hex(const std::array<std::uint8_t, 20>& digest) {
    static const char* digits = "0123456789abcdef";
    std::string text;
    for (std::uint8_t byte : digest) text += {digits[byte >> 4], digits[byte & 15]};
    return text;
}

}  // namespace

TEST_CASE("SHA-1 matches the FIPS 180 examples", "[xapi]") {
    CHECK(hex(sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
    CHECK(hex(sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    CHECK(hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    CHECK(hex(sha1(std::string(1'000'000, 'a'))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST_CASE("Name-based UUIDs are stable, distinct and version 5", "[xapi]") {
    const std::regex v5("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    CHECK(std::regex_match(name_uuid("interaction|1"), v5));
    CHECK(name_uuid("interaction|1") == name_uuid("interaction|1"));
    CHECK(name_uuid("interaction|1") != name_uuid("interaction|2"));
}

TEST_CASE("Times are UTC with milliseconds, durations ISO 8601", "[xapi]") {
    CHECK(format_utc(0) == "1970-01-01T00:00:00.000Z");
    CHECK(format_utc(1'767'225'600'123) == "2026-01-01T00:00:00.123Z");
    CHECK(format_date(1'767'225'599'999) == "2025-12-31");
    CHECK(parse_utc("2026-01-01T00:00:00.123Z") == 1'767'225'600'123);
    CHECK_FALSE(parse_utc("2026-02-30T00:00:00.000Z"));
    CHECK_FALSE(parse_utc("2026-01-01 00:00:00"));
    CHECK(format_duration(0) == "PT0S");
    CHECK(format_duration(42'500) == "PT42.5S");
    CHECK(format_duration(3'723'040) == "PT1H2M3.04S");
    CHECK(format_duration(3'600'000) == "PT1H");
    CHECK(format_duration(-5) == "PT0S");
}

TEST_CASE("Statements say who by an opaque account and never carry a reflection", "[xapi]") {
    Course course = test::small_course();
    Screen reflection;
    reflection.id = "think";
    reflection.kind = ScreenKind::Reflection;
    Question question;
    question.kind = ScreenKind::Reflection;
    question.body = ReflectionTask{};
    reflection.question = question;
    course.modules[0].screens.push_back(reflection);

    LearnerHistory history;
    history.standing.learner = {"A-1", "Ann Example", "North", 1};
    history.standing.course_id = course.id;
    history.sittings = {{1, 1'000, 61'000}};
    InteractionRecord answered{7, "A-1", course.id, {}};
    answered.answer = {"m1/q1", "", "single-choice", "choice", {"b"}, {{"b"}}, Verdict::Correct, 1.0, 1, 500, 2'000};
    InteractionRecord private_note{8, "A-1", course.id, {}};
    private_note.answer = {"m1/think", "", "reflection", "long-fill-in", {"my own words"}, {}, Verdict::Ungraded, 0, 1,
                           500, 3'000};
    history.interactions = {answered, private_note};
    const XapiSettings settings{"https://acme.example/xapi/", "https://lms.acme.example", "Primer test", "ed25519:1"};

    auto statements = xapi_statements(course, history, settings);
    REQUIRE(statements.size() == 3);  // initialized, answered, suspended
    for (const auto& statement : statements) {
        CHECK(statement["actor"] == nlohmann::json{{"objectType", "Agent"},
                                                   {"account", {{"homePage", "https://lms.acme.example"}, {"name", "A-1"}}}});
        CHECK(statement.dump().find("my own words") == std::string::npos);
    }
    CHECK(statements[1]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered");
    CHECK(statements[1]["object"]["id"] == "https://acme.example/xapi/small/m1/q1");
    CHECK(statements[1]["result"]["response"] == "b");
    CHECK(statements[2]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/suspended");
    CHECK(statements[2]["result"]["duration"] == "PT1M");
    // Built again from the same records, every statement is the same, id and all.
    CHECK(xapi_statements(course, history, settings) == statements);
}

TEST_CASE("A screen skipped from a content note is a skipped statement about that screen", "[xapi]") {
    Course course = test::small_course();
    LearnerHistory history;
    history.standing.learner = {"A-1", "Ann Example", "North", 1};
    history.standing.course_id = course.id;
    history.events = {{3, "screen-skipped", "m1/q1", "{}", 4'000}};
    const XapiSettings settings{"https://acme.example/xapi/", "https://lms.acme.example", "Primer test", "ed25519:1"};

    auto statements = xapi_statements(course, history, settings);
    REQUIRE(statements.size() == 1);
    CHECK(statements[0]["verb"] == nlohmann::json{{"id", "http://id.tincanapi.com/verb/skipped"},
                                                  {"display", {{"en-US", "skipped"}}}});
    CHECK(statements[0]["object"]["id"] == "https://acme.example/xapi/small/m1/q1");
    CHECK(statements[0]["timestamp"] == "1970-01-01T00:00:04.000Z");
}

TEST_CASE("An assessment's passed or failed statement scores it in points: one a question", "[xapi]") {
    Course course = test::small_course();
    LearnerHistory history;
    history.standing.learner = {"A-1", "Ann Example", "North", 1};
    history.standing.course_id = course.id;
    // 15 questions drawn, 12.5 points (a half-right answer among them): 0.8333...
    const std::string fifteen = R"({"number":1,"questions":["a","b","c","d","e","f","g","h","i","j","k","l","m","n","o"]})";
    history.events = {{1, "attempt-started", "m2/end", fifteen, 1'000},
                      {2, "attempt-submitted", "m2/end", R"({"number":1,"score":0.8333333333333334,"passed":true})", 9'000},
                      // a submission whose start is missing keeps the 0..1 scale
                      {3, "attempt-submitted", "m2/end", R"({"number":2,"score":0.5,"passed":false})", 19'000}};
    const XapiSettings settings{"https://acme.example/xapi/", "https://lms.acme.example", "Primer test", "ed25519:1"};

    const auto statements = xapi_statements(course, history, settings);
    REQUIRE(statements.size() == 2);
    CHECK(statements[0]["verb"]["display"]["en-US"] == "passed");
    CHECK(statements[0]["result"]["score"] ==
          nlohmann::json{{"scaled", 0.8333333333333334}, {"raw", 12.5}, {"min", 0}, {"max", 15}});
    CHECK(statements[1]["verb"]["display"]["en-US"] == "failed");
    CHECK(statements[1]["result"]["score"] == nlohmann::json{{"scaled", 0.5}, {"raw", 0.5}, {"min", 0}, {"max", 1}});
}

TEST_CASE("clock faces: minutes and seconds, hours from an hour, nothing below zero", "[time]") {
    CHECK(format_clock(0) == "0:00");
    CHECK(format_clock(5) == "0:05");
    CHECK(format_clock(754) == "12:34");
    CHECK(format_clock(3599) == "59:59");
    CHECK(format_clock(3723) == "1:02:03");
    CHECK(format_clock(-7) == "0:00");
}
