#include "progress_codec.hpp"
#include "store.hpp"
#include "store_schema.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <fstream>
#include <iterator>

using namespace primer;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

// Looks at the file through a connection of its own, as a report tool or sqlite3 would.
class RawDatabase {
public:
    explicit RawDatabase(const fs::path& file) { sqlite3_open(file.string().c_str(), &m_db); }
    ~RawDatabase() { sqlite3_close(m_db); }
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    bool execute(const std::string& sql) {
        return sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }

    // Runs one statement with `text` bound to ?1.
    bool execute(const std::string& sql, const std::string& text) {
        sqlite3_stmt* statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
        sqlite3_bind_text(statement, 1, text.c_str(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        const bool done = sqlite3_step(statement) == SQLITE_DONE;
        sqlite3_finalize(statement);
        return done;
    }

    // Every row of the result, its columns joined with '|', as the sqlite3 shell prints them.
    std::vector<std::string> rows(const std::string& sql) {
        std::vector<std::string> result;
        sqlite3_stmt* statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            std::string row;
            for (int column = 0; column < sqlite3_column_count(statement); ++column) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
                row += (column > 0 ? "|" : "") + std::string(text != nullptr ? text : "NULL");
            }
            result.push_back(row);
        }
        sqlite3_finalize(statement);
        return result;
    }

    std::string value(const std::string& sql) {
        const auto result = rows(sql);
        REQUIRE(result.size() == 1);
        return result.front();
    }

    sqlite3* handle() { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

std::string bytes_of(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> names_in(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::unique_ptr<Store> open_store(const fs::path& file) {
    std::string error;
    auto store = Store::open(file, error);
    INFO(error);
    REQUIRE(store);
    CHECK(error.empty());
    return store;
}

Learner learner(const std::string& id, Millis created_at) { return {id, "Name of " + id, "Org", created_at}; }

Progress progress_in(const std::string& course_id, Millis updated_at) {
    Progress progress;
    progress.course_id = course_id;
    progress.course_version = "3";
    progress.current = "m1/q1";
    progress.visited = {"m1/intro", "m1/q1"};
    progress.answers["m1/q1"] = TaskAnswer{{"b"}, Verdict::Correct, 1.0, 2, updated_at - 5};
    progress.started_at = 1000;
    progress.updated_at = updated_at;
    return progress;
}

AnswerChecked answer_to(const std::string& screen, int attempt, Millis at) {
    AnswerChecked answer;
    answer.screen = screen;
    answer.kind = "multiple-choice";
    answer.response = {"a", "c", "ü"};
    answer.correct_responses = {{"a", "b"}};
    answer.verdict = Verdict::Partly;
    answer.part = "q7";
    answer.interaction_type = "choice";
    answer.score = 0.5;
    answer.attempt = attempt;
    answer.duration = 4200;
    answer.at = at;
    return answer;
}

}  // namespace

TEST_CASE("A new store is created, in new folders, with the current schema", "[store]") {
    test::TempDir dir;
    const fs::path file = database_path(dir / "a" / "b");
    CHECK(file == dir.path() / "a" / "b" / "primer.sqlite3");
    {
        auto store = open_store(file);
        CHECK(store->schema_version() == Store::kSchemaVersion);
        CHECK(store->learners().empty());
    }
    // A clean close folds the write-ahead log back into the one file.
    CHECK(names_in(file.parent_path()) == std::vector<std::string>{"primer.sqlite3"});
    RawDatabase raw(file);
    CHECK(raw.value("PRAGMA user_version") == std::to_string(Store::kSchemaVersion));
    CHECK(raw.value("PRAGMA application_id") == std::to_string(kStoreApplicationId));
    CHECK(raw.value("PRAGMA journal_mode") == "wal");
    CHECK(raw.rows("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name") ==
          std::vector<std::string>{"comfort_settings", "completions", "events", "interactions", "learners", "outbox", "progress",
                                      "signing_keys", "sittings"});
}

TEST_CASE("Learners are saved once, updated in place, and listed most recently active first", "[store]") {
    test::TempDir dir;
    auto store = open_store(dir / "primer.sqlite3");
    REQUIRE(store->save_learner(learner("ann", 100)));
    REQUIRE(store->save_learner(learner("bob", 200)));
    REQUIRE(store->save_learner(learner("cat", 150)));
    auto ids = [&] {
        std::vector<std::string> result;
        for (const Learner& each : store->learners()) result.push_back(each.id);
        return result;
    };
    CHECK(ids() == std::vector<std::string>{"bob", "cat", "ann"});

    REQUIRE(store->record("ann", progress_in("course", 900), {}));
    CHECK(ids() == std::vector<std::string>{"ann", "bob", "cat"});

    REQUIRE(store->save_learner({"ann", "Ann Smith-Ó", "New Org", 5000}));
    const auto ann = store->find_learner("ann");
    REQUIRE(ann);
    CHECK(ann->name == "Ann Smith-Ó");
    CHECK(ann->organisation == "New Org");
    CHECK(ann->created_at == 100);  // when they first came does not move
    CHECK(store->learners().size() == 3);

    CHECK_FALSE(store->find_learner("nobody"));
    CHECK(store->last_error().empty());
    CHECK_FALSE(store->save_learner(learner("", 1)));
    CHECK(store->last_error() == "A learner needs a staff id; nothing was saved.");
}

TEST_CASE("Progress survives closing and reopening the store", "[store]") {
    test::TempDir dir;
    const fs::path file = dir / "primer.sqlite3";
    Progress saved = progress_in("safeguarding", 5000);
    saved.answers["m2/q2"] = TaskAnswer{{"x", "y"}, Verdict::Partly, 0.5, 1, 4000};
    saved.completed_at = 5000;
    {
        auto store = open_store(file);
        REQUIRE(store->save_learner(learner("ann", 100)));
        CHECK_FALSE(store->load_progress("ann", "safeguarding"));
        CHECK(store->last_error().empty());
        REQUIRE(store->record("ann", saved, {}));
    }
    auto store = open_store(file);
    const auto loaded = store->load_progress("ann", "safeguarding");
    REQUIRE(loaded);
    CHECK(*loaded == saved);
    CHECK_FALSE(store->load_progress("ann", "other-course"));

    RawDatabase raw(file);
    CHECK(raw.value("SELECT course_version, current_screen, started_at_ms, updated_at_ms, completed_at_ms"
                    " FROM progress") == "3|m1/q1|1000|5000|5000");
    CHECK(raw.value("SELECT state_json FROM progress") == encode_progress(saved));
}

TEST_CASE("Recording stores every field of each checked answer, and the other events", "[store]") {
    test::TempDir dir;
    const fs::path file = dir / "primer.sqlite3";
    auto store = open_store(file);
    REQUIRE(store->save_learner(learner("ann", 100)));
    const std::vector<Event> events = {ScreenEntered{"m1/q1"}, answer_to("m1/q1", 1, 7001), answer_to("m1/q1", 2, 7002),
                                       ScreenSkipped{"m1/q2"}, ModuleCompleted{"m1"}, CourseCompleted{}};
    REQUIRE(store->record("ann", progress_in("course", 7010), events));
    REQUIRE(store->record("ann", progress_in("other", 7020), {answer_to("x/y", 1, 7003)}));

    const auto answers = store->interactions("ann", "course");
    REQUIRE(answers.size() == 2);
    const InteractionRecord& first = answers[0];
    CHECK(first.learner_id == "ann");
    CHECK(first.course_id == "course");
    CHECK(first.answer.screen == "m1/q1");
    CHECK(first.answer.kind == "multiple-choice");
    CHECK(first.answer.response == std::vector<std::string>{"a", "c", "ü"});
    CHECK(first.answer.correct_responses == std::vector<Response>{{"a", "b"}});
    CHECK(first.answer.verdict == Verdict::Partly);
    CHECK(first.answer.part == "q7");
    CHECK(first.answer.interaction_type == "choice");
    CHECK(first.answer.score == 0.5);
    CHECK(first.answer.attempt == 1);
    CHECK(first.answer.duration == 4200);
    CHECK(first.answer.at == 7001);
    CHECK(answers[1].answer.attempt == 2);
    CHECK(answers[1].answer.at == 7002);
    CHECK(store->interactions("ann", "other").size() == 1);
    CHECK(store->interactions("bob", "course").empty());

    RawDatabase raw(file);
    CHECK(raw.rows("SELECT course_id, course_version, kind, subject, at_ms FROM events ORDER BY id") ==
          std::vector<std::string>{"course|3|screen-entered|m1/q1|7010", "course|3|screen-skipped|m1/q2|7010",
                                   "course|3|module-completed|m1|7010",
                                   "course|3|course-completed|course|7010"});
    CHECK(raw.value("SELECT response_json || ' ' || success || ' ' || course_version FROM interactions LIMIT 1") ==
          R"(["a","c","ü"] 0 3)");
}

TEST_CASE("A record is saved all or nothing", "[store]") {
    test::TempDir dir;
    const fs::path file = dir / "primer.sqlite3";
    auto store = open_store(file);
    REQUIRE(store->save_learner(learner("ann", 100)));
    REQUIRE(store->save_learner(learner("bob", 200)));
    const Progress before = progress_in("course", 300);
    REQUIRE(store->record("ann", before, {answer_to("m1/q1", 1, 299)}));

    // The last event breaks a CHECK constraint after the progress, the learner and two
    // events were already written inside the transaction.
    AnswerChecked impossible = answer_to("m1/q1", 2, 400);
    impossible.score = 1.5;
    Progress after = progress_in("course", 400);
    after.current = "m1/wrap";
    CHECK_FALSE(store->record("ann", after, {ScreenEntered{"m1/wrap"}, answer_to("m1/q1", 2, 399), impossible}));
    CHECK_THAT(store->last_error(), Contains("could not save the progress of \"ann\" in course \"course\""));
    CHECK_THAT(store->last_error(), Contains(file.string()));
    CHECK_THAT(store->last_error(), Contains("CHECK constraint failed"));

    const auto loaded = store->load_progress("ann", "course");
    REQUIRE(loaded);
    CHECK(*loaded == before);
    CHECK(store->interactions("ann", "course").size() == 1);
    RawDatabase raw(file);
    CHECK(raw.value("SELECT count(*) FROM events") == "0");
    CHECK(raw.value("SELECT last_active_at_ms FROM learners WHERE id = 'ann'") == "300");

    // The store is still usable after the failure.
    REQUIRE(store->record("ann", after, {ScreenEntered{"m1/wrap"}}));
    CHECK(store->last_error().empty());
    CHECK(raw.value("SELECT count(*) FROM events") == "1");
}

TEST_CASE("Progress for a learner who was never saved is refused", "[store]") {
    test::TempDir dir;
    auto store = open_store(dir / "primer.sqlite3");
    CHECK_FALSE(store->record("ghost", progress_in("course", 10), {answer_to("m1/q1", 1, 9)}));
    CHECK_THAT(store->last_error(), Contains("no learner with that staff id"));
    CHECK_FALSE(store->load_progress("ghost", "course"));
    CHECK(store->interactions("ghost", "course").empty());
}

TEST_CASE("Checked answers and events can be neither changed nor deleted", "[store]") {
    test::TempDir dir;
    const fs::path file = dir / "primer.sqlite3";
    auto store = open_store(file);
    REQUIRE(store->save_learner(learner("ann", 100)));
    REQUIRE(store->record("ann", progress_in("course", 300), {answer_to("m1/q1", 1, 299), ModuleCompleted{"m1"}}));

    RawDatabase raw(file);
    CHECK_FALSE(raw.execute("UPDATE interactions SET success = 1"));
    CHECK_FALSE(raw.execute("DELETE FROM interactions"));
    CHECK_FALSE(raw.execute("UPDATE events SET subject = 'm2'"));
    CHECK_FALSE(raw.execute("DELETE FROM events"));
    CHECK(raw.value("SELECT count(*) || ' ' || sum(success) FROM interactions") == "1 0");
    CHECK(raw.value("SELECT subject FROM events") == "m1");
}

TEST_CASE("Progress that cannot be decoded loads as nothing, with the reason", "[store]") {
    test::TempDir dir;
    const fs::path file = dir / "primer.sqlite3";
    auto store = open_store(file);
    REQUIRE(store->save_learner(learner("ann", 100)));
    REQUIRE(store->record("ann", progress_in("course", 300), {}));
    RawDatabase raw(file);

    REQUIRE(raw.execute("UPDATE progress SET state_json = ?1", R"({"format": 9})"));
    CHECK_FALSE(store->load_progress("ann", "course"));
    CHECK_THAT(store->last_error(), Contains("The saved progress of \"ann\" in course \"course\""));
    CHECK_THAT(store->last_error(), Contains("written by a newer version of Primer (format 9"));

    REQUIRE(raw.execute("UPDATE progress SET state_json = ?1", encode_progress(progress_in("elsewhere", 300))));
    CHECK_FALSE(store->load_progress("ann", "course"));
    CHECK_THAT(store->last_error(), Contains("It belongs to course \"elsewhere\"."));
}

TEST_CASE("A file from a newer Primer is refused and left untouched", "[store]") {
    test::TempDir dir;
    const fs::path file = dir / "primer.sqlite3";
    {
        RawDatabase newer(file);
        REQUIRE(newer.execute("CREATE TABLE learners (id TEXT, nickname TEXT); INSERT INTO learners VALUES ('a', 'b');"
                              "PRAGMA user_version = 99; PRAGMA application_id = " +
                              std::to_string(kStoreApplicationId)));
    }
    const std::string bytes = bytes_of(file);
    const auto names = names_in(dir.path());

    std::string error;
    CHECK_FALSE(Store::open(file, error));
    CHECK(error == "The data in " + file.string() +
                       " was written by a newer version of Primer (schema 99; this version reads up to " + std::to_string(Store::kSchemaVersion) + "). "
                       "Update Primer to open it.");
    CHECK(bytes_of(file) == bytes);
    CHECK(names_in(dir.path()) == names);
}

TEST_CASE("A file that is not a SQLite database is refused and left untouched", "[store]") {
    test::TempDir dir;
    const fs::path file = dir / "primer.sqlite3";
    const std::string text = "These are my notes, not a database. " + std::string(200, 'x');
    test::write_file(file, text);

    std::string error;
    CHECK_FALSE(Store::open(file, error));
    CHECK(error == file.string() + " is not a Primer record file: it is not a SQLite database. Primer left it "
                                   "untouched; move it aside or choose another data folder.");
    CHECK(bytes_of(file) == text);
    CHECK(names_in(dir.path()) == std::vector<std::string>{"primer.sqlite3"});
}

TEST_CASE("Another program's SQLite database is refused and left untouched", "[store]") {
    test::TempDir dir;
    const fs::path file = dir / "primer.sqlite3";
    {
        RawDatabase other(file);
        REQUIRE(other.execute("CREATE TABLE recipes (name TEXT)"));
    }
    const std::string bytes = bytes_of(file);
    std::string error;
    CHECK_FALSE(Store::open(file, error));
    CHECK_THAT(error, Contains("belongs to another program"));
    CHECK_THAT(error, Contains(file.string()));
    CHECK(bytes_of(file) == bytes);
}

TEST_CASE("An empty database of schema 0 is migrated to the current schema", "[store]") {
    test::TempDir dir;
    const fs::path file = dir / "primer.sqlite3";
    {
        RawDatabase empty(file);
        REQUIRE(empty.execute("CREATE TABLE scratch (x); DROP TABLE scratch;"));
        REQUIRE(empty.value("PRAGMA user_version") == "0");
    }
    REQUIRE(fs::file_size(file) > 0);
    auto store = open_store(file);
    CHECK(store->schema_version() == Store::kSchemaVersion);
    REQUIRE(store->save_learner(learner("ann", 100)));
    REQUIRE(store->record("ann", progress_in("course", 300), {answer_to("m1/q1", 1, 299)}));
    CHECK(store->interactions("ann", "course").size() == 1);
}

TEST_CASE("A schema 1 file keeps every record when it moves to the current schema", "[store]") {
    test::TempDir dir;
    const fs::path file = dir / "primer.sqlite3";
    {
        RawDatabase old(file);
        std::string failure;
        REQUIRE(migrate_store(old.handle(), failure, 1));
        REQUIRE(old.execute("INSERT INTO learners VALUES ('ann', 'Ann', '', 1, 2);"
                            "INSERT INTO progress VALUES ('ann', 'c', '1', 'm/q', 1, 2, NULL, '{}');"
                            "INSERT INTO interactions (learner_id, course_id, course_version, screen, kind,"
                            " response_json, correct_pattern_json, success, score, attempt, duration_ms, at_ms)"
                            " VALUES ('ann', 'c', '1', 'm/q', 'single-choice', '[\"a\"]', '[\"b\"]', 0, 0, 1, 5, 7),"
                            "        ('ann', 'c', '1', 'm/q', 'single-choice', '[\"b\"]', '[\"b\"]', 1, 1, 2, 5, 9);"
                            "INSERT INTO events (learner_id, course_id, course_version, kind, subject, at_ms)"
                            " VALUES ('ann', 'c', '1', 'screen-entered', 'm/q', 3);"));
    }
    auto store = open_store(file);
    CHECK(store->schema_version() == Store::kSchemaVersion);
    const auto records = store->interactions("ann", "c");
    REQUIRE(records.size() == 2);
    CHECK(records[0].answer.verdict == Verdict::Incorrect);
    CHECK(records[1].answer.verdict == Verdict::Correct);
    CHECK(records[0].answer.correct_responses == std::vector<Response>{{"b"}});
    CHECK(records[0].answer.part.empty());
    CHECK(records[0].answer.interaction_type == "choice");
    RawDatabase raw(file);
    CHECK(raw.value("SELECT kind || ' ' || subject || ' ' || detail_json FROM events") == "screen-entered m/q {}");
    CHECK_FALSE(raw.execute("UPDATE interactions SET verdict = 'correct'"));
    CHECK_FALSE(raw.execute("DELETE FROM events"));
}

TEST_CASE("Two stores on one file see each other's saves", "[store]") {
    test::TempDir dir;
    const fs::path file = dir / "primer.sqlite3";
    auto player = open_store(file);
    auto report = open_store(file);
    REQUIRE(player->save_learner(learner("ann", 100)));
    REQUIRE(player->record("ann", progress_in("course", 300), {answer_to("m1/q1", 1, 299)}));
    CHECK(report->find_learner("ann"));
    CHECK(report->interactions("ann", "course").size() == 1);
}
