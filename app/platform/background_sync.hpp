// The player's background sync (lrs.toml: auto = true). A worker thread with its own
// connection to the records sends at the start, after each natural point (records_changed),
// and when a retry falls due; between those it sleeps on a condition variable and costs no
// CPU while idle. After a run it wakes the UI loop (on_run) only so that a view showing the
// outbox (the manager view) reads it again. At the end of the session (destruction)
// it makes one last run, for up to a few seconds, then stops; what it could not send waits
// in the outbox for the next sync.
#pragma once

#include "lrs_sync_job.hpp"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace primer {

class BackgroundSync {
public:
    // `say` receives a sentence when a run sends something or meets a problem (never a secret).
    BackgroundSync(SyncJob job, std::function<void(const std::string&)> say);
    ~BackgroundSync();
    BackgroundSync(const BackgroundSync&) = delete;
    BackgroundSync& operator=(const BackgroundSync&) = delete;

    // A natural point: the learner's records changed in a way worth sending now.
    void records_changed();
    // `ran` is called on the worker after each run but the last (at the end of the session):
    // the player wakes its event loop with it. Set and cleared (nullptr) by the UI thread
    // while its window is open, so it is never called once the window has gone.
    void on_run(std::function<void()> ran);
    // How many runs have finished: a view re-reads the outbox when this changes.
    std::uint64_t runs() const { return m_runs; }

private:
    void work();
    void report(const SyncOutcome& outcome);

    SyncJob m_job;
    std::function<void(const std::string&)> m_say;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_finished_wake;
    bool m_wanted = true;  // the first run happens at start
    bool m_stopping = false;
    bool m_finished = false;
    std::atomic<bool> m_cancel{false};
    std::atomic<std::uint64_t> m_runs{0};
    std::function<void()> m_ran;  // under m_mutex
    std::string m_last_problem;  // said once, not after every retry
    std::thread m_thread;        // last: it starts once everything above is ready
};

// Starts the background sync when lrs.toml in `data_dir` (read over the brand's `defaults`)
// says auto = true; nullptr when it does not, or when the file has errors (said through
// `say`, as are its warnings).
std::unique_ptr<BackgroundSync> start_background_sync(const std::filesystem::path& data_dir, const Course& course,
                                                      const LrsSettings& defaults, const std::string& platform, const std::string& installation,
                                                      std::function<void(const std::string&)> say);

}  // namespace primer
