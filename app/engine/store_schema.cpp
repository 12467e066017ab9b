#include "store_schema.hpp"

#include "sqlite_statement.hpp"
#include "store.hpp"

#include <array>

namespace primer {
namespace {

// Schema 1. Design rules for this and every later step:
// - learners and progress hold the present; interactions and events are the history,
//   append-only (triggers refuse UPDATE and DELETE), so reports and exports always agree
//   with what the learner did.
// - progress.state_json (the progress codec's text) is what a resume reads; the columns
//   beside it repeat the fields reports filter and sort on.
// - Times are integer milliseconds since the Unix epoch, UTC; NULL means "not yet".
// - Every history row names the course version it was answered in, because a screen id
//   may hold a different question after a content update.
// - STRICT tables and CHECKs keep bad values out however a row is written.
constexpr const char* kSchema1 = R"sql(
CREATE TABLE learners (
    id                TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    name              TEXT NOT NULL,
    organisation      TEXT NOT NULL,
    created_at_ms     INTEGER NOT NULL,
    last_active_at_ms INTEGER NOT NULL
) STRICT;
CREATE INDEX learners_by_activity ON learners (last_active_at_ms DESC);

CREATE TABLE progress (
    learner_id      TEXT NOT NULL REFERENCES learners (id),
    course_id       TEXT NOT NULL CHECK (course_id <> ''),
    course_version  TEXT NOT NULL,
    current_screen  TEXT NOT NULL,
    started_at_ms   INTEGER NOT NULL,
    updated_at_ms   INTEGER NOT NULL,
    completed_at_ms INTEGER,
    state_json      TEXT NOT NULL CHECK (json_valid(state_json)),
    PRIMARY KEY (learner_id, course_id)
) STRICT;
CREATE INDEX progress_by_course ON progress (course_id, completed_at_ms);

CREATE TABLE interactions (
    id                   INTEGER PRIMARY KEY,
    learner_id           TEXT NOT NULL,
    course_id            TEXT NOT NULL,
    course_version       TEXT NOT NULL,
    screen               TEXT NOT NULL CHECK (screen <> ''),
    kind                 TEXT NOT NULL,
    response_json        TEXT NOT NULL CHECK (json_valid(response_json) AND json_type(response_json) = 'array'),
    correct_pattern_json TEXT NOT NULL
                         CHECK (json_valid(correct_pattern_json) AND json_type(correct_pattern_json) = 'array'),
    success              INTEGER NOT NULL CHECK (success IN (0, 1)),
    score                REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
    attempt              INTEGER NOT NULL CHECK (attempt >= 1),
    duration_ms          INTEGER NOT NULL CHECK (duration_ms >= 0),
    at_ms                INTEGER NOT NULL,
    FOREIGN KEY (learner_id, course_id) REFERENCES progress (learner_id, course_id)
) STRICT;
CREATE INDEX interactions_by_learner ON interactions (learner_id, course_id);
CREATE INDEX interactions_by_course ON interactions (course_id, screen);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    learner_id     TEXT NOT NULL,
    course_id      TEXT NOT NULL,
    course_version TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('screen-entered', 'module-completed', 'course-completed')),
    subject        TEXT NOT NULL,
    at_ms          INTEGER NOT NULL,
    FOREIGN KEY (learner_id, course_id) REFERENCES progress (learner_id, course_id)
) STRICT;
CREATE INDEX events_by_learner ON events (learner_id, course_id);
CREATE INDEX events_by_course ON events (course_id, kind, at_ms);

CREATE TRIGGER interactions_never_change BEFORE UPDATE ON interactions
BEGIN SELECT RAISE(ABORT, 'interactions are a record and are never changed'); END;
CREATE TRIGGER interactions_never_deleted BEFORE DELETE ON interactions
BEGIN SELECT RAISE(ABORT, 'interactions are a record and are never deleted'); END;
CREATE TRIGGER events_never_change BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are a record and are never changed'); END;
CREATE TRIGGER events_never_deleted BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are a record and are never deleted'); END;

PRAGMA application_id = 1349675373;
)sql";

// Schema 2: task kinds beyond single choice, conversations and assessments.
// - An interaction names its part (assessment question or conversation node), its
//   cmi.interaction type and its verdict (partly right is neither success nor failure).
// - correct_responses_json lists every fully correct response (fill-in blanks accept
//   several), so schema 1's single pattern becomes a list of one.
// - Events gain the conversation and assessment kinds and a detail_json for what they carry.
// The history stays append-only: the triggers are lifted only for this one rewrite.
constexpr const char* kSchema2 = R"sql(
DROP TRIGGER interactions_never_change;
ALTER TABLE interactions RENAME COLUMN correct_pattern_json TO correct_responses_json;
ALTER TABLE interactions ADD COLUMN part TEXT NOT NULL DEFAULT '';
ALTER TABLE interactions ADD COLUMN interaction_type TEXT NOT NULL DEFAULT 'choice';
ALTER TABLE interactions ADD COLUMN verdict TEXT NOT NULL DEFAULT 'incorrect'
    CHECK (verdict IN ('correct', 'partly', 'incorrect', 'ungraded'));
UPDATE interactions SET verdict = CASE success WHEN 1 THEN 'correct' ELSE 'incorrect' END,
                        correct_responses_json = json_array(json(correct_responses_json));
CREATE TRIGGER interactions_never_change BEFORE UPDATE ON interactions
BEGIN SELECT RAISE(ABORT, 'interactions are a record and are never changed'); END;

CREATE TABLE events_2 (
    id             INTEGER PRIMARY KEY,
    learner_id     TEXT NOT NULL,
    course_id      TEXT NOT NULL,
    course_version TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('screen-entered', 'module-completed', 'course-completed',
                                                 'conversation-ended', 'attempt-started', 'time-extended',
                                                 'attempt-submitted')),
    subject        TEXT NOT NULL,
    detail_json    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail_json) AND json_type(detail_json) = 'object'),
    at_ms          INTEGER NOT NULL,
    FOREIGN KEY (learner_id, course_id) REFERENCES progress (learner_id, course_id)
) STRICT;
INSERT INTO events_2 (id, learner_id, course_id, course_version, kind, subject, at_ms)
    SELECT id, learner_id, course_id, course_version, kind, subject, at_ms FROM events;
DROP TABLE events;
ALTER TABLE events_2 RENAME TO events;
CREATE INDEX events_by_learner ON events (learner_id, course_id);
CREATE INDEX events_by_course ON events (course_id, kind, at_ms);
CREATE TRIGGER events_never_change BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are a record and are never changed'); END;
CREATE TRIGGER events_never_deleted BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are a record and are never deleted'); END;
)sql";

// Schema 3: records managers can trust.
// - completions: a learner's standing in a course each time it changes, signed (see
//   completion_record.hpp); append-only, so the history of a pass or fail stays.
// - signing_keys: the public half of every key that signed a completion here.
// - sittings: each time a learner opens a course, and when they were last active in
//   it, for time spent and the suspended/resumed records.
constexpr const char* kSchema3 = R"sql(
CREATE TABLE signing_keys (
    key_id        TEXT PRIMARY KEY NOT NULL,
    public_key    TEXT NOT NULL,
    first_used_ms INTEGER NOT NULL
) STRICT;

CREATE TABLE completions (
    id             INTEGER PRIMARY KEY,
    learner_id     TEXT NOT NULL,
    course_id      TEXT NOT NULL,
    course_version TEXT NOT NULL,
    completed_at_ms INTEGER NOT NULL CHECK (completed_at_ms >= 0),
    success        TEXT NOT NULL CHECK (success IN ('unknown', 'passed', 'failed')),
    score_scaled   REAL CHECK (score_scaled BETWEEN 0 AND 1),
    attempts       INTEGER NOT NULL CHECK (attempts >= 0),
    time_spent_ms  INTEGER NOT NULL CHECK (time_spent_ms >= 0),
    recorded_at_ms INTEGER NOT NULL,
    key_id         TEXT NOT NULL REFERENCES signing_keys (key_id),
    signature      TEXT NOT NULL,
    FOREIGN KEY (learner_id, course_id) REFERENCES progress (learner_id, course_id)
) STRICT;
CREATE INDEX completions_by_course ON completions (course_id, learner_id, id);
CREATE TRIGGER completions_never_change BEFORE UPDATE ON completions
BEGIN SELECT RAISE(ABORT, 'completions are a record and are never changed'); END;
CREATE TRIGGER completions_never_deleted BEFORE DELETE ON completions
BEGIN SELECT RAISE(ABORT, 'completions are a record and are never deleted'); END;

CREATE TABLE sittings (
    id                INTEGER PRIMARY KEY,
    learner_id        TEXT NOT NULL,
    course_id         TEXT NOT NULL,
    started_at_ms     INTEGER NOT NULL,
    last_active_at_ms INTEGER NOT NULL CHECK (last_active_at_ms >= started_at_ms),
    FOREIGN KEY (learner_id) REFERENCES learners (id)
) STRICT;
CREATE INDEX sittings_by_learner ON sittings (learner_id, course_id);
)sql";

// Schema 4: skipping from a content note is recorded as a screen-skipped event. The kinds
// are a CHECK, which SQLite cannot alter, so the table is rebuilt as in schema 2 (DROP TABLE
// fires no triggers, so the append-only guards do not stop it).
constexpr const char* kSchema4 = R"sql(
CREATE TABLE events_4 (
    id             INTEGER PRIMARY KEY,
    learner_id     TEXT NOT NULL,
    course_id      TEXT NOT NULL,
    course_version TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('screen-entered', 'module-completed', 'course-completed',
                                                 'conversation-ended', 'attempt-started', 'time-extended',
                                                 'attempt-submitted', 'screen-skipped')),
    subject        TEXT NOT NULL,
    detail_json    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail_json) AND json_type(detail_json) = 'object'),
    at_ms          INTEGER NOT NULL,
    FOREIGN KEY (learner_id, course_id) REFERENCES progress (learner_id, course_id)
) STRICT;
INSERT INTO events_4 SELECT id, learner_id, course_id, course_version, kind, subject, detail_json, at_ms FROM events;
DROP TABLE events;
ALTER TABLE events_4 RENAME TO events;
CREATE INDEX events_by_learner ON events (learner_id, course_id);
CREATE INDEX events_by_course ON events (course_id, kind, at_ms);
CREATE TRIGGER events_never_change BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are a record and are never changed'); END;
CREATE TRIGGER events_never_deleted BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are a record and are never deleted'); END;
)sql";

// Schema 5: sending statements to an LRS.
// - outbox: each xAPI statement once, as the exact bytes first serialized (an LRS compares
//   a resent statement with the one it holds, so it must never be re-serialized), in the
//   order queued; its delivery state, attempts, when to try again, and the visible reason
//   for the last failure. The bytes and the id never change once queued.
// - sittings.ended_at_ms: when the player closed the sitting; until then its end statement
//   (suspended or terminated, with its duration) is still changing and is not queued.
constexpr const char* kSchema5 = R"sql(
CREATE TABLE outbox (
    id                 INTEGER PRIMARY KEY,
    statement_id       TEXT NOT NULL UNIQUE CHECK (statement_id <> ''),
    learner_id         TEXT NOT NULL,
    course_id          TEXT NOT NULL,
    statement          TEXT NOT NULL CHECK (json_valid(statement)),
    state              TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'sent', 'quarantined', 'rejected')),
    attempts           INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at_ms INTEGER NOT NULL DEFAULT 0,
    last_error         TEXT NOT NULL DEFAULT '',
    queued_at_ms       INTEGER NOT NULL,
    sent_at_ms         INTEGER
) STRICT;
CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at_ms, id);
CREATE TRIGGER outbox_statements_never_change BEFORE UPDATE OF statement_id, statement ON outbox
BEGIN SELECT RAISE(ABORT, 'a queued statement is sent exactly as it was first written'); END;

ALTER TABLE sittings ADD COLUMN ended_at_ms INTEGER;
)sql";

// Schema 6: each learner's comfort settings (comfort_settings.hpp), one row per learner,
// replaced whole when they change. Not history: only the present choice is kept.
constexpr const char* kSchema6 = R"sql(
CREATE TABLE comfort_settings (
    learner_id       TEXT PRIMARY KEY NOT NULL REFERENCES learners (id),
    text_size        INTEGER NOT NULL CHECK (text_size BETWEEN 100 AND 200),
    line_spacing     INTEGER NOT NULL CHECK (line_spacing BETWEEN 100 AND 200),
    dyslexia_font    INTEGER NOT NULL CHECK (dyslexia_font IN (0, 1)),
    high_contrast    INTEGER NOT NULL CHECK (high_contrast IN (0, 1)),
    reduced_motion   INTEGER NOT NULL CHECK (reduced_motion IN (0, 1)),
    caption_size     INTEGER NOT NULL CHECK (caption_size BETWEEN 100 AND 200),
    narration_volume INTEGER NOT NULL CHECK (narration_volume BETWEEN 0 AND 100),
    reading_speed    INTEGER NOT NULL CHECK (reading_speed BETWEEN 75 AND 150),
    updated_at_ms    INTEGER NOT NULL
) STRICT;
)sql";

// Schema 7: the speed narrated explainers play at (comfort_settings.hpp); learners who chose
// their settings before it play at the usual speed.
constexpr const char* kSchema7 = R"sql(
ALTER TABLE comfort_settings ADD COLUMN
    narration_speed INTEGER NOT NULL DEFAULT 100 CHECK (narration_speed BETWEEN 75 AND 150);
)sql";

// Schema 8: the language the learner chose for the player's words (and, where a module has
// one, its translation), kept with their other comfort settings. Rows from before it are English.
constexpr const char* kSchema8 = R"sql(
ALTER TABLE comfort_settings ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language <> '');
)sql";

// Schema 9: a completion carries its score in points (raw, min, max; completion_record.hpp),
// and the form it was signed in. The form is a column of its own rather than read from
// whether the points are there: a form-2 record of a course without an assessment has no
// points either. Rows from before it were signed in form 1 and keep it (and no points):
// they are never signed again. The form is inside the signed bytes, so editing it only
// breaks the signature.
constexpr const char* kSchema9 = R"sql(
ALTER TABLE completions ADD COLUMN score_raw REAL CHECK (score_raw >= 0);
ALTER TABLE completions ADD COLUMN score_min REAL CHECK (score_min >= 0);
ALTER TABLE completions ADD COLUMN score_max REAL CHECK (score_max > 0);
ALTER TABLE completions ADD COLUMN signed_form INTEGER NOT NULL DEFAULT 1 CHECK (signed_form IN (1, 2));
)sql";

struct Migration {
    int version;      // the schema this step produces, from version - 1
    const char* sql;  // binds no values; a step that needs code can become a function here
};

constexpr std::array kMigrations{
    Migration{1, kSchema1},
    Migration{2, kSchema2},
    Migration{3, kSchema3},
    Migration{4, kSchema4},
    Migration{5, kSchema5},
    Migration{6, kSchema6},
    Migration{7, kSchema7},
    Migration{8, kSchema8},
    Migration{9, kSchema9},
};

constexpr bool numbered_in_order() {
    for (std::size_t i = 0; i < kMigrations.size(); ++i) {
        if (kMigrations[i].version != static_cast<int>(i) + 1) return false;
    }
    return true;
}
static_assert(numbered_in_order(), "migration i must produce schema i + 1");
static_assert(kMigrations.size() == Store::kSchemaVersion && kLatestSchema == Store::kSchemaVersion,
              "every schema version needs its migration");
static_assert(kStoreApplicationId == 1349675373, "kSchema1 writes this id as a literal");

bool apply(sqlite3* db, const Migration& step, std::string& failure) {
    auto failed = [&] {
        failure = "Schema " + std::to_string(step.version) + " could not be set up. " + describe_failure(db);
        return false;
    };
    Transaction transaction(db);
    if (!transaction.ok()) return failed();
    // Read again under the write lock: another Primer may have migrated since we looked.
    std::int64_t version = 0;
    if (!query_integer(db, "PRAGMA user_version", version)) return failed();
    if (version >= step.version) return true;
    // PRAGMA takes no bound parameters; the number is our own constant, not input.
    const std::string stamp = "PRAGMA user_version = " + std::to_string(step.version);
    if (!execute(db, step.sql) || !execute(db, stamp.c_str())) return failed();
    return transaction.commit() || failed();
}

}  // namespace

bool migrate_store(sqlite3* db, std::string& failure, int target) {
    // An up-to-date file, the usual case, is opened without taking the write lock.
    std::int64_t version = 0;
    if (!query_integer(db, "PRAGMA user_version", version)) {
        failure = "Its schema version could not be read. " + describe_failure(db);
        return false;
    }
    for (const Migration& step : kMigrations) {
        if (step.version > version && step.version <= target && !apply(db, step, failure)) return false;
    }
    return true;
}

}  // namespace primer
