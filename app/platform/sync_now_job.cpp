#include "sync_now_job.hpp"

#include <cctype>

namespace primer {

std::string describe_sync(const SyncOutcome& outcome, const std::string& host) {
    if (!outcome.error.empty()) return outcome.error;
    const SendResult& result = outcome.result;
    std::string text = "Sent " + std::to_string(result.sent) + (result.sent == 1 ? " statement" : " statements") +
                       " to the LRS at " + host + ".";
    const int set_aside = result.quarantined + result.rejected;
    if (set_aside > 0)
        text += " " + std::to_string(set_aside) + (set_aside == 1 ? " was" : " were") +
                " set aside; the LRS's reasons are listed below.";
    if (!result.problem.empty()) {
        // The engine words a problem to follow "primer sync: "; here it starts a sentence.
        std::string problem = result.problem;
        problem[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(problem[0])));
        text += " " + problem + (problem.back() == '.' ? "" : ".");
    }
    const int waiting = outcome.counts.waiting;
    if (waiting > 0) text += " " + std::to_string(waiting) + (waiting == 1 ? " waits" : " wait") + " in the outbox.";
    return text;
}

SyncNowJob::~SyncNowJob() {
    m_cancel = true;
    if (m_worker.joinable()) m_worker.join();
}

bool SyncNowJob::start(SyncJob job) {
    if (m_running) return false;
    if (m_worker.joinable()) m_worker.join();
    {
        std::lock_guard lock(m_mutex);
        m_finished = false;
    }
    m_done = 0;
    m_total = 0;
    m_running = true;
    job.honour_backoff = false;
    m_worker = std::thread([this, job = std::move(job)] {
        const SyncOutcome outcome = run_sync(
            job,
            [this](int done, int total) {
                m_done = done;
                m_total = total;
            },
            &m_cancel);
        std::lock_guard lock(m_mutex);
        // Statements set aside need a look too: the sentence is not shown as a success.
        m_succeeded = outcome.error.empty() && outcome.result.problem.empty() && outcome.counts.waiting == 0 &&
                      outcome.result.quarantined + outcome.result.rejected == 0;
        m_message = describe_sync(outcome, job.lrs.host);
        m_finished = true;
        m_running = false;
    });
    return true;
}

WorkerProgress SyncNowJob::status() const {
    std::lock_guard lock(m_mutex);
    return {m_running, m_finished, m_succeeded, m_done, m_total, m_message};
}

}  // namespace primer
