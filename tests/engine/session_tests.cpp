// A session saves after every command, so a restart resumes exactly, and a failed save
// loses nothing once saving works again.
#include "session.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace primer;

namespace {

void run_sql(const test::TempDir& dir, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(database_path(dir.path()).string().c_str(), &db) == SQLITE_OK);
    char* message = nullptr;
    int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

const Learner kLearner{"s-100", "Sam Patel", "Northshire Council", 1};

// What every test starts from: an empty data folder, the small course and a clock.
struct Setting {
    test::TempDir dir;
    Course course = test::small_course();
    ManualClock clock{1'700'000'000'000};

    // Opens the store in the folder, with the learner saved (as sign-in would).
    std::unique_ptr<Store> open_store() const {
        std::string error;
        auto store = Store::open(database_path(dir.path()), error);
        INFO(error);
        REQUIRE(store);
        REQUIRE(store->save_learner(kLearner));
        return store;
    }

    std::unique_ptr<Session> open_session(Store& store, const SigningKey* signer = nullptr) const {
        std::string error;
        auto session = Session::open(course, store, kLearner, clock, 7, signer, error);
        INFO(error);
        REQUIRE(session);
        return session;
    }
};

}  // namespace

TEST_CASE("a restarted session resumes at the same screen with its answers", "[session]") {
    Setting setting;
    {
        auto store = setting.open_store();
        auto session = setting.open_session(*store);
        session->submit(Start{});
        session->submit(Next{});
        setting.clock.advance(9000);
        REQUIRE(session->submit(Answer{"m1/q1", {"a"}, 9000, {}}).accepted());
        CHECK(session->save_error().empty());
    }  // the "crash": nothing but what the store holds survives

    auto store = setting.open_store();
    auto resumed = setting.open_session(*store);
    CHECK(resumed->progress().current == "m1/q1");
    REQUIRE(resumed->progress().answers.count("m1/q1"));
    CHECK(resumed->progress().answers.at("m1/q1").response == std::vector<std::string>{"a"});
    CHECK(resumed->progress().answers.at("m1/q1").attempts == 1);

    auto records = store->interactions(kLearner.id, setting.course.id);
    REQUIRE(records.size() == 1);
    CHECK(records[0].answer.screen == "m1/q1");
    CHECK(records[0].answer.response == std::vector<std::string>{"a"});
    CHECK(records[0].answer.correct_responses == std::vector<Response>{{"b"}});
    CHECK_FALSE(records[0].answer.success());
    CHECK(records[0].answer.duration == 9000);
    CHECK(records[0].answer.at == 1'700'000'009'000);
}

TEST_CASE("a failed save keeps the progress and writes it with the next command", "[session]") {
    Setting setting;
    auto store = setting.open_store();
    auto session = setting.open_session(*store);
    session->submit(Start{});
    session->submit(Next{});

    run_sql(setting.dir,
            "CREATE TRIGGER disk_full BEFORE INSERT ON interactions BEGIN SELECT RAISE(ABORT, 'disk is full'); END;");
    REQUIRE(session->submit(Answer{"m1/q1", {"b"}, 1000, {}}).accepted());
    CHECK_FALSE(session->save_error().empty());
    CHECK(session->progress().answers.at("m1/q1").correct());  // kept in memory
    CHECK(store->interactions(kLearner.id, setting.course.id).empty());

    run_sql(setting.dir, "DROP TRIGGER disk_full;");
    REQUIRE(session->submit(Next{}).accepted());
    CHECK(session->save_error().empty());
    auto records = store->interactions(kLearner.id, setting.course.id);
    REQUIRE(records.size() == 1);
    CHECK(records[0].answer.success());
    auto saved = store->load_progress(kLearner.id, setting.course.id);
    REQUIRE(saved);
    CHECK(*saved == session->progress());
}

TEST_CASE("a failed save can be retried without a new command", "[session]") {
    Setting setting;
    auto store = setting.open_store();
    auto session = setting.open_session(*store);
    run_sql(setting.dir, "CREATE TRIGGER disk_full BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'disk is full'); END;");
    session->submit(Start{});
    CHECK_FALSE(session->retry_save());
    run_sql(setting.dir, "DROP TRIGGER disk_full;");
    CHECK(session->retry_save());
    CHECK(session->save_error().empty());
    CHECK(store->load_progress(kLearner.id, setting.course.id)->current == "m1/intro");
}

TEST_CASE("saved progress that cannot be read is never overwritten", "[session]") {
    Setting setting;
    {
        auto store = setting.open_store();
        auto session = setting.open_session(*store);
        session->submit(Start{});
    }
    // As if a newer Primer had saved this learner's progress in a format we cannot read.
    run_sql(setting.dir, "UPDATE progress SET state_json = '{\"format\": 9}';");

    auto store = setting.open_store();
    std::string error;
    CHECK(Session::open(setting.course, *store, kLearner, setting.clock, 7, nullptr, error) == nullptr);
    CHECK_THAT(error, Catch::Contains("could not be read"));
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(database_path(setting.dir.path()).string().c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT state_json FROM progress", -1, &statement, nullptr);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))) == "{\"format\": 9}");
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

TEST_CASE("a signing session signs the completion once, with the time spent over its sittings", "[session]") {
    Setting setting;
    std::string error;
    auto key = SigningKey::load_or_create(setting.dir / "signing.key", error);
    REQUIRE(key);
    auto store = setting.open_store();
    {
        auto first = setting.open_session(*store, key.get());
        first->submit(Start{});
        setting.clock.advance(60'000);
        first->submit(Next{});
    }
    setting.clock.advance(3'600'000);  // a break between sittings does not count
    auto session = setting.open_session(*store, key.get());
    session->submit(Start{});
    REQUIRE(session->submit(Answer{"m1/q1", {"b"}, 1000, {}}).accepted());
    CHECK_FALSE(store->latest_completion(kLearner.id, setting.course.id));  // nothing to attest yet
    for (const Command& step : {Command{Next{}}, Command{Next{}}, Command{Next{}}}) session->submit(step);
    setting.clock.advance(30'000);
    REQUIRE(session->submit(Answer{"m2/q2", {"x"}, 1000, {}}).accepted());
    REQUIRE(session->submit(Next{}).accepted());
    REQUIRE(session->progress().completed_at != 0);

    auto signed_record = store->latest_completion(kLearner.id, setting.course.id);
    REQUIRE(signed_record);
    CHECK(signed_record->completed_at == session->progress().completed_at);
    CHECK(signed_record->success == "unknown");  // this course has no assessment
    CHECK(signed_record->time_spent == 90'000);
    CHECK(verify_signature(key->public_key(), signed_message(*signed_record), signed_record->signature));

    session->submit(Back{});
    session->submit(Next{});  // the standing is unchanged, so no second record
    int completions = 0;
    store->for_each_standing("", [&](const Standing& standing) {
        completions += standing.completion ? 1 : 0;
        return true;
    });
    CHECK(completions == 1);
    CHECK(store->latest_completion(kLearner.id, setting.course.id)->recorded_at == signed_record->recorded_at);
}

TEST_CASE("a break ends the sitting, so the time away is not counted, and acting again starts a new one",
          "[session]") {
    Setting setting;
    auto store = setting.open_store();
    auto session = setting.open_session(*store);
    session->submit(Start{});
    setting.clock.advance(40'000);
    session->take_break();
    CHECK(session->on_break());
    setting.clock.advance(2 * 3'600'000);  // two hours away
    session->end_break();
    CHECK_FALSE(session->on_break());
    setting.clock.advance(20'000);
    REQUIRE(session->submit(Next{}).accepted());

    const std::vector<Sitting> sittings = store->sittings(kLearner.id, setting.course.id);
    REQUIRE(sittings.size() == 2);
    CHECK(sittings[0].last_active_at - sittings[0].started_at == 40'000);
    CHECK(sittings[0].ended_at == sittings[0].last_active_at);  // closed: its end can be reported at once
    CHECK(sittings[1].started_at == sittings[0].last_active_at + 2 * 3'600'000);
    CHECK(store->time_spent(kLearner.id, setting.course.id) == 60'000);

    // A command during a break (the learner acted without pressing "Carry on") ends it too.
    session->take_break();
    setting.clock.advance(60'000);
    REQUIRE(session->submit(Back{}).accepted());
    CHECK_FALSE(session->on_break());
    CHECK(store->sittings(kLearner.id, setting.course.id).size() == 3);
}
