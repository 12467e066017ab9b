// The record store's completions, signing keys, sittings and the history exports read.
#include "store.hpp"

#include "course_report.hpp"
#include "csv_export.hpp"
#include "sqlite_statement.hpp"

#include <algorithm>

namespace primer {
namespace {

std::string in_quotes(const std::string& text) { return "\"" + text + "\""; }

// Every column of a completion, in the order read_completion() reads them.
constexpr const char* kCompletionColumns =
    "c.learner_id, c.course_id, c.course_version, c.completed_at_ms, c.success, c.score_scaled, c.attempts,"
    " c.time_spent_ms, c.recorded_at_ms, c.key_id, c.signature, c.score_raw, c.score_min, c.score_max,"
    " c.signed_form";
constexpr int kCompletionColumnCount = 15;

std::optional<double> optional_real(const Statement& row, int column) {
    return row.is_null(column) ? std::nullopt : std::optional<double>(row.real(column));
}

CompletionRecord read_completion(const Statement& row) {
    CompletionRecord record;
    record.learner_id = row.text(0);
    record.course_id = row.text(1);
    record.course_version = row.text(2);
    record.completed_at = row.integer(3);
    record.success = row.text(4);
    record.score_scaled = optional_real(row, 5);
    record.attempts = static_cast<int>(row.integer(6));
    record.time_spent = row.integer(7);
    record.recorded_at = row.integer(8);
    record.key_id = row.text(9);
    record.signature = row.text(10);
    record.score_raw = optional_real(row, 11);
    record.score_min = optional_real(row, 12);
    record.score_max = optional_real(row, 13);
    record.signed_form = static_cast<int>(row.integer(14));
    return record;
}

}  // namespace

bool Store::add_completion(const CompletionRecord& record, const std::string& public_key) {
    m_error.clear();
    const std::string what = "save the completion of " + in_quotes(record.learner_id);
    Transaction transaction(m_db);
    Statement key(m_db, "INSERT INTO signing_keys (key_id, public_key, first_used_ms) VALUES (?1, ?2, ?3)"
                        " ON CONFLICT (key_id) DO NOTHING");
    key.bind_text(1, record.key_id).bind_text(2, public_key).bind_int(3, record.recorded_at);
    Statement insert(m_db, "INSERT INTO completions (learner_id, course_id, course_version, completed_at_ms, success,"
                           " score_scaled, attempts, time_spent_ms, recorded_at_ms, key_id, signature, score_raw,"
                           " score_min, score_max, signed_form)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    insert.bind_text(1, record.learner_id)
        .bind_text(2, record.course_id)
        .bind_text(3, record.course_version)
        .bind_int(4, record.completed_at)
        .bind_text(5, record.success)
        .bind_int(7, record.attempts)
        .bind_int(8, record.time_spent)
        .bind_int(9, record.recorded_at)
        .bind_text(10, record.key_id)
        .bind_text(11, record.signature)
        .bind_int(15, record.signed_form);
    if (record.score_scaled) insert.bind_real(6, *record.score_scaled);
    if (record.score_raw) insert.bind_real(12, *record.score_raw);
    if (record.score_min) insert.bind_real(13, *record.score_min);
    if (record.score_max) insert.bind_real(14, *record.score_max);
    if (!transaction.ok() || !key.run() || !insert.run() || !transaction.commit())
        return failed_to(what);
    return true;
}

bool Store::for_each_standing(const std::string& course_id, const std::function<bool(const Standing&)>& visit) const {
    m_error.clear();
    Statement select(m_db, std::string("SELECT ") + kCompletionColumns +
                               ", l.id, l.name, l.organisation, l.created_at_ms, p.course_id, p.course_version,"
                           " p.started_at_ms, p.updated_at_ms, coalesce(p.completed_at_ms, 0), c.id IS NOT NULL,"
                           " CASE WHEN c.id IS NULL THEN (SELECT coalesce(sum(last_active_at_ms - started_at_ms), 0)"
                           "   FROM sittings s WHERE s.learner_id = p.learner_id AND s.course_id = p.course_id) END"
                           " FROM progress p JOIN learners l ON l.id = p.learner_id"
                           " LEFT JOIN completions c ON c.id = (SELECT max(id) FROM completions"
                           "   WHERE learner_id = p.learner_id AND course_id = p.course_id)"
                           " WHERE ?1 = '' OR p.course_id = ?1 ORDER BY p.course_id, p.learner_id");
    select.bind_text(1, course_id);
    while (select.next_row()) {
        Standing standing;
        const int at = kCompletionColumnCount;
        standing.learner = {select.text(at), select.text(at + 1), select.text(at + 2), select.integer(at + 3)};
        standing.course_id = select.text(at + 4);
        standing.course_version = select.text(at + 5);
        standing.started_at = select.integer(at + 6);
        standing.updated_at = select.integer(at + 7);
        standing.completed_at = select.integer(at + 8);
        standing.time_spent = select.integer(at + 10);
        if (select.integer(at + 9) != 0) standing.completion = read_completion(select);
        if (!visit(standing)) return true;
    }
    return select.ok() || failed_to("read the completions");
}

std::optional<CompletionRecord> Store::latest_completion(const std::string& learner_id,
                                                        const std::string& course_id) const {
    m_error.clear();
    Statement select(m_db, std::string("SELECT ") + kCompletionColumns +
                               " FROM completions c WHERE learner_id = ?1 AND course_id = ?2 ORDER BY id DESC LIMIT 1");
    select.bind_text(1, learner_id).bind_text(2, course_id);
    if (select.next_row()) return read_completion(select);
    if (!select.ok()) failed_to("read the completion of " + in_quotes(learner_id));
    return std::nullopt;
}

bool Store::for_each_completion(const std::function<bool(const CompletionRecord&)>& visit) const {
    m_error.clear();
    Statement select(m_db, std::string("SELECT ") + kCompletionColumns + " FROM completions c ORDER BY id");
    while (select.next_row())
        if (!visit(read_completion(select))) return true;
    return select.ok() || failed_to("read the completions");
}

std::optional<std::string> Store::public_key(const std::string& key_id) const {
    m_error.clear();
    Statement select(m_db, "SELECT public_key FROM signing_keys WHERE key_id = ?1");
    select.bind_text(1, key_id);
    if (select.next_row()) return select.text(0);
    if (!select.ok()) failed_to("look up signing key " + in_quotes(key_id));
    return std::nullopt;
}

std::int64_t Store::open_sitting(const std::string& learner_id, const std::string& course_id, Millis now) {
    m_error.clear();
    Statement insert(m_db, "INSERT INTO sittings (learner_id, course_id, started_at_ms, last_active_at_ms)"
                           " VALUES (?1, ?2, ?3, ?3)");
    insert.bind_text(1, learner_id).bind_text(2, course_id).bind_int(3, now);
    if (!insert.run()) {
        failed_to("start a sitting for " + in_quotes(learner_id));
        return 0;
    }
    return sqlite3_last_insert_rowid(m_db);
}

bool Store::touch_sitting(std::int64_t sitting, Millis now) {
    m_error.clear();
    Statement update(m_db, "UPDATE sittings SET last_active_at_ms = max(last_active_at_ms, ?2) WHERE id = ?1");
    update.bind_int(1, sitting).bind_int(2, now);
    return update.run() || failed_to("note the time of this sitting");
}

bool Store::end_sitting(std::int64_t sitting, Millis now) {
    m_error.clear();
    // The time spent stays what touch_sitting() last noted: a window left open is not study.
    Statement update(m_db, "UPDATE sittings SET ended_at_ms = max(last_active_at_ms, ?2)"
                           " WHERE id = ?1 AND ended_at_ms IS NULL");
    update.bind_int(1, sitting).bind_int(2, now);
    return update.run() || failed_to("note the end of this sitting");
}

Millis Store::time_spent(const std::string& learner_id, const std::string& course_id) const {
    m_error.clear();
    Statement select(m_db, "SELECT coalesce(sum(last_active_at_ms - started_at_ms), 0) FROM sittings"
                           " WHERE learner_id = ?1 AND course_id = ?2");
    select.bind_text(1, learner_id).bind_text(2, course_id);
    if (select.next_row()) return select.integer(0);
    failed_to("add up the time of " + in_quotes(learner_id));
    return 0;
}

std::vector<Sitting> Store::sittings(const std::string& learner_id, const std::string& course_id) const {
    m_error.clear();
    Statement select(m_db, "SELECT id, started_at_ms, last_active_at_ms, coalesce(ended_at_ms, 0) FROM sittings"
                           " WHERE learner_id = ?1 AND course_id = ?2 ORDER BY id");
    select.bind_text(1, learner_id).bind_text(2, course_id);
    std::vector<Sitting> result;
    while (select.next_row())
        result.push_back({select.integer(0), select.integer(1), select.integer(2), select.integer(3)});
    if (!select.ok()) {
        failed_to("read the sittings of " + in_quotes(learner_id));
        return {};
    }
    return result;
}

std::vector<EventRecord> Store::events(const std::string& learner_id, const std::string& course_id) const {
    m_error.clear();
    Statement select(m_db, "SELECT id, kind, subject, detail_json, at_ms FROM events"
                           " WHERE learner_id = ?1 AND course_id = ?2 ORDER BY id");
    select.bind_text(1, learner_id).bind_text(2, course_id);
    std::vector<EventRecord> result;
    while (select.next_row())
        result.push_back({select.integer(0), select.text(1), select.text(2), select.text(3), select.integer(4)});
    if (!select.ok()) {
        failed_to("read the events of " + in_quotes(learner_id));
        return {};
    }
    return result;
}

bool Store::item_statistics(const ExportFilter& filter, std::vector<ItemStats>& items) const {
    m_error.clear();
    // The learners whose standing included() (csv_export.cpp) takes, in SQL, so the answers
    // are counted where they lie; a test checks the two agree for every kind of filter.
    const std::string included_learners =
        "WITH included AS (SELECT p.learner_id FROM progress p JOIN learners l ON l.id = p.learner_id"
        " WHERE (?1 = '' OR p.course_id = ?1) AND (?2 = '' OR l.organisation = ?2)"
        " AND (?3 = 0 OR p.updated_at_ms >= ?3) AND (?4 = 0 OR p.updated_at_ms < ?4)"
        " AND CASE ?5 WHEN 'completed' THEN coalesce(p.completed_at_ms, 0) <> 0"
        " WHEN 'in-progress' THEN coalesce(p.completed_at_ms, 0) = 0"
        " WHEN 'passed' THEN coalesce((SELECT success FROM completions c WHERE c.learner_id = p.learner_id"
        "   AND c.course_id = p.course_id ORDER BY c.id DESC LIMIT 1), 'unknown') = ?5"
        " WHEN 'failed' THEN coalesce((SELECT success FROM completions c WHERE c.learner_id = p.learner_id"
        "   AND c.course_id = p.course_id ORDER BY c.id DESC LIMIT 1), 'unknown') = ?5"
        " ELSE 1 END) ";
    auto bind_filter = [&](Statement& statement) {
        statement.bind_text(1, filter.course)
            .bind_text(2, filter.organisation)
            .bind_int(3, filter.from)
            .bind_int(4, filter.to)
            .bind_text(5, filter.status);
    };
    Statement totals(m_db, included_learners +
                               "SELECT screen, part, kind, count(DISTINCT learner_id), count(*),"
                               " sum(verdict = 'correct') FROM interactions WHERE (?1 = '' OR course_id = ?1)"
                               " AND kind <> 'reflection' AND verdict <> 'ungraded' AND learner_id IN included"
                               " GROUP BY screen, part ORDER BY screen, part");
    bind_filter(totals);
    while (totals.next_row())
        items.push_back({totals.text(0), totals.text(1), totals.text(2), static_cast<int>(totals.integer(3)),
                         static_cast<int>(totals.integer(4)), static_cast<int>(totals.integer(5)), {}});
    if (!totals.ok()) return failed_to("count the answers to each question");

    Statement wrong(m_db, included_learners +
                              "SELECT screen, part, token.value, count(*) FROM interactions,"
                              " json_each(response_json) AS token WHERE (?1 = '' OR course_id = ?1)"
                              " AND kind NOT IN ('reflection', 'fill-in') AND verdict IN ('incorrect', 'partly')"
                              " AND learner_id IN included GROUP BY screen, part, token.value");
    bind_filter(wrong);
    while (wrong.next_row()) {
        auto item = std::find_if(items.begin(), items.end(), [&](const ItemStats& i) {
            return i.screen == wrong.text(0) && i.part == wrong.text(1);
        });
        if (item != items.end()) item->wrong_choices[wrong.text(2)] = static_cast<int>(wrong.integer(3));
    }
    return wrong.ok() || failed_to("count the wrong answers to each question");
}

}  // namespace primer
