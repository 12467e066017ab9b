// The signed completion carries the score in points (form 2), and records signed before it
// (form 1) still verify as they were signed: through the store, its migration, and a
// certificate's payload.
#include "certificate.hpp"
#include "completion_record.hpp"
#include "completion_standing.hpp"
#include "completion_verifier.hpp"
#include "signing.hpp"
#include "store.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace primer;
namespace fs = std::filesystem;

namespace {

CompletionRecord unsigned_record(int form) {
    CompletionRecord record;
    record.learner_id = "A-1";
    record.course_id = "family-environment";
    record.course_version = "1.0.0";
    record.completed_at = 1'767'225'600'123;
    record.success = "passed";
    record.score_scaled = 13.0 / 15;
    if (form == kSignedFormWithPoints) {
        record.score_raw = 13;
        record.score_min = 0;
        record.score_max = 15;
    }
    record.attempts = 2;
    record.time_spent = 5'400'000;
    record.recorded_at = 1'767'225'600'200;
    record.key_id = "ed25519:0123456789abcdef";
    record.signed_form = form;
    return record;
}

std::unique_ptr<SigningKey> make_key(const fs::path& file) {
    std::string error;
    auto key = SigningKey::load_or_create(file, error);
    INFO(error);
    REQUIRE(key);
    return key;
}

CompletionRecord signed_record(const SigningKey& key, int form) {
    CompletionRecord record = unsigned_record(form);
    record.key_id = key.key_id();
    record.signature = key.sign(signed_message(record));
    return record;
}

// Through the one check every report and `primer verify` use.
bool verifies(const SigningKey& key, const CompletionRecord& record) {
    return CompletionVerifier(nullptr, key.public_key()).problem(record).empty();
}

// Runs SQL on the database as someone editing the file by hand would.
void edit_database(const fs::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.string().c_str(), &db) == SQLITE_OK);
    char* message = nullptr;
    const int status = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(status == SQLITE_OK);
}

}  // namespace

TEST_CASE("Form 1 signs the same bytes as before the points, and form 2 adds them", "[records]") {
    // The bytes every record signed before form 2 covers: they must never change.
    CHECK(signed_message(unsigned_record(kSignedFormScaledOnly)) ==
          R"(["primer-completion/1","A-1","family-environment","1.0.0",1767225600123,"passed","0.8667",2,5400000,)"
          R"(1767225600200,"ed25519:0123456789abcdef"])");
    CHECK(signed_message(unsigned_record(kSignedFormWithPoints)) ==
          R"(["primer-completion/2","A-1","family-environment","1.0.0",1767225600123,"passed","0.8667","13","0",)"
          R"("15",2,5400000,1767225600200,"ed25519:0123456789abcdef"])");
    CompletionRecord unscored = unsigned_record(kSignedFormWithPoints);
    unscored.success = "unknown";
    unscored.score_scaled.reset();
    unscored.score_raw.reset();
    unscored.score_min.reset();
    unscored.score_max.reset();
    CHECK(signed_message(unscored) == R"(["primer-completion/2","A-1","family-environment","1.0.0",1767225600123,)"
                                      R"("unknown","","","","",2,5400000,1767225600200,"ed25519:0123456789abcdef"])");

    CHECK(points_text(12.5) == "12.5");
    CHECK(points_text(15) == "15");
    CHECK(points_text(0) == "0");
    CHECK(points_text(12.333333) == "12.33");
    CHECK(points_text(12.499999999) == "12.5");
}

TEST_CASE("A form-2 completion verifies, and an edited point or form makes it fail", "[records]") {
    test::TempDir dir;
    auto key = make_key(dir / "signing.key");
    const CompletionRecord record = signed_record(*key, kSignedFormWithPoints);
    CHECK(verifies(*key, record));

    auto still_valid = [&](auto edit) {
        CompletionRecord edited = record;
        edit(edited);
        return verifies(*key, edited);
    };
    CHECK_FALSE(still_valid([](CompletionRecord& r) { r.score_raw = 14; }));
    CHECK_FALSE(still_valid([](CompletionRecord& r) { r.score_min = 1; }));
    CHECK_FALSE(still_valid([](CompletionRecord& r) { r.score_max = 13; }));
    CHECK_FALSE(still_valid([](CompletionRecord& r) { r.score_raw.reset(); }));
    CHECK_FALSE(still_valid([](CompletionRecord& r) { r.signed_form = kSignedFormScaledOnly; }));
    CHECK_FALSE(still_valid([](CompletionRecord& r) { r.success = "failed"; }));
    // Points are signed as text with two decimals, so printing them differently does not matter.
    CHECK(still_valid([](CompletionRecord& r) { r.score_raw = 13.000000001; }));

    // A form-1 record cannot be passed off as form 2 with points added.
    const CompletionRecord old = signed_record(*key, kSignedFormScaledOnly);
    CHECK(verifies(*key, old));
    CompletionRecord dressed_up = old;
    dressed_up.signed_form = kSignedFormWithPoints;
    dressed_up.score_raw = 13;
    dressed_up.score_min = 0;
    dressed_up.score_max = 15;
    CHECK_FALSE(verifies(*key, dressed_up));

    // Nor can it stay form 1 and gain points its signature never covered.
    for (auto add : {+[](CompletionRecord& r) { r.score_raw = 15; }, +[](CompletionRecord& r) { r.score_min = 0; },
                     +[](CompletionRecord& r) { r.score_max = 15; }}) {
        CompletionRecord with_points = old;
        add(with_points);
        CHECK_FALSE(verifies(*key, with_points));
    }
}

TEST_CASE("A failed form-2 signature names the score field that was changed and its signed value", "[records]") {
    test::TempDir dir;
    auto key = make_key(dir / "signing.key");
    const CompletionRecord record = signed_record(*key, kSignedFormWithPoints);
    auto holds = [&](const CompletionRecord& r) { return verifies(*key, r); };
    auto changed = [&](auto edit, std::string expected_value) {
        CompletionRecord edited = record;
        edit(edited);
        std::string signed_value;
        const std::string field = changed_score_field(edited, holds, signed_value);
        CHECK(signed_value == (field.empty() ? "" : expected_value));
        return field;
    };
    CHECK(changed([](CompletionRecord& r) { r.score_raw = 15; }, "13") == "score_raw");
    CHECK(changed([](CompletionRecord& r) { r.score_max = 13; }, "15") == "score_max");
    CHECK(changed([](CompletionRecord& r) { r.score_min = 2; }, "0") == "score_min");
    CHECK(changed([](CompletionRecord& r) { r.score_scaled = 1.0; }, "0.8667") == "score_scaled");
    // Another field changed: no score field explains it.
    CHECK(changed([](CompletionRecord& r) { r.success = "failed"; }, "").empty());
    // Two score fields changed together to agree with each other: none can be named.
    CHECK(changed([](CompletionRecord& r) {
        r.score_raw = 15;
        r.score_scaled = 1.0;
    }, "").empty());
}

TEST_CASE("The standing signs the deciding attempt's score in points", "[records]") {
    Screen exam;
    exam.id = "exam";
    exam.kind = ScreenKind::Assessment;
    exam.assessment = Assessment{};
    Course course;
    course.id = "exam-course";
    course.version = "1";
    Module only;
    only.id = "m";
    only.screens = {exam};
    course.modules = {only};

    auto attempt = [](int number, int questions, double score, bool passed) {
        AssessmentAttempt a;
        a.number = number;
        for (int i = 0; i < questions; ++i) a.questions.push_back("q" + std::to_string(i));
        a.started_at = number * 10;
        a.submitted_at = number * 10 + 5;
        a.score = score;
        a.passed = passed;
        return a;
    };
    AssessmentAttempt open_attempt = attempt(2, 20, 0, false);
    open_attempt.submitted_at = 0;
    struct Case {
        const char* what;
        std::vector<AssessmentAttempt> attempts;
        const char* success;
        std::optional<double> scaled, raw, max;
    };
    const std::vector<Case> cases = {
        {"no attempt", {}, "unknown", {}, {}, {}},
        {"a pass after a fail: the pass decides, partial credit in points",
         {attempt(1, 15, 0.4, false), attempt(2, 15, 12.5 / 15, true)}, "passed", 12.5 / 15, 12.5, 15},
        {"two fails: the better one decides",
         {attempt(1, 10, 0.3, false), attempt(2, 10, 0.6, false)}, "failed", 0.6, 6, 10},
        {"an open attempt counts for nothing", {attempt(1, 4, 1.0, true), open_attempt}, "passed", 1.0, 4, 4},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        Progress progress;
        progress.assessments["m/exam"] = c.attempts;
        CompletionRecord record;
        fill_standing(course, progress, record);
        CHECK(record.success == c.success);
        CHECK(record.score_scaled == c.scaled);
        CHECK(record.score_raw == c.raw);
        CHECK(record.score_max == c.max);
        CHECK(record.score_min == (c.scaled ? std::optional<double>(0) : std::nullopt));
        CHECK(record.signed_form == kSignedFormWithPoints);
    }
}

TEST_CASE("A completion signed in form 1 before schema 9 still verifies after the migration", "[records]") {
    test::TempDir dir;
    const fs::path file = dir / "primer.sqlite3";
    auto key = make_key(dir / "signing.key");
    const CompletionRecord old = signed_record(*key, kSignedFormScaledOnly);
    test::store_at_schema(file, 8,
                          "INSERT INTO learners VALUES ('A-1', 'Ann', 'Org', 1, 2);"
                          "INSERT INTO progress VALUES ('A-1', 'family-environment', '1.0.0', 'm/exam', 1, 2, "
                          "1767225600123, '{}');"
                          "INSERT INTO signing_keys VALUES ('" + key->key_id() + "', '" + key->public_key() + "', 1);"
                          "INSERT INTO completions (learner_id, course_id, course_version, completed_at_ms, success,"
                          " score_scaled, attempts, time_spent_ms, recorded_at_ms, key_id, signature) VALUES"
                          " ('A-1', 'family-environment', '1.0.0', 1767225600123, 'passed', " +
                              std::to_string(*old.score_scaled) + ", 2, 5400000, 1767225600200, '" + old.key_id +
                              "', '" + old.signature + "');");
    std::string error;
    auto store = Store::open(file, error);
    INFO(error);
    REQUIRE(store);
    CHECK(store->schema_version() == 9);

    auto migrated = store->latest_completion("A-1", "family-environment");
    REQUIRE(migrated);
    CHECK(migrated->signed_form == kSignedFormScaledOnly);
    CHECK_FALSE(migrated->score_raw);
    CHECK_FALSE(migrated->score_max);
    CHECK(verifies(*key, *migrated));

    // A later completion is signed in form 2 beside it, and both read back exactly.
    CompletionRecord later = signed_record(*key, kSignedFormWithPoints);
    later.recorded_at += 1000;
    later.signature = key->sign(signed_message(later));
    REQUIRE(store->add_completion(later, key->public_key()));
    std::vector<CompletionRecord> read;
    REQUIRE(store->for_each_completion([&](const CompletionRecord& r) {
        read.push_back(r);
        return true;
    }));
    REQUIRE(read.size() == 2);
    CHECK(read[0].signed_form == kSignedFormScaledOnly);
    CHECK(read[1] == later);
    for (const CompletionRecord& r : read) CHECK(verifies(*key, r));
}

TEST_CASE("An edited score_raw in a form-2 database row fails and is named", "[records]") {
    test::TempDir dir;
    const fs::path file = dir / "primer.sqlite3";
    auto key = make_key(dir / "signing.key");
    {
        std::string error;
        auto store = Store::open(file, error);
        REQUIRE(store);
        REQUIRE(store->save_learner(Learner{"A-1", "Ann", "", 1}));
        Progress progress;
        progress.course_id = "family-environment";
        REQUIRE(store->record("A-1", progress, {}));
        REQUIRE(store->add_completion(signed_record(*key, kSignedFormWithPoints), key->public_key()));
    }
    // Someone editing the file by hand has to lift the append-only guard first.
    edit_database(file, "DROP TRIGGER completions_never_change; UPDATE completions SET score_raw = 15;");
    std::string error;
    auto store = Store::open(file, error);
    REQUIRE(store);
    auto edited = store->latest_completion("A-1", "family-environment");
    REQUIRE(edited);
    CHECK(edited->score_raw == 15);
    CHECK_FALSE(verifies(*key, *edited));
    std::string signed_value;
    CHECK(changed_score_field(*edited, [&](const CompletionRecord& r) { return verifies(*key, r); }, signed_value) ==
          "score_raw");
    CHECK(signed_value == "13");
}

TEST_CASE("A certificate carries its record in the form it was signed in", "[records]") {
    test::TempDir dir;
    auto key = make_key(dir / "signing.key");
    for (int form : {kSignedFormScaledOnly, kSignedFormWithPoints}) {
        INFO("form " << form);
        const CompletionRecord record = signed_record(*key, form);
        auto carried = parse_certificate_payload(certificate_payload(record));
        REQUIRE(carried);
        CHECK(*carried == record);
        CHECK(verifies(*key, *carried));
    }
}
