// The manager view's "Sync now": one sync with the LRS run on a worker thread, trying every
// waiting statement at once (a person asked), while the window shows how far it has got.
#pragma once

#include "lrs_sync_job.hpp"
#include "worker_progress.hpp"

#include <atomic>
#include <mutex>
#include <string>
#include <thread>

namespace primer {

class SyncNowJob {
public:
    SyncNowJob() = default;
    ~SyncNowJob();  // cancels a request under way and waits: what was not sent waits in the outbox
    SyncNowJob(const SyncNowJob&) = delete;
    SyncNowJob& operator=(const SyncNowJob&) = delete;

    // Starts a run; false when one is already running.
    bool start(SyncJob job);
    WorkerProgress status() const;  // done and total count statements answered by the LRS

private:
    std::thread m_worker;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_cancel{false};
    std::atomic<long long> m_done{0};
    std::atomic<long long> m_total{0};
    mutable std::mutex m_mutex;  // guards the rest
    bool m_finished = false;
    bool m_succeeded = false;
    std::string m_message;
};

// What a sync did, in a sentence for a manager.
std::string describe_sync(const SyncOutcome& outcome, const std::string& host);

}  // namespace primer
