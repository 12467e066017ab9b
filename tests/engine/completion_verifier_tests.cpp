// A stored completion is trusted only while it matches its signature under a key the
// records know: the check `primer verify`, `primer report`, `primer export` and the
// manager view share (completion_verifier.hpp).
#include "completion_verifier.hpp"
#include "course_report.hpp"
#include "csv_export.hpp"
#include "signing.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <functional>
#include <sstream>

using namespace primer;

namespace {

CompletionRecord signed_by(const SigningKey& key, const std::string& learner) {
    CompletionRecord record;
    record.learner_id = learner;
    record.course_id = "course";
    record.course_version = "1";
    record.completed_at = 1'772'323'200'000;
    record.success = "failed";
    record.score_scaled = 0.4;
    record.attempts = 2;
    record.time_spent = 3'600'000;
    record.recorded_at = record.completed_at;
    record.key_id = key.key_id();
    record.signature = key.sign(signed_message(record));
    return record;
}

// A learner who has completed "course", as the player records one before their completion.
void add_learner(Store& store, const std::string& id) {
    REQUIRE(store.save_learner(Learner{id, "Learner " + id, "North", 1}));
    Progress progress;
    progress.course_id = "course";
    progress.course_version = "1";
    progress.started_at = 1;
    progress.updated_at = 2;
    progress.completed_at = 2;
    REQUIRE(store.record(id, progress, {}));
}

// Runs SQL on the database behind the store's back, as someone editing the file would.
void edit_database(const std::filesystem::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int result = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(result == SQLITE_OK);
}

}  // namespace

TEST_CASE("A completion is verified against the store's key for it, and any edit is caught", "[verify]") {
    test::TempDir dir;
    std::string error;
    auto store = Store::open(dir / "primer.sqlite3", error);
    REQUIRE(store);
    auto key = SigningKey::load_or_create(dir / "signing.key", error);
    auto other = SigningKey::load_or_create(dir / "other.key", error);
    REQUIRE(key);
    REQUIRE(other);
    add_learner(*store, "A-1");
    INFO(store->last_error());
    REQUIRE(store->add_completion(signed_by(*key, "A-1"), key->public_key()));

    struct Case {
        const char* name;
        std::function<void(CompletionRecord&)> change;
        const char* problem;  // empty: valid
    };
    const Case cases[] = {
        {"as signed", [](CompletionRecord&) {}, ""},
        {"score edited", [](CompletionRecord& r) { r.score_scaled = 0.9; }, "does not match its signature"},
        {"result edited", [](CompletionRecord& r) { r.success = "passed"; }, "does not match its signature"},
        {"learner edited", [](CompletionRecord& r) { r.learner_id = "B-2"; }, "does not match its signature"},
        {"signed with a key the records do not know", [&](CompletionRecord& r) { r = signed_by(*other, "A-1"); },
         "which these records do not know"},
        {"signature swapped for another record's",
         [&](CompletionRecord& r) { r.signature = signed_by(*key, "B-2").signature; }, "does not match its signature"},
    };
    CompletionVerifier verifier(store.get());
    for (const Case& c : cases) {
        INFO(c.name);
        CompletionRecord record = signed_by(*key, "A-1");
        c.change(record);
        const std::string problem = verifier.problem(record);
        if (std::string(c.problem).empty())
            CHECK(problem.empty());
        else
            CHECK_THAT(problem, Catch::Contains(c.problem));
    }
    // With a key given, that key alone decides.
    CHECK(CompletionVerifier(nullptr, other->public_key()).problem(signed_by(*other, "A-1")).empty());
    CHECK_THAT(CompletionVerifier(nullptr, other->public_key()).problem(signed_by(*key, "A-1")),
               Catch::Contains("which is not the key given"));
}

TEST_CASE("A completion row edited in the database is counted by the report and the export, never dropped",
          "[verify][report]") {
    test::TempDir dir;
    std::string error;
    auto key = SigningKey::load_or_create(dir / "signing.key", error);
    REQUIRE(key);
    {
        auto store = Store::open(dir / "primer.sqlite3", error);
        REQUIRE(store);
        for (const char* id : {"A-1", "B-2", "C-3"}) {
            add_learner(*store, id);
            REQUIRE(store->add_completion(signed_by(*key, id), key->public_key()));
        }
    }
    // B-2's failure made a pass, past the trigger that refuses edits.
    edit_database(dir / "primer.sqlite3", "DROP TRIGGER completions_never_change;"
                                          "UPDATE completions SET success = 'passed', score_scaled = 0.95 "
                                          "WHERE learner_id = 'B-2';");
    auto store = Store::open(dir / "primer.sqlite3", error);
    REQUIRE(store);

    CourseReport report;
    REQUIRE(build_report(*store, ExportFilter{"course", "", "", 0, 0}, report));
    CHECK(report.passed == 1);  // still counted, as the records say
    CHECK(report.unverified == 1);
    REQUIRE(report.unverified_named.size() == 1);
    CHECK(report.unverified_named[0].learner_id == "B-2");
    CHECK(report.unverified_named[0].learner_name == "Learner B-2");
    CHECK(report.unverified_named[0].course_id == "course");
    CHECK_THAT(report.unverified_named[0].problem, Catch::Contains("does not match its signature"));

    const CsvPreset& preset = *find_csv_preset("primer");
    for (bool verified_only : {false, true}) {
        INFO("verified only: " << verified_only);
        std::ostringstream out;
        ExportCount count;
        REQUIRE(write_csv(*store, preset, ExportFilter{"course", "", "", 0, 0}, out, count, verified_only));
        CHECK(count.unverified_rows == 1);
        CHECK(count.unverified_learners == std::vector<std::string>{"B-2"});
        CHECK(count.rows == (verified_only ? 2 : 3));
        CHECK((out.str().find("\r\nB-2,") != std::string::npos) == !verified_only);
    }
}
