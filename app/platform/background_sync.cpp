#include "background_sync.hpp"

#include "lrs_settings_file.hpp"

namespace primer {
namespace {

// How long the player waits at exit for the last run before it cancels it.
constexpr auto kLastRunBudget = std::chrono::seconds(5);

std::chrono::system_clock::time_point at(Millis millis) {
    return std::chrono::system_clock::time_point(std::chrono::milliseconds(millis));
}

}  // namespace

BackgroundSync::BackgroundSync(SyncJob job, std::function<void(const std::string&)> say)
    : m_job(std::move(job)), m_say(std::move(say)), m_thread([this] { work(); }) {}

BackgroundSync::~BackgroundSync() {
    {
        std::unique_lock lock(m_mutex);
        m_stopping = true;
        m_wake.notify_one();
        if (!m_finished_wake.wait_for(lock, kLastRunBudget, [this] { return m_finished; })) m_cancel = true;
    }
    m_thread.join();
}

void BackgroundSync::records_changed() {
    std::lock_guard lock(m_mutex);
    m_wanted = true;
    m_wake.notify_one();
}

void BackgroundSync::on_run(std::function<void()> ran) {
    std::lock_guard lock(m_mutex);
    m_ran = std::move(ran);
}

void BackgroundSync::work() {
    std::unique_lock lock(m_mutex);
    std::optional<Millis> retry_at;
    for (;;) {
        auto ready = [this] { return m_wanted || m_stopping; };
        if (retry_at)
            m_wake.wait_until(lock, at(*retry_at), ready);
        else
            m_wake.wait(lock, ready);
        const bool last = m_stopping;  // the session has ended: this run sends its last records
        m_wanted = false;
        lock.unlock();
        const SyncOutcome outcome = run_sync(m_job, {}, &m_cancel);
        report(outcome);
        lock.lock();
        ++m_runs;
        if (last) break;
        if (m_ran) m_ran();
        // A refusal needs a person; only new records (or the next start) try again.
        retry_at.reset();
        if (outcome.error.empty() && !outcome.result.stopped && outcome.counts.next_attempt_at != 0)
            retry_at = outcome.counts.next_attempt_at;
    }
    m_finished = true;
    m_finished_wake.notify_all();
}

void BackgroundSync::report(const SyncOutcome& outcome) {
    std::string problem = outcome.error.empty() ? outcome.result.problem : outcome.error;
    if (outcome.result.sent > 0)
        m_say("sent " + std::to_string(outcome.result.sent) + " statements to the LRS at " + m_job.lrs.host);
    if (outcome.result.quarantined + outcome.result.rejected > 0)
        m_say(std::to_string(outcome.result.quarantined + outcome.result.rejected) +
              " statements were set aside; the manager view and 'primer sync --status' show why");
    if (!problem.empty() && problem != m_last_problem)
        m_say("LRS sync: " + problem + (problem.back() == '.' ? "" : ".") +
              (outcome.counts.waiting > 0 ? " " + std::to_string(outcome.counts.waiting) + " statements wait in the outbox." : ""));
    m_last_problem = problem;
}

}  // namespace primer

namespace primer {

std::unique_ptr<BackgroundSync> start_background_sync(const std::filesystem::path& data_dir, const Course& course,
                                                      const LrsSettings& defaults, const std::string& platform,
                                                      const std::string& installation,
                                                      std::function<void(const std::string&)> say) {
    LrsSettingsFile file = load_lrs_settings(data_dir, defaults);
    for (const Diagnostic& d : file.diagnostics.all()) say(format_diagnostic(d));
    if (file.present && !file.settings) say(file.path.string() + " has errors, so records are not sent to the LRS.");
    if (!file.settings || !file.settings->auto_sync) return nullptr;
    SyncJob job;
    job.data_dir = data_dir;
    job.course = &course;
    job.lrs = *file.settings;
    job.xapi = xapi_settings_from(&job.lrs, "", "", platform, installation);
    return std::make_unique<BackgroundSync>(std::move(job), std::move(say));
}

}  // namespace primer
