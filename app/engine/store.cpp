// The record store's reads and writes; opening and migrating live in store_open.cpp and
// store_schema.cpp. Every method clears last_error() first, so after an empty result the
// caller can tell "nothing saved" (no error) from "could not read" (an error).
#include "store.hpp"

#include "progress_codec.hpp"
#include "store_rows.hpp"

#include <nlohmann/json.hpp>

namespace primer {
namespace {

using Json = nlohmann::json;

std::string in_quotes(const std::string& text) { return "\"" + text + "\""; }

std::string file_of(sqlite3* db) {
    const char* name = sqlite3_db_filename(db, "main");
    return name != nullptr && *name != '\0' ? name : "the record file";
}

// `what` completes "Primer could not ...".
bool failed(sqlite3* db, std::string& error, const std::string& what) {
    error = "Primer could not " + what + " in " + file_of(db) + ". " + describe_failure(db);
    return false;
}

// Invalid UTF-8 becomes U+FFFD instead of an exception: a record with one odd character
// beats a lost record.
std::string ids_json(const std::vector<std::string>& ids) {
    return Json(ids).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string responses_json(const std::vector<Response>& responses) {
    return Json(responses).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::optional<std::vector<std::string>> parse_ids(const Json& ids) {
    if (!ids.is_array()) return std::nullopt;
    std::vector<std::string> result;
    for (const Json& id : ids) {
        if (!id.is_string()) return std::nullopt;
        result.push_back(id.get<std::string>());
    }
    return result;
}

std::optional<std::vector<Response>> parse_responses(const Json& lists) {
    if (!lists.is_array()) return std::nullopt;
    std::vector<Response> result;
    for (const Json& list : lists) {
        auto ids = parse_ids(list);
        if (!ids) return std::nullopt;
        result.push_back(std::move(*ids));
    }
    return result;
}

std::optional<Verdict> parse_verdict(const std::string& name) {
    for (Verdict v : {Verdict::Correct, Verdict::Partly, Verdict::Incorrect, Verdict::Ungraded})
        if (name == to_string(v)) return v;
    return std::nullopt;
}

// Appends one record() call's events. Screen, module and course events carry the
// progress's update time; checked answers carry their own.
class EventWriter {
public:
    EventWriter(sqlite3* db, const std::string& learner_id, const Progress& progress)
        : m_learner_id(learner_id),
          m_progress(progress),
          m_answer(db, "INSERT INTO interactions (learner_id, course_id, course_version, screen, kind, response_json,"
                       " correct_responses_json, success, score, attempt, duration_ms, at_ms, part,"
                       " interaction_type, verdict)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"),
          m_event(db, "INSERT INTO events (learner_id, course_id, course_version, kind, subject, detail_json, at_ms)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)") {}

    bool operator()(const AnswerChecked& answer) {
        m_answer.reset();
        m_answer.bind_text(1, m_learner_id)
            .bind_text(2, m_progress.course_id)
            .bind_text(3, m_progress.course_version)
            .bind_text(4, answer.screen)
            .bind_text(5, answer.kind)
            .bind_text(6, ids_json(answer.response))
            .bind_text(7, responses_json(answer.correct_responses))
            .bind_int(8, answer.success() ? 1 : 0)
            .bind_real(9, answer.score)
            .bind_int(10, answer.attempt)
            .bind_int(11, answer.duration)
            .bind_int(12, answer.at)
            .bind_text(13, answer.part)
            .bind_text(14, answer.interaction_type)
            .bind_text(15, to_string(answer.verdict));
        return m_answer.run();
    }
    bool operator()(const ScreenEntered& entered) { return event("screen-entered", entered.screen); }
    bool operator()(const ScreenSkipped& skipped) { return event("screen-skipped", skipped.screen); }
    bool operator()(const ModuleCompleted& completed) { return event("module-completed", completed.module); }
    bool operator()(const CourseCompleted&) { return event("course-completed", m_progress.course_id); }
    bool operator()(const ConversationEnded& ended) {
        return event("conversation-ended", ended.screen,
                     {{"ending", ended.ending},
                      {"path", ended.path},
                      {"score", ended.score},
                      {"success", ended.success},
                      {"run", ended.run}});
    }
    bool operator()(const AttemptStarted& started) {
        return event("attempt-started", started.screen, {{"number", started.number}, {"questions", started.questions}});
    }
    bool operator()(const TimeExtended& extended) {
        return event("time-extended", extended.screen,
                     {{"number", extended.number}, {"time_allowed_ms", extended.time_allowed}});
    }
    bool operator()(const AttemptSubmitted& submitted) {
        return event("attempt-submitted", submitted.screen,
                     {{"number", submitted.number}, {"score", submitted.score}, {"passed", submitted.passed}});
    }

private:
    bool event(const char* kind, const std::string& subject, const Json& detail = Json::object()) {
        m_event.reset();
        m_event.bind_text(1, m_learner_id)
            .bind_text(2, m_progress.course_id)
            .bind_text(3, m_progress.course_version)
            .bind_text(4, kind)
            .bind_text(5, subject)
            .bind_text(6, detail.dump(-1, ' ', false, Json::error_handler_t::replace))
            .bind_int(7, m_progress.updated_at);
        return m_event.run();
    }

    const std::string& m_learner_id;
    const Progress& m_progress;
    Statement m_answer;
    Statement m_event;
};

bool save_progress_row(sqlite3* db, const std::string& learner_id, const Progress& progress) {
    Statement upsert(db, "INSERT INTO progress (learner_id, course_id, course_version, current_screen, started_at_ms,"
                         " updated_at_ms, completed_at_ms, state_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                         " ON CONFLICT (learner_id, course_id) DO UPDATE SET course_version = excluded.course_version,"
                         " current_screen = excluded.current_screen, started_at_ms = excluded.started_at_ms,"
                         " updated_at_ms = excluded.updated_at_ms, completed_at_ms = excluded.completed_at_ms,"
                         " state_json = excluded.state_json");
    upsert.bind_text(1, learner_id)
        .bind_text(2, progress.course_id)
        .bind_text(3, progress.course_version)
        .bind_text(4, progress.current)
        .bind_int(5, progress.started_at)
        .bind_int(6, progress.updated_at)
        .bind_text(8, encode_progress(progress));
    if (progress.completed_at != 0) upsert.bind_int(7, progress.completed_at);  // else NULL: not yet
    return upsert.run();
}

}  // namespace

bool read_interaction(const Statement& row, int first, AnswerChecked& answer, std::int64_t& id) {
    auto response = parse_ids(Json::parse(row.text(first + 2), nullptr, false));
    auto patterns = parse_responses(Json::parse(row.text(first + 3), nullptr, false));
    auto verdict = parse_verdict(row.text(first + 4));
    if (!response || !patterns || !verdict) return false;
    answer.screen = row.text(first);
    answer.kind = row.text(first + 1);
    answer.response = std::move(*response);
    answer.correct_responses = std::move(*patterns);
    answer.verdict = *verdict;
    answer.score = row.real(first + 5);
    answer.attempt = static_cast<int>(row.integer(first + 6));
    answer.duration = row.integer(first + 7);
    answer.at = row.integer(first + 8);
    answer.part = row.text(first + 9);
    answer.interaction_type = row.text(first + 10);
    id = row.integer(first + 11);
    return true;
}

std::string Store::damaged_answer(const std::string& learner_id) const {
    return "A checked answer of " + in_quotes(learner_id) + " in " + file_of(m_db) +
           " is damaged and cannot be read; restore the file from a backup.";
}

bool Store::failed_to(const std::string& what) const { return failed(m_db, m_error, what); }

int Store::schema_version() const {
    m_error.clear();
    std::int64_t version = 0;
    if (query_integer(m_db, "PRAGMA user_version", version)) return static_cast<int>(version);
    failed(m_db, m_error, "read the schema version");
    return -1;
}

bool Store::save_learner(const Learner& learner) {
    m_error.clear();
    if (learner.id.empty()) {
        m_error = "A learner needs a staff id; nothing was saved.";
        return false;
    }
    // A learner signing in again may correct their name; when they first came stays as it was.
    Statement upsert(m_db, "INSERT INTO learners (id, name, organisation, created_at_ms, last_active_at_ms)"
                           " VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                           " organisation = excluded.organisation");
    upsert.bind_text(1, learner.id).bind_text(2, learner.name).bind_text(3, learner.organisation);
    upsert.bind_int(4, learner.created_at);
    return upsert.run() || failed(m_db, m_error, "save learner " + in_quotes(learner.id));
}

std::optional<Learner> Store::find_learner(const std::string& id) const {
    m_error.clear();
    Statement select(m_db, "SELECT id, name, organisation, created_at_ms FROM learners WHERE id = ?1");
    select.bind_text(1, id);
    if (select.next_row()) return Learner{select.text(0), select.text(1), select.text(2), select.integer(3)};
    if (!select.ok()) failed(m_db, m_error, "look up learner " + in_quotes(id));
    return std::nullopt;
}

std::vector<Learner> Store::learners() const {
    m_error.clear();
    Statement select(m_db, "SELECT id, name, organisation, created_at_ms FROM learners"
                           " ORDER BY last_active_at_ms DESC, created_at_ms DESC, id");
    std::vector<Learner> result;
    while (select.next_row()) result.push_back({select.text(0), select.text(1), select.text(2), select.integer(3)});
    if (!select.ok()) {
        failed(m_db, m_error, "list the learners");
        return {};
    }
    return result;
}

bool Store::has_records(bool& any) const {
    m_error.clear();
    // Every other record belongs to a learner; the outbox is asked too, as it holds statements as sent.
    Statement select(m_db, "SELECT EXISTS (SELECT 1 FROM learners) OR EXISTS (SELECT 1 FROM outbox)");
    any = select.next_row() && select.integer(0) != 0;
    return select.ok() || failed(m_db, m_error, "see whether there are records");
}

std::optional<Progress> Store::load_progress(const std::string& learner_id, const std::string& course_id) const {
    m_error.clear();
    Statement select(m_db, "SELECT state_json FROM progress WHERE learner_id = ?1 AND course_id = ?2");
    select.bind_text(1, learner_id).bind_text(2, course_id);
    if (!select.next_row()) {
        if (!select.ok()) failed(m_db, m_error, "load the progress of " + in_quotes(learner_id));
        return std::nullopt;
    }
    std::string problem;
    std::optional<Progress> progress = decode_progress(select.text(0), problem);
    if (progress && progress->course_id != course_id) {
        problem = "It belongs to course " + in_quotes(progress->course_id) + ".";
        progress.reset();
    }
    if (!progress) {
        m_error = "The saved progress of " + in_quotes(learner_id) + " in course " + in_quotes(course_id) + " in " +
                  file_of(m_db) + " cannot be used. " + problem;
    }
    return progress;
}

bool Store::record(const std::string& learner_id, const Progress& progress, const std::vector<Event>& events) {
    m_error.clear();
    const std::string what =
        "save the progress of " + in_quotes(learner_id) + " in course " + in_quotes(progress.course_id);
    Transaction transaction(m_db);
    if (!transaction.ok()) return failed(m_db, m_error, what);

    Statement touch(m_db, "UPDATE learners SET last_active_at_ms = ?2 WHERE id = ?1");
    touch.bind_text(1, learner_id).bind_int(2, progress.updated_at);
    if (!touch.run()) return failed(m_db, m_error, what);
    if (sqlite3_changes(m_db) == 0) {
        m_error = "Primer could not " + what + ": no learner with that staff id is saved in " + file_of(m_db) +
                  ". This is a bug in Primer; please report it.";
        return false;
    }
    if (!save_progress_row(m_db, learner_id, progress)) return failed(m_db, m_error, what);

    EventWriter writer(m_db, learner_id, progress);
    for (const Event& event : events) {
        if (!std::visit(writer, event)) return failed(m_db, m_error, what);
    }
    return transaction.commit() || failed(m_db, m_error, what);
}

std::vector<InteractionRecord> Store::interactions(const std::string& learner_id, const std::string& course_id) const {
    m_error.clear();
    Statement select(m_db, std::string("SELECT ") + kInteractionColumns +
                               " FROM interactions WHERE learner_id = ?1 AND course_id = ?2 ORDER BY id");
    select.bind_text(1, learner_id).bind_text(2, course_id);
    std::vector<InteractionRecord> result;
    while (select.next_row()) {
        InteractionRecord record{0, learner_id, course_id, {}};
        if (!read_interaction(select, 0, record.answer, record.id)) {
            m_error = damaged_answer(learner_id);
            return {};
        }
        result.push_back(std::move(record));
    }
    if (!select.ok()) {
        failed(m_db, m_error, "read the answers of " + in_quotes(learner_id));
        return {};
    }
    return result;
}

}  // namespace primer
