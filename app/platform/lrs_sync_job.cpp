#include "lrs_sync_job.hpp"

#include "curl_lrs_transport.hpp"

#include <random>

namespace primer {

SyncOutcome run_sync(const SyncJob& job, const SyncProgress& progress, const std::atomic<bool>* cancel) {
    SyncOutcome outcome;
    auto store = Store::open(database_path(job.data_dir), outcome.error);
    if (!store) return outcome;
    SystemClock clock;
    if (!fill_outbox(*store, *job.course, job.xapi, clock.now(), outcome.queued)) {
        outcome.error = store->last_error();
        return outcome;
    }
    if (job.send) {
        CurlLrsTransport lrs(job.lrs, cancel);
        std::mt19937_64 engine{std::random_device{}()};
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        const std::function<double()> random = [&] { return unit(engine); };
        SendOptions options;
        options.batch_size = job.lrs.batch_size;
        options.honour_backoff = job.honour_backoff;
        outcome.result = send_outbox(*store, lrs, options, clock, random, job.lrs.host, progress);
        outcome.error = outcome.result.records_error;
    }
    if (outcome.error.empty() && !store->outbox_counts(clock.now(), outcome.counts)) outcome.error = store->last_error();
    return outcome;
}

}  // namespace primer
