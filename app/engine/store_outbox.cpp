// The record store's LRS outbox: statements queued once, by id, and their delivery state.
#include "outbox.hpp"
#include "sqlite_statement.hpp"
#include "store.hpp"

#include <array>

namespace primer {
namespace {

constexpr std::array<std::pair<OutboxState, std::string_view>, 4> kStateNames{{
    {OutboxState::Waiting, "waiting"},
    {OutboxState::Sent, "sent"},
    {OutboxState::Quarantined, "quarantined"},
    {OutboxState::Rejected, "rejected"},
}};

constexpr const char* kItemColumns =
    "SELECT id, statement_id, learner_id, statement, state, attempts, next_attempt_at_ms, last_error FROM outbox";

OutboxItem read_item(const Statement& row) {
    OutboxItem item;
    item.row = row.integer(0);
    item.statement_id = row.text(1);
    item.learner_id = row.text(2);
    item.statement = row.text(3);
    item.state = outbox_state(row.text(4)).value_or(OutboxState::Waiting);
    item.attempts = static_cast<int>(row.integer(5));
    item.next_attempt_at = row.integer(6);
    item.last_error = row.text(7);
    return item;
}

}  // namespace

std::string_view to_string(OutboxState state) {
    for (const auto& [value, name] : kStateNames)
        if (value == state) return name;
    return "waiting";
}

std::optional<OutboxState> outbox_state(std::string_view text) {
    for (const auto& [value, name] : kStateNames)
        if (name == text) return value;
    return std::nullopt;
}

bool Store::queue_statements(const std::string& learner_id, const std::string& course_id,
                             const std::vector<QueuedStatement>& statements, Millis now, int& added) {
    m_error.clear();
    Transaction transaction(m_db);
    Statement insert(m_db, "INSERT INTO outbox (statement_id, learner_id, course_id, statement, queued_at_ms)"
                           " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (statement_id) DO NOTHING");
    int count = 0;
    for (const QueuedStatement& statement : statements) {
        insert.reset();
        insert.bind_text(1, statement.id).bind_text(2, learner_id).bind_text(3, course_id).bind_text(4, statement.bytes)
            .bind_int(5, now);
        if (!insert.run()) return failed_to("queue the statements of \"" + learner_id + "\" for the LRS");
        count += sqlite3_changes(m_db);
    }
    if (!transaction.ok() || !transaction.commit())
        return failed_to("queue the statements of \"" + learner_id + "\" for the LRS");
    added += count;
    return true;
}

std::vector<OutboxItem> Store::due_statements(Millis due_by, int limit) const {
    m_error.clear();
    Statement select(m_db, std::string(kItemColumns) +
                               " WHERE state = 'waiting' AND next_attempt_at_ms <= ?1 ORDER BY id LIMIT ?2");
    select.bind_int(1, due_by).bind_int(2, limit);
    std::vector<OutboxItem> items;
    while (select.next_row()) items.push_back(read_item(select));
    if (!select.ok()) {
        failed_to("read the statements waiting for the LRS");
        return {};
    }
    return items;
}

bool Store::mark_sent(const std::vector<std::int64_t>& rows, Millis now) {
    m_error.clear();
    Transaction transaction(m_db);
    Statement update(m_db, "UPDATE outbox SET state = 'sent', sent_at_ms = ?2, last_error = '' WHERE id = ?1");
    for (std::int64_t row : rows) {
        update.reset();
        update.bind_int(1, row).bind_int(2, now);
        if (!update.run()) return failed_to("note which statements the LRS received");
    }
    return (transaction.ok() && transaction.commit()) || failed_to("note which statements the LRS received");
}

bool Store::mark_retry(const std::vector<std::int64_t>& rows, Millis next_attempt_at, const std::string& reason) {
    m_error.clear();
    Transaction transaction(m_db);
    Statement update(m_db, "UPDATE outbox SET attempts = attempts + 1, next_attempt_at_ms = ?2, last_error = ?3"
                           " WHERE id = ?1 AND state = 'waiting'");
    for (std::int64_t row : rows) {
        update.reset();
        update.bind_int(1, row).bind_int(2, next_attempt_at).bind_text(3, reason);
        if (!update.run()) return failed_to("note when to try the LRS again");
    }
    return (transaction.ok() && transaction.commit()) || failed_to("note when to try the LRS again");
}

bool Store::set_aside(std::int64_t row, OutboxState state, const std::string& reason) {
    m_error.clear();
    Statement update(m_db, "UPDATE outbox SET state = ?2, attempts = attempts + 1, last_error = ?3 WHERE id = ?1");
    update.bind_int(1, row).bind_text(2, to_string(state)).bind_text(3, reason);
    return update.run() || failed_to("set aside a statement the LRS refused");
}

bool Store::mark_stopped(const std::vector<std::int64_t>& rows, const std::string& reason) {
    m_error.clear();
    Transaction transaction(m_db);
    Statement update(m_db, "UPDATE outbox SET next_attempt_at_ms = 0, last_error = ?2 WHERE id = ?1 AND state = 'waiting'");
    for (std::int64_t row : rows) {
        update.reset();
        update.bind_int(1, row).bind_text(2, reason);
        if (!update.run()) return failed_to("note why the LRS stopped the sync");
    }
    return (transaction.ok() && transaction.commit()) || failed_to("note why the LRS stopped the sync");
}

bool Store::outbox_counts(Millis due_by, OutboxCounts& counts) const {
    m_error.clear();
    Statement select(m_db, "SELECT coalesce(sum(state = 'waiting'), 0), coalesce(sum(state = 'waiting' AND next_attempt_at_ms <= ?1), 0),"
                           " coalesce(sum(state = 'sent'), 0), coalesce(sum(state = 'quarantined'), 0),"
                           " coalesce(sum(state = 'rejected'), 0),"
                           " coalesce(min(CASE WHEN state = 'waiting' AND next_attempt_at_ms > ?1 THEN next_attempt_at_ms END), 0),"
                           " (SELECT last_error FROM outbox WHERE state = 'waiting' AND last_error <> ''"
                           "  ORDER BY next_attempt_at_ms DESC LIMIT 1),"
                           " (SELECT last_error FROM outbox WHERE state = 'waiting' AND last_error <> ''"
                           "  AND next_attempt_at_ms = 0 LIMIT 1)"
                           " FROM outbox");
    select.bind_int(1, due_by);
    if (!select.next_row()) return failed_to("count the statements in the LRS outbox");
    counts.waiting = static_cast<int>(select.integer(0));
    counts.due = static_cast<int>(select.integer(1));
    counts.sent = static_cast<int>(select.integer(2));
    counts.quarantined = static_cast<int>(select.integer(3));
    counts.rejected = static_cast<int>(select.integer(4));
    counts.next_attempt_at = select.integer(5);
    counts.last_error = select.is_null(6) ? "" : select.text(6);
    counts.stopped = select.is_null(7) ? "" : select.text(7);
    return true;
}

std::vector<OutboxItem> Store::outbox_items(OutboxState state) const {
    m_error.clear();
    Statement select(m_db, std::string(kItemColumns) + " WHERE state = ?1 ORDER BY id");
    select.bind_text(1, to_string(state));
    std::vector<OutboxItem> items;
    while (select.next_row()) items.push_back(read_item(select));
    if (!select.ok()) {
        failed_to("read the LRS outbox");
        return {};
    }
    return items;
}

}  // namespace primer
