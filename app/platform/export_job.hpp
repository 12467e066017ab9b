// The manager view's Export button: a completion export (a CSV preset or xAPI statements)
// written on a worker thread, with its own connection to the records, to a file replaced
// atomically, while the window stays responsive and shows how far it has got.
#pragma once

#include "course.hpp"
#include "csv_export.hpp"
#include "worker_progress.hpp"
#include "xapi_statements.hpp"

#include <atomic>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>

namespace primer {

struct ExportRequest {
    std::filesystem::path database;  // the records; the worker opens its own connection
    std::filesystem::path output;
    std::string preset;              // a CSV preset's name, or "xapi"
    ExportFilter filter;
    const Course* course = nullptr;  // for xAPI names and definitions; must outlive the job
    XapiSettings xapi;
    std::string unavailable;  // when set, why this export cannot be made: the job fails with it at once
};

class ExportJob {
public:
    ExportJob() = default;
    ~ExportJob();  // waits for a running export to finish: a file is never left half-done
    ExportJob(const ExportJob&) = delete;
    ExportJob& operator=(const ExportJob&) = delete;

    // Starts the export; false when one is already running.
    bool start(ExportRequest request);
    WorkerProgress status() const;

private:
    void run(const ExportRequest& request);
    void finish(bool succeeded, std::string message);

    std::thread m_worker;
    std::atomic<bool> m_running{false};
    std::atomic<long long> m_done{0};
    std::atomic<long long> m_total{0};
    mutable std::mutex m_mutex;  // guards the rest
    bool m_finished = false;
    bool m_succeeded = false;
    std::string m_message;
};

// "primer-<course>-<preset>-2026-03-01T101500.123Z.csv" (or .jsonl) in `folder`: a name that sorts by
// time and never replaces an earlier export.
std::filesystem::path default_export_path(const std::filesystem::path& folder, const std::string& course_id,
                                          const std::string& preset, Millis now);

}  // namespace primer
