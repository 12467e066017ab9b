#include "manager_controller.hpp"

#include "completion_verifier.hpp"
#include "time_format.hpp"
#include "widgets.hpp"

#include <limits>

namespace primer::ui {

namespace {

// "2026-03-01" -> the millisecond that day starts, UTC; 0 for an empty field.
std::optional<Millis> parse_day(const std::string& text) {
    if (text.empty()) return Millis{0};
    return parse_utc(text + "T00:00:00.000Z");
}

// The passphrase buffers hold what was typed only until it has been asked about.
void forget(char* buffer, std::size_t size) { std::fill(buffer, buffer + size, '\0'); }

}  // namespace

void ManagerController::draw(RequestQueue& requests) {
    if (!m_unlocked) {
        m_gate.wait_left = m_attempts.wait_left(m_clock.now());
        draw_manager_gate(m_theme, m_course, m_gate, requests);
        return;
    }
    if (m_access.export_progress) m_view.exporting = m_access.export_progress();
    if (m_access.sync_progress) {
        const bool was_running = m_view.syncing.running;
        m_view.syncing = m_access.sync_progress();
        if (was_running && m_view.syncing.finished) read_outbox();  // what the sync changed
    }
    // A background sync's run has woken the window: show what it changed, untouched.
    if (m_access.background_runs && m_access.background_runs() != m_background_runs) read_outbox();
    draw_manager_view(m_theme, m_course, m_view, requests);
}

bool ManagerController::apply(const ManagerRequest& request) {
    switch (request.kind) {
    case ManagerRequest::Kind::Open: open(); break;
    case ManagerRequest::Kind::Leave:
        m_unlocked = false;
        m_view = ManagerDashboard{};  // the figures are not left in memory behind the gate
        return false;
    case ManagerRequest::Kind::Unlock: unlock(request.first); break;
    case ManagerRequest::Kind::SetPassphrase: set_passphrase(request.first, request.second); break;
    case ManagerRequest::Kind::ApplyFilter: apply_filter(); break;
    case ManagerRequest::Kind::Export: start_export(); break;
    case ManagerRequest::Kind::Sync:
        if (m_access.start_sync && m_access.start_sync()) m_view.syncing = ExportProgress{true, false, false, 0, 0, ""};
        break;
    }
    return true;
}

double ManagerController::seconds_until_redraw() const {
    if (m_unlocked)
        return m_view.exporting.running || m_view.syncing.running ? 0.1 : std::numeric_limits<double>::infinity();
    const Millis wait = m_attempts.wait_left(m_clock.now());
    if (wait == 0) return std::numeric_limits<double>::infinity();
    return static_cast<double>(wait % 1000 + 20) / 1000.0;  // each second of the pause counts down
}

void ManagerController::open() {
    m_unlocked = false;
    m_gate = ManagerGateForm{};
    m_view = ManagerDashboard{};
    m_view.exports_folder = m_access.exports_folder.string();
    m_view.sync_target = m_access.start_sync ? m_access.sync_target : "";
    if (!m_access.passphrase_state) {
        m_gate.state = PassphraseState::Damaged;
        m_gate.problem = m_theme.text("manager_gate.not_available");
        return;
    }
    m_gate.state = m_access.passphrase_state(m_gate.problem);
}

void ManagerController::unlock(const std::string& typed) {
    forget(m_gate.first, sizeof m_gate.first);
    m_gate.checking = false;
    const Millis now = m_clock.now();
    if (m_attempts.wait_left(now) > 0) return;  // the gate says how long is left
    switch (m_access.check_passphrase(typed)) {
    case PassphraseCheck::Right:
        m_attempts.succeeded();
        m_unlocked = true;
        apply_filter();
        return;
    case PassphraseCheck::Wrong:
        m_attempts.failed(now);
        m_gate.problem = m_theme.text("manager_gate.not_right");
        m_gate.focus_field = 0;
        return;
    case PassphraseCheck::Unreadable: m_gate.state = m_access.passphrase_state(m_gate.problem); return;
    }
}

void ManagerController::set_passphrase(const std::string& first, const std::string& second) {
    forget(m_gate.first, sizeof m_gate.first);
    forget(m_gate.second, sizeof m_gate.second);
    m_gate.checking = false;
    // Only a first visit chooses one here; replacing a passphrase needs the command line.
    if (m_access.passphrase_state(m_gate.problem) != PassphraseState::NotSet) return open();
    m_gate.problem = m_access.set_passphrase(first, second);
    m_gate.focus_field = 0;
    if (!m_gate.problem.empty()) return;
    m_unlocked = true;
    apply_filter();
}

void ManagerController::apply_filter() {
    ManagerDashboard& v = m_view;
    auto from = parse_day(trimmed(v.from));
    auto to = parse_day(trimmed(v.to));
    if (!from || !to) {
        v.filter_problem = m_theme.text("manager.dates_unreadable");
        return;
    }
    if (*from != 0 && *to != 0 && *to <= *from) {
        v.filter_problem = m_theme.text("manager.dates_backwards");
        return;
    }
    v.filter_problem.clear();
    v.applied = ExportFilter{m_course.id, trimmed(v.organisation), kStatusChoices[v.status].value, *from, *to};
    v.report = CourseReport{};
    v.read_problem.clear();
    if (!build_report(m_store, v.applied, v.report) ||
        !list_standings(m_store, v.applied, kLearnersShown, v.learners, v.learners_total))
        v.read_problem = m_store.last_error();
    // The report checked every completion; the few shown are checked again for their marks,
    // rather than the report keeping a mark for each of a million learners.
    CompletionVerifier verifier(&m_store);
    v.learner_unverified.clear();
    for (const Standing& s : v.learners)
        v.learner_unverified.push_back(s.completion && !verifier.problem(*s.completion).empty());
    read_outbox();
}

void ManagerController::read_outbox() {
    if (m_access.background_runs) m_background_runs = m_access.background_runs();
    ManagerDashboard& v = m_view;
    v.outbox = OutboxCounts{};
    v.set_aside.clear();
    v.outbox_problem.clear();
    if (!m_store.outbox_counts(m_clock.now(), v.outbox)) {
        v.outbox_problem = m_store.last_error();
        return;
    }
    for (OutboxState state : {OutboxState::Quarantined, OutboxState::Rejected}) {
        for (const OutboxItem& item : m_store.outbox_items(state)) v.set_aside.push_back(outbox_line(item));
        if (!m_store.last_error().empty()) {
            v.outbox_problem = m_store.last_error();
            return;
        }
    }
}

void ManagerController::start_export() {
    const std::vector<std::string> formats = export_formats();
    ExportChoice choice{formats[static_cast<std::size_t>(m_view.format)], trimmed(m_view.path), m_view.applied};
    if (!m_access.start_export || !m_access.start_export(choice)) return;
    m_view.exporting = ExportProgress{};
    m_view.exporting.running = true;
}

}  // namespace primer::ui
