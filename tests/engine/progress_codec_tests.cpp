#include "progress_codec.hpp"
#include "progress_migration.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <functional>

using namespace primer;
using Catch::Matchers::Contains;
using Json = nlohmann::json;

namespace {

Progress rich_progress() {
    Progress progress;
    progress.course_id = "safeguarding-ü";
    progress.course_version = "2.1-β";
    progress.current = "módulo-2/écran-3";
    progress.visited = {"módulo-1/intro", "módulo-2/écran-3", "模块/屏幕", "emoji/😀"};
    for (int i = 0; i < 40; ++i) {
        TaskAnswer answer;
        answer.response = {"option-" + std::to_string(i), "ответ"};
        answer.verdict = i % 3 == 0 ? Verdict::Correct : i % 3 == 1 ? Verdict::Partly : Verdict::Ungraded;
        answer.score = i % 3 == 0 ? 1.0 : i % 3 == 1 ? 0.375 : 0.0;
        answer.attempts = i % 4 + 1;
        answer.answered_at = 1'767'225'600'000 + i * 1000;
        progress.answers["m" + std::to_string(i % 5) + "/q-" + std::to_string(i) + "-ß"] = answer;
    }
    progress.answers["m9/empty"] = TaskAnswer{};
    progress.seed = 18446744073709551557u;  // the largest 64-bit prime: every bit must survive
    ConversationProgress& talk = progress.conversations["m2/talk"];
    talk.node = "after-tell";
    talk.variables = {{"trust", -2}, {"told", 1}};
    talk.path = {{"start", "listen", 1'767'225'600'500}, {"second", "", 1'767'225'600'900}};
    talk.endings = {"rushed", "well-handled"};
    AssessmentAttempt attempt;
    attempt.number = 2;
    attempt.questions = {"q-3", "q-1", "q-7"};
    attempt.answers["q-3"] = TaskAnswer{{"a[.]b", "c[.]d"}, Verdict::Partly, 0.5, 1, 1'767'225'700'000};
    attempt.started_at = 1'767'225'650'000;
    attempt.submitted_at = 1'767'225'750'000;
    attempt.time_allowed = 45 * 60'000;
    attempt.extensions = 1;
    attempt.score = 0.8;
    attempt.passed = true;
    progress.assessments["final/exam"] = {AssessmentAttempt{}, attempt};
    progress.skipped = {"m2/case-study", "m2/case-study-2"};
    progress.started_at = 1'767'225'000'123;
    progress.updated_at = 1'767'229'999'456;
    progress.completed_at = 1'767'230'000'789;
    return progress;
}

// A valid encoding with one change, for testing what decode refuses.
std::string edited(const std::function<void(Json&)>& edit) {
    Json document = Json::parse(encode_progress(rich_progress()));
    edit(document);
    return document.dump();
}

std::string decode_error(const std::string& text) {
    std::string error;
    const auto decoded = decode_progress(text, error);
    CHECK_FALSE(decoded.has_value());
    return error;
}

}  // namespace

TEST_CASE("Progress with every field set survives encoding and decoding", "[codec]") {
    const Progress original = rich_progress();
    const std::string text = encode_progress(original);
    CHECK(Json::parse(text).at("format") == kProgressFormat);
    CHECK_THAT(text, Contains("模块/屏幕"));  // stored as UTF-8, not \u escapes

    std::string error = "stale";
    const auto decoded = decode_progress(text, error);
    REQUIRE(decoded.has_value());
    CHECK(error.empty());
    CHECK(*decoded == original);
    CHECK(decoded->answers.size() == 41);
    CHECK(decoded->answers.at("m0/q-0-ß").response == std::vector<std::string>{"option-0", "ответ"});
    CHECK(decoded->completed_at == 1'767'230'000'789);
}

TEST_CASE("A progress that has not started round-trips too", "[codec]") {
    std::string error;
    const auto decoded = decode_progress(encode_progress(Progress{}), error);
    REQUIRE(decoded.has_value());
    CHECK(*decoded == Progress{});
}

TEST_CASE("Invalid UTF-8 in an id is replaced rather than thrown", "[codec]") {
    Progress progress;
    progress.course_id = "bad\xff";
    std::string text;
    REQUIRE_NOTHROW(text = encode_progress(progress));
    std::string error;
    const auto decoded = decode_progress(text, error);
    REQUIRE(decoded.has_value());
    CHECK(decoded->course_id == "bad\xEF\xBF\xBD");
}

TEST_CASE("Decoding refuses text that is not a progress record", "[codec]") {
    CHECK(decode_error("") ==
          "The saved progress is not valid JSON (the problem is near byte 1); it may have been damaged.");
    CHECK_THAT(decode_error("{\"format\": 1, "), Contains("not valid JSON"));
    CHECK_THAT(decode_error("garbage"), Contains("not valid JSON"));
    CHECK(decode_error("[1, 2]") == "The saved progress should be a JSON object, not a list.");
    CHECK(decode_error("{}") == "The saved progress lacks the field \"format\".");
    CHECK(decode_error("{\"format\": \"1\"}") ==
          "The saved progress has a wrong \"format\": it should be a whole number from 0 up, not text.");
}

TEST_CASE("Decoding names the field whose type is wrong", "[codec]") {
    CHECK(decode_error(edited([](Json& d) { d["visited"] = 42; })) ==
          "The saved progress has a wrong \"visited\": it should be a list of screen ids, not 42.");
    CHECK(decode_error(edited([](Json& d) { d["visited"] = Json::array({"a", 7}); })) ==
          "The saved progress has a wrong \"visited\": it should be a list of screen ids, not a list holding 7.");
    CHECK(decode_error(edited([](Json& d) { d["course_id"] = nullptr; })) ==
          "The saved progress has a wrong \"course_id\": it should be text, not null.");
    CHECK(decode_error(edited([](Json& d) { d["updated_at"] = 1.5; })) ==
          "The saved progress has a wrong \"updated_at\": it should be a whole number of milliseconds, not 1.5.");
    CHECK(decode_error(edited([](Json& d) { d.erase("completed_at"); })) ==
          "The saved progress lacks the field \"completed_at\".");
    CHECK(decode_error(edited([](Json& d) { d["answers"] = Json::array(); })) ==
          "The saved progress has a wrong \"answers\": it should be an object, not a list.");
    CHECK(decode_error(edited([](Json& d) { d["answers"]["m0/q-0-ß"] = true; })) ==
          "The list of saved answers has a wrong \"m0/q-0-ß\": it should be an object, not true.");
    CHECK(decode_error(edited([](Json& d) { d["answers"]["m0/q-0-ß"]["attempts"] = -1; })) ==
          "The saved answer for \"m0/q-0-ß\" has a wrong \"attempts\": "
          "it should be a whole number from 0 up, not -1.");
    CHECK(decode_error(edited([](Json& d) { d["answers"]["m0/q-0-ß"]["verdict"] = true; })) ==
          "The saved answer for \"m0/q-0-ß\" has a wrong \"verdict\": it should be text, not true.");
    CHECK_THAT(decode_error(edited([](Json& d) { d["started_at"] = 18446744073709551615u; })),
               Contains("\"started_at\": it should be a time Primer can hold"));
}

TEST_CASE("Decoding refuses a format it does not know", "[codec]") {
    CHECK(decode_error(edited([](Json& d) { d["format"] = 4; })) ==
          "The saved progress was written by a newer version of Primer (format 4; this version reads up to 3). "
          "Update Primer to resume it.");
    CHECK(decode_error(edited([](Json& d) { d["format"] = 0; })) ==
          "The saved progress has format 0, which no version of Primer wrote.");
}

TEST_CASE("A format 1 save reads as verdicts and scores, with no seed, conversations or assessments", "[codec]") {
    const std::string format_1 = R"({"format": 1, "course_id": "c", "course_version": "1", "current": "m/q2",
        "visited": ["m/q1", "m/q2"], "started_at": 10, "updated_at": 20, "completed_at": 0,
        "answers": {"m/q1": {"response": ["b"], "correct": true, "attempts": 2, "answered_at": 15},
                    "m/q2": {"response": ["a"], "correct": false, "attempts": 1, "answered_at": 18}}})";
    std::string error;
    const auto progress = decode_progress(format_1, error);
    INFO(error);
    REQUIRE(progress);
    CHECK(progress->answers.at("m/q1") == TaskAnswer{{"b"}, Verdict::Correct, 1.0, 2, 15});
    CHECK(progress->answers.at("m/q2") == TaskAnswer{{"a"}, Verdict::Incorrect, 0.0, 1, 18});
    CHECK(progress->seed == 0);
    CHECK(progress->conversations.empty());
    CHECK(progress->assessments.empty());
    CHECK(progress->skipped.empty());

    const std::string unreadable = R"({"format": 1, "course_id": "c", "course_version": "1", "current": "",
        "visited": [], "started_at": 0, "updated_at": 0, "completed_at": 0,
        "answers": {"m/q1": {"response": ["b"], "attempts": 2, "answered_at": 15}}})";
    CHECK(decode_error(unreadable) ==
          "The saved answer for \"m/q1\" cannot be upgraded: it does not say whether it was correct.");
}

TEST_CASE("A format 2 save reads with nothing skipped", "[codec]") {
    Json format_2 = Json::parse(encode_progress(rich_progress()));
    format_2["format"] = 2;
    format_2.erase("skipped");
    std::string error;
    const auto progress = decode_progress(format_2.dump(), error);
    INFO(error);
    REQUIRE(progress);
    CHECK(progress->skipped.empty());
    CHECK(progress->visited == rich_progress().visited);
}

TEST_CASE("Migration applies each step from the document's format, in order", "[codec]") {
    // Three fake steps stand in for formats 1 to 3, leaving the document in format 4.
    static constexpr ProgressMigration steps[] = {
        [](Json& d, std::string&) {
            d["trail"].push_back("1->2");
            return true;
        },
        [](Json& d, std::string&) {
            d["trail"].push_back("2->3");
            return true;
        },
        [](Json& d, std::string&) {
            d["trail"].push_back("3->4");
            return true;
        },
    };
    std::string error;

    Json from_one = {{"format", 1}};
    REQUIRE(migrate_progress(from_one, 1, steps, error));
    CHECK(from_one["trail"] == Json::array({"1->2", "2->3", "3->4"}));
    CHECK(from_one["format"] == 4);

    Json from_three = {{"format", 3}};
    REQUIRE(migrate_progress(from_three, 3, steps, error));
    CHECK(from_three["trail"] == Json::array({"3->4"}));
    CHECK(from_three["format"] == 4);

    Json current = {{"format", 4}};
    REQUIRE(migrate_progress(current, 4, steps, error));
    CHECK_FALSE(current.contains("trail"));

    Json future = {{"format", 5}};
    CHECK_FALSE(migrate_progress(future, 5, steps, error));
    CHECK(error == "The saved progress has format 5, which no version of Primer wrote.");
}

TEST_CASE("A failing migration step stops the upgrade with its reason", "[codec]") {
    static constexpr ProgressMigration steps[] = {
        [](Json& d, std::string&) {
            d["trail"].push_back("1->2");
            return true;
        },
        [](Json&, std::string& error) {
            error = "Format 2 answers cannot be split.";
            return false;
        },
        [](Json& d, std::string&) {
            d["trail"].push_back("3->4");
            return true;
        },
    };
    Json document = {{"format", 1}};
    std::string error;
    CHECK_FALSE(migrate_progress(document, 1, steps, error));
    CHECK(error == "Format 2 answers cannot be split.");
    CHECK(document["trail"] == Json::array({"1->2"}));
}
