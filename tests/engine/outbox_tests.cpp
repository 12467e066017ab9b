// The LRS outbox: statements queued once with their exact bytes, and sent in batches to a
// fake LRS that keeps xAPI's statement-resource rules, through every kind of answer.
#include "lrs_sync.hpp"
#include "session.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <deque>
#include <map>
#include <sstream>

using namespace primer;
using Catch::Matchers::Contains;
using Json = nlohmann::json;

namespace {

const XapiSettings kXapi{"https://courses.example.org/xapi/", "https://lms.example.org", "Primer test", "ed25519:test"};

// An LRS in memory: a batch is stored whole or refused whole; a statement whose verb id
// is not an IRI is invalid (400); an id it holds with other content is a conflict (409).
class FakeLrs : public LrsTransport {
public:
    std::map<std::string, std::string> held;  // id -> statement as stored
    std::deque<LrsResponse> scripted;          // answered first, in order, storing nothing
    bool conflict_on_resend = false;           // 409 even for the same content (the spec allows it)
    int posts = 0;
    std::vector<std::size_t> batch_sizes;

    LrsResponse post_statements(const std::string& body) override {
        ++posts;
        Json statements = Json::parse(body);
        batch_sizes.push_back(statements.size());
        if (!scripted.empty()) {
            LrsResponse next = scripted.front();
            scripted.pop_front();
            return next;
        }
        for (const Json& s : statements) {
            if (s["verb"]["id"].get<std::string>().find(':') == std::string::npos)
                return {400, "", false, {}, R"({"message":"verb.id must be an IRI"})"};
            auto found = held.find(s["id"]);
            if (found != held.end() && (found->second != s.dump() || conflict_on_resend))
                return {409, "", false, {}, "taken"};
        }
        for (const Json& s : statements) held.emplace(s["id"], s.dump());
        return {200, "", false, {}, "[]"};
    }

    LrsResponse get_statement(const std::string& id) override {
        auto found = held.find(id);
        if (found == held.end()) return {404, "", false, {}, ""};
        Json stored = Json::parse(found->second);
        stored["stored"] = "2026-01-01T00:00:00.000Z";
        return {200, "", false, {}, stored.dump()};
    }
};

struct Outbox {
    test::TempDir dir;
    Course course = test::small_course();
    ManualClock clock{1'800'000'000'000};
    std::unique_ptr<Store> store;
    FakeLrs lrs;
    std::function<double()> random = [] { return 0.5; };
    SendOptions options;

    Outbox() {
        std::string error;
        store = Store::open(database_path(dir.path()), error);
        INFO(error);
        REQUIRE(store);
        options.batch_size = 4;
    }

    // A learner plays the first module through a session, which then closes.
    void play(const std::string& learner) {
        REQUIRE(store->save_learner({learner, "", "", clock.now()}));
        std::string error;
        auto session = Session::open(course, *store, {learner, "", "", clock.now()}, clock, 7, nullptr, error);
        REQUIRE(session);
        session->submit(Start{});
        session->submit(Next{});
        clock.advance(5000);
        REQUIRE(session->submit(Answer{"m1/q1", {"b"}, 5000, {}}).accepted());
        session->submit(Next{});
    }

    int fill() {
        int added = 0;
        REQUIRE(fill_outbox(*store, course, kXapi, clock.now(), added));
        return added;
    }

    SendResult send() { return send_outbox(*store, lrs, options, clock, random, "lrs.example.org"); }

    OutboxCounts counts() {
        OutboxCounts c;
        REQUIRE(store->outbox_counts(clock.now(), c));
        return c;
    }

    void sql(const std::string& text) {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(database_path(dir.path()).string().c_str(), &db) == SQLITE_OK);
        char* message = nullptr;
        const int rc = sqlite3_exec(db, text.c_str(), nullptr, nullptr, &message);
        INFO((message ? message : ""));
        sqlite3_free(message);
        sqlite3_close(db);
        REQUIRE(rc == SQLITE_OK);
    }

    std::vector<std::string> exported() {
        std::ostringstream out;
        ExportCount count;
        REQUIRE(write_xapi(*store, course, {}, kXapi, false, out, count));
        std::vector<std::string> lines;
        std::istringstream in(out.str());
        for (std::string line; std::getline(in, line);) lines.push_back(line);
        return lines;
    }
};

std::vector<std::string> bytes_of(const std::vector<OutboxItem>& items) {
    std::vector<std::string> bytes;
    for (const OutboxItem& item : items) bytes.push_back(item.statement);
    return bytes;
}

}  // namespace

TEST_CASE("The outbox holds each statement once, exactly as first written", "[outbox]") {
    Outbox box;
    REQUIRE(box.store->save_learner({"s1", "", "", 1}));
    int added = 0;
    REQUIRE(box.store->queue_statements("s1", "small", {{"a", R"({"id":"a","n":1.50})"}, {"b", R"({"id":"b"})"}}, 5, added));
    REQUIRE(box.store->queue_statements("s1", "small", {{"a", R"({"id":"a","n":2})"}, {"c", R"({"id":"c"})"}}, 6, added));
    CHECK(added == 3);
    const auto items = box.store->due_statements(10, 100);
    REQUIRE(items.size() == 3);
    CHECK(items[0].statement == R"({"id":"a","n":1.50})");  // never re-serialized, not even a number
    CHECK(items[2].statement_id == "c");
    CHECK(box.counts().waiting == 3);
    // The bytes and ids are fixed; only the delivery state moves.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(database_path(box.dir.path()).string().c_str(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "UPDATE outbox SET statement = '{}'", nullptr, nullptr, nullptr) != SQLITE_OK);
    CHECK(sqlite3_exec(db, "UPDATE outbox SET statement_id = 'z'", nullptr, nullptr, nullptr) != SQLITE_OK);
    CHECK(sqlite3_exec(db, "UPDATE outbox SET state = 'lost'", nullptr, nullptr, nullptr) != SQLITE_OK);
    CHECK(sqlite3_exec(db, "UPDATE outbox SET state = 'sent'", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

TEST_CASE("Filling queues what an export writes, byte for byte, and never twice", "[outbox]") {
    Outbox box;
    box.play("s1");
    box.play("s2");
    const int added = box.fill();
    CHECK(added > 8);
    CHECK(box.fill() == 0);
    std::vector<std::string> queued = bytes_of(box.store->due_statements(box.clock.now(), 1000));
    std::vector<std::string> exported = box.exported();
    std::sort(queued.begin(), queued.end());
    std::sort(exported.begin(), exported.end());
    CHECK(queued == exported);
}

TEST_CASE("A sitting still under way waits for its end statement; it is queued once the sitting ends", "[outbox]") {
    Outbox box;
    REQUIRE(box.store->save_learner({"s1", "", "", 1}));
    std::string error;
    auto session = Session::open(box.course, *box.store, {"s1", "", "", 1}, box.clock, 7, nullptr, error);
    REQUIRE(session);
    session->submit(Start{});
    const int while_open = box.fill();
    CHECK(while_open == static_cast<int>(box.exported().size()) - 1);  // all but "suspended"
    session.reset();
    CHECK(box.fill() == 1);
    const auto items = box.store->due_statements(box.clock.now(), 1000);
    CHECK_THAT(items.back().statement, Contains("/verbs/suspended"));

    // A sitting the player never closed (a crash) counts as over after the grace period.
    auto crashed = Session::open(box.course, *box.store, {"s1", "", "", 1}, box.clock, 7, nullptr, error);
    REQUIRE(crashed);
    box.sql("UPDATE sittings SET ended_at_ms = NULL");
    const int before = box.fill();
    CHECK(before == 1);  // the second sitting's "resumed"
    box.clock.advance(kOpenSittingGrace + 1);
    CHECK(box.fill() == 1);
}

TEST_CASE("Waiting statements go in batches, oldest first, and are marked sent", "[outbox]") {
    Outbox box;
    box.play("s1");
    const int queued = box.fill();
    std::vector<std::pair<int, int>> progress;
    const SendResult result = send_outbox(*box.store, box.lrs, box.options, box.clock, box.random, "lrs.example.org",
                                          [&](int done, int total) { progress.emplace_back(done, total); });
    CHECK(result.sent == queued);
    CHECK_FALSE(result.waiting_on_lrs);
    CHECK_FALSE(result.stopped);
    CHECK(box.lrs.held.size() == static_cast<std::size_t>(queued));
    CHECK(box.lrs.posts == (queued + 3) / 4);
    CHECK(box.lrs.batch_sizes.front() == 4);
    REQUIRE_FALSE(progress.empty());
    CHECK(progress.back() == std::make_pair(queued, queued));
    CHECK(box.counts().sent == queued);
    CHECK(box.counts().waiting == 0);
    // Nothing new: nothing sent.
    CHECK(box.fill() == 0);
    CHECK(box.send().sent == 0);
    CHECK(box.lrs.posts == (queued + 3) / 4);
}

TEST_CASE("An unreachable LRS leaves every statement waiting, with a backoff the next run honours", "[outbox]") {
    Outbox box;
    box.play("s1");
    const int queued = box.fill();
    box.lrs.scripted = {{0, "Could not connect to server", false, {}, ""}};
    SendResult result = box.send();
    CHECK(result.waiting_on_lrs);
    CHECK(result.sent == 0);
    CHECK_THAT(result.problem, Contains("the LRS at lrs.example.org could not be reached: Could not connect to server"));
    CHECK(box.lrs.posts == 1);  // one failure ends the run: no hammering
    OutboxCounts counts = box.counts();
    CHECK(counts.waiting == queued);
    CHECK(counts.due == queued - 4);  // the first batch waits 22.5 s; the rest were not tried
    CHECK(counts.next_attempt_at == box.clock.now() + 22'500);
    CHECK_THAT(counts.last_error, Contains("could not be reached"));

    box.clock.advance(10'000);
    CHECK(box.send().sent == queued - 4);  // the untried ones go; the failed batch waits
    box.clock.advance(12'500);
    CHECK(box.send().sent == 4);
    CHECK(box.counts().waiting == 0);
    CHECK(box.lrs.held.size() == static_cast<std::size_t>(queued));
}

TEST_CASE("A second failure waits twice as long; a person's run tries at once", "[outbox]") {
    Outbox box;
    box.play("s1");
    box.fill();
    box.options.batch_size = 100;
    box.lrs.scripted = {{503, "", false, {}, ""}, {503, "", false, {}, ""}};
    box.send();
    box.clock.advance(22'500);
    box.send();
    CHECK(box.counts().next_attempt_at == box.clock.now() + 45'000);
    box.options.honour_backoff = false;
    CHECK(box.send().waiting_on_lrs == false);
    CHECK(box.counts().waiting == 0);
}

TEST_CASE("429 with Retry-After: the statements wait as long as the LRS asked", "[outbox]") {
    Outbox box;
    box.play("s1");
    box.fill();
    box.lrs.scripted = {{429, "", false, 7'000, ""}};
    CHECK(box.send().waiting_on_lrs);
    CHECK(box.counts().next_attempt_at == box.clock.now() + 7'000);
}

TEST_CASE("An invalid statement is found in its batch and quarantined with the LRS's reason; the rest are sent",
          "[outbox]") {
    Outbox box;
    box.play("s1");
    const int queued = box.fill();
    box.options.batch_size = 100;
    const std::string bad_id = box.store->due_statements(box.clock.now(), 3)[2].statement_id;
    box.sql("DROP TRIGGER outbox_statements_never_change;"
            "UPDATE outbox SET statement = replace(statement, 'http://adlnet.gov/expapi/verbs/', 'verb-') WHERE statement_id = '" +
            bad_id + "'");
    const SendResult result = box.send();
    CHECK(result.sent == queued - 1);
    CHECK(result.quarantined == 1);
    CHECK_FALSE(result.stopped);
    CHECK(box.lrs.held.size() == static_cast<std::size_t>(queued - 1));
    CHECK_FALSE(box.lrs.held.count(bad_id));
    const auto quarantined = box.store->outbox_items(OutboxState::Quarantined);
    REQUIRE(quarantined.size() == 1);
    CHECK(quarantined[0].statement_id == bad_id);
    CHECK(quarantined[0].last_error == "the LRS refused it as invalid (HTTP 400: verb.id must be an IRI)");
    // It is never sent again.
    const int posts = box.lrs.posts;
    box.send();
    CHECK(box.lrs.posts == posts);
}

TEST_CASE("401 stops the run with a sentence; nothing is sent or retried, and the reason is kept", "[outbox]") {
    Outbox box;
    box.play("s1");
    const int queued = box.fill();
    box.lrs.scripted = {{401, "", false, {}, ""}};
    const SendResult result = box.send();
    CHECK(result.stopped);
    CHECK_THAT(result.problem, Contains("refused the username and password in lrs.toml"));
    CHECK(box.lrs.posts == 1);
    CHECK(box.counts().waiting == queued);
    CHECK(box.counts().due == queued);
    CHECK(box.store->due_statements(box.clock.now(), 1)[0].attempts == 0);
    // The reason is kept for the manager view, which cannot see the run's output.
    CHECK(box.counts().stopped == result.problem);
}

TEST_CASE("A stop's reason stays until a later run gets further", "[outbox]") {
    Outbox box;
    box.play("s1");
    box.options.batch_size = 100;  // one batch: every answer applies to every statement
    const int queued = box.fill();
    // An earlier wait leaves a retry time; the stop makes the statements due again.
    box.lrs.scripted = {{503, "", false, {}, ""}};
    box.send();
    CHECK(box.counts().stopped.empty());
    CHECK(box.counts().due == 0);
    box.options.honour_backoff = false;
    box.lrs.scripted = {{403, "", false, {}, ""}};
    const SendResult stopped = box.send();
    CHECK(box.counts().stopped == stopped.problem);
    CHECK(box.counts().due == queued);
    // A wait replaces it: the LRS took the credentials this time.
    box.lrs.scripted = {{503, "", false, {}, ""}};
    box.send();
    CHECK(box.counts().stopped.empty());
    CHECK_THAT(box.counts().last_error, Contains("is not available"));
    // Sent: nothing is left to explain.
    box.send();
    CHECK(box.counts().sent == queued);
    CHECK(box.counts().stopped.empty());
}

TEST_CASE("409: the same statement already held counts as sent; a different one is quarantined", "[outbox]") {
    Outbox box;
    box.play("s1");
    const int queued = box.fill();
    const auto items = box.store->due_statements(box.clock.now(), 1000);
    // The LRS already holds the first statement as we wrote it, and another under the second's id.
    box.lrs.held[items[0].statement_id] = Json::parse(items[0].statement).dump();
    Json other = Json::parse(items[1].statement);
    other["timestamp"] = "2020-01-01T00:00:00.000Z";
    box.lrs.held[items[1].statement_id] = other.dump();
    box.lrs.conflict_on_resend = true;
    const SendResult result = box.send();
    CHECK(result.sent == queued - 1);
    CHECK(result.quarantined == 1);
    const auto quarantined = box.store->outbox_items(OutboxState::Quarantined);
    REQUIRE(quarantined.size() == 1);
    CHECK(quarantined[0].statement_id == items[1].statement_id);
    CHECK_THAT(quarantined[0].last_error, Contains("already holds a different statement with this id"));
    CHECK(box.lrs.held[items[1].statement_id] == other.dump());  // the LRS's statement is left alone
}

TEST_CASE("A statement whose bytes lost their id is rejected, never sent", "[outbox]") {
    Outbox box;
    box.play("s1");
    const int queued = box.fill();
    const std::string id = box.store->due_statements(box.clock.now(), 1)[0].statement_id;
    box.sql("DROP TRIGGER outbox_statements_never_change;"
            "UPDATE outbox SET statement = replace(statement, '" + id + "', 'aaaaaaaa-0000-4000-8000-000000000000')");
    const SendResult result = box.send();
    CHECK(result.rejected == 1);
    CHECK(result.sent == queued - 1);
    CHECK(box.lrs.held.size() == static_cast<std::size_t>(queued - 1));
    const auto rejected = box.store->outbox_items(OutboxState::Rejected);
    REQUIRE(rejected.size() == 1);
    CHECK_THAT(rejected[0].last_error, Contains("its id does not match the id it was queued under"));
}

TEST_CASE("The player sends after a module, an assessment or the course is completed", "[outbox]") {
    CHECK(is_sync_point(ModuleCompleted{"m1"}));
    CHECK(is_sync_point(AttemptSubmitted{}));
    CHECK(is_sync_point(CourseCompleted{}));
    CHECK_FALSE(is_sync_point(ScreenEntered{}));
    CHECK_FALSE(is_sync_point(AnswerChecked{}));
}

TEST_CASE("A schema 3 file gains an empty outbox, and its sittings count as not ended", "[outbox]") {
    test::TempDir dir;
    const auto file = database_path(dir.path());
    test::store_at_schema(file, 3,
                          "INSERT INTO learners VALUES ('ann', 'Ann', '', 1, 2);"
                          "INSERT INTO sittings (learner_id, course_id, started_at_ms, last_active_at_ms)"
                          " VALUES ('ann', 'c', 10, 20);");
    std::string error;
    auto store = Store::open(file, error);
    REQUIRE(store);
    CHECK(store->schema_version() == Store::kSchemaVersion);
    const auto sittings = store->sittings("ann", "c");
    REQUIRE(sittings.size() == 1);
    CHECK(sittings[0].last_active_at == 20);
    CHECK(sittings[0].ended_at == 0);
    REQUIRE(store->end_sitting(sittings[0].id, 50));
    REQUIRE(store->end_sitting(sittings[0].id, 90));  // the first end stands
    CHECK(store->sittings("ann", "c")[0].ended_at == 50);
    CHECK(store->sittings("ann", "c")[0].last_active_at == 20);
    OutboxCounts counts;
    REQUIRE(store->outbox_counts(0, counts));
    CHECK(counts.waiting + counts.sent + counts.quarantined + counts.rejected == 0);
}
