#include "lrs_sync.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

namespace primer {
namespace {

using Json = nlohmann::json;

// A statement whose bytes do not carry the id it was queued under was damaged in the
// outbox; sending it could overwrite another's place in the LRS. The reason, or empty.
std::string damage(const OutboxItem& item) {
    const Json parsed = Json::parse(item.statement, nullptr, false);
    if (!parsed.is_object()) return "it is not a JSON object";
    if (!parsed.contains("id") || parsed["id"] != item.statement_id)
        return "its id does not match the id it was queued under (" + item.statement_id + ")";
    return "";
}

class Sender {
public:
    Sender(Store& store, LrsTransport& lrs, const SendOptions& options, const Clock& clock,
           const std::function<double()>& random, const std::string& host, const SyncProgress& progress)
        : m_store(store), m_lrs(lrs), m_options(options), m_clock(clock), m_random(random), m_host(host),
          m_progress(progress) {}

    SendResult run() {
        const Millis due_by = m_options.honour_backoff ? m_clock.now() : std::numeric_limits<Millis>::max();
        OutboxCounts counts;
        if (!m_store.outbox_counts(due_by, counts)) return failed();
        m_total = counts.due;
        while (!finished()) {
            std::vector<OutboxItem> batch = m_store.due_statements(due_by, m_options.batch_size);
            if (!m_store.last_error().empty()) return failed();
            if (batch.empty()) break;
            std::vector<OutboxItem> sound;
            for (OutboxItem& item : batch) {
                const std::string why = damage(item);
                if (why.empty()) {
                    sound.push_back(std::move(item));
                } else if (m_store.set_aside(item.row, OutboxState::Rejected, "Primer did not send it: " + why)) {
                    ++m_result.rejected;
                    advance(1);
                } else {
                    return failed();
                }
            }
            if (!sound.empty()) send(sound);
        }
        return m_result;
    }

private:
    bool finished() const { return m_result.waiting_on_lrs || m_result.stopped || !m_result.records_error.empty(); }

    SendResult failed() {
        m_result.records_error = m_store.last_error();
        return m_result;
    }

    void advance(int statements) {
        m_done += statements;
        if (m_progress) m_progress(m_done, m_total);
    }

    void send(const std::vector<OutboxItem>& batch) {
        std::string body = "[";
        for (const OutboxItem& item : batch) body += (body.size() > 1 ? "," : "") + item.statement;
        body += "]";
        const LrsResponse response = m_lrs.post_statements(body);
        act(batch, decide(response, batch.size(), most_attempts(batch), m_clock.now(), m_random, m_options.backoff, m_host));
    }

    static int most_attempts(const std::vector<OutboxItem>& batch) {
        int most = 0;
        for (const OutboxItem& item : batch) most = std::max(most, item.attempts);
        return most;
    }

    static std::vector<std::int64_t> rows(const std::vector<OutboxItem>& batch) {
        std::vector<std::int64_t> result;
        for (const OutboxItem& item : batch) result.push_back(item.row);
        return result;
    }

    void act(const std::vector<OutboxItem>& batch, const BatchDecision& decision) {
        switch (decision.action) {
        case BatchAction::Sent:
            if (!m_store.mark_sent(rows(batch), m_clock.now())) return note_records_error();
            m_result.sent += static_cast<int>(batch.size());
            return advance(static_cast<int>(batch.size()));
        case BatchAction::Retry:
            if (!m_store.mark_retry(rows(batch), decision.next_attempt_at, decision.reason)) return note_records_error();
            m_result.waiting_on_lrs = true;
            m_result.problem = decision.reason;
            return;
        case BatchAction::Split: {
            const auto middle = batch.begin() + static_cast<std::ptrdiff_t>(batch.size() / 2);
            send({batch.begin(), middle});
            if (!finished()) send({middle, batch.end()});
            return;
        }
        case BatchAction::Quarantine:
            if (!m_store.set_aside(batch.front().row, OutboxState::Quarantined, decision.reason)) return note_records_error();
            ++m_result.quarantined;
            return advance(1);
        case BatchAction::CheckExisting: {
            const OutboxItem& item = batch.front();
            const LrsResponse held = m_lrs.get_statement(item.statement_id);
            return act(batch, decide_existing(item.statement, held, item.attempts, m_clock.now(), m_random,
                                              m_options.backoff, m_host));
        }
        case BatchAction::Stop:
            // Stopped whether or not the reason could be kept: a refusing LRS is never retried.
            m_result.stopped = true;
            m_result.problem = decision.reason;
            if (!m_store.mark_stopped(rows(batch), decision.reason)) note_records_error();
            return;
        }
    }

    void note_records_error() { m_result.records_error = m_store.last_error(); }

    Store& m_store;
    LrsTransport& m_lrs;
    const SendOptions& m_options;
    const Clock& m_clock;
    const std::function<double()>& m_random;
    const std::string& m_host;
    const SyncProgress& m_progress;
    SendResult m_result;
    int m_done = 0;
    int m_total = 0;
};

}  // namespace

bool fill_outbox(Store& store, const Course& course, XapiSettings settings, Millis now, int& added) {
    settings.open_since = now - kOpenSittingGrace;
    // Read the learners first: queueing writes, which must not happen under an open read.
    std::vector<Standing> standings;
    if (!store.for_each_standing(course.id, [&](const Standing& standing) {
            standings.push_back(standing);
            return true;
        }))
        return false;
    for (const Standing& standing : standings) {
        const std::string& learner = standing.learner.id;
        // Each read clears the store's error, so each is checked: a damaged answer must stop
        // the sync with its reason, not leave that learner's statements silently unqueued.
        LearnerHistory history{standing, store.sittings(learner, course.id), {}, {}};
        if (!store.last_error().empty()) return false;
        history.interactions = store.interactions(learner, course.id);
        if (!store.last_error().empty()) return false;
        history.events = store.events(learner, course.id);
        if (!store.last_error().empty()) return false;
        std::vector<QueuedStatement> queued;
        for (const Json& statement : xapi_statements(course, history, settings))
            queued.push_back({statement["id"].get<std::string>(),
                              statement.dump(-1, ' ', false, Json::error_handler_t::replace)});
        if (!store.queue_statements(learner, course.id, queued, now, added)) return false;
    }
    return true;
}

SendResult send_outbox(Store& store, LrsTransport& lrs, const SendOptions& options, const Clock& clock,
                       const std::function<double()>& random, const std::string& host, const SyncProgress& progress) {
    return Sender(store, lrs, options, clock, random, host, progress).run();
}

bool is_sync_point(const Event& event) {
    return std::holds_alternative<ModuleCompleted>(event) || std::holds_alternative<AttemptSubmitted>(event) ||
           std::holds_alternative<CourseCompleted>(event);
}

}  // namespace primer
