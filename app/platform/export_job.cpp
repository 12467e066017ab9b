#include "export_job.hpp"

#include "atomic_file.hpp"
#include "time_format.hpp"

#include <algorithm>

namespace primer {
namespace {

// Passes every write through to the file and, after each, lets the writing thread publish
// how far it has got: the export functions count learners as they go, and reading that
// count here, on their own thread, needs no lock.
class ProgressBuffer : public std::streambuf {
public:
    ProgressBuffer(std::streambuf& target, std::function<void()> written)
        : m_target(target), m_written(std::move(written)) {}

protected:
    int_type overflow(int_type c) override {
        const int_type result = m_target.sputc(traits_type::to_char_type(c));
        m_written();
        return result;
    }
    std::streamsize xsputn(const char* text, std::streamsize size) override {
        const std::streamsize result = m_target.sputn(text, size);
        m_written();
        return result;
    }
    int sync() override { return m_target.pubsync(); }

private:
    std::streambuf& m_target;
    std::function<void()> m_written;
};

}  // namespace

ExportJob::~ExportJob() {
    if (m_worker.joinable()) m_worker.join();
}

bool ExportJob::start(ExportRequest request) {
    if (m_running) return false;
    if (m_worker.joinable()) m_worker.join();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = false;
        m_succeeded = false;
        m_message.clear();
    }
    m_done = 0;
    m_total = 0;
    m_running = true;
    m_worker = std::thread([this, request = std::move(request)] { run(request); });
    return true;
}

WorkerProgress ExportJob::status() const {
    WorkerProgress status;
    status.running = m_running;
    status.done = m_done;
    status.total = m_total;
    std::lock_guard<std::mutex> lock(m_mutex);
    status.finished = m_finished;
    status.succeeded = m_succeeded;
    status.message = m_message;
    return status;
}

void ExportJob::finish(bool succeeded, std::string message) {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = true;
        m_succeeded = succeeded;
        m_message = std::move(message);
    }
    m_running = false;
}

void ExportJob::run(const ExportRequest& request) {
    if (!request.unavailable.empty()) return finish(false, request.unavailable);
    std::string error;
    auto store = Store::open(request.database, error);
    if (!store) return finish(false, error);
    const CsvPreset* preset = find_csv_preset(request.preset);
    const bool xapi = request.preset == "xapi";
    if ((!preset && !xapi) || (xapi && !request.course))
        return finish(false, "There is no export called '" + request.preset + "'. This is a bug in Primer; please report it.");

    // Counted first, so the bar can say how far along it is.
    long long total = 0;
    const bool counted = store->for_each_standing(request.filter.course, [&](const Standing& standing) {
        if (included(request.filter, standing) && (xapi || !preset->completed_only || standing.completed_at != 0))
            ++total;
        return true;
    });
    if (!counted) return finish(false, store->last_error());
    m_total = total;

    ExportCount count;
    std::error_code ignored;
    std::filesystem::create_directories(request.output.parent_path(), ignored);
    const bool written = write_file_atomically(
        request.output,
        [&](std::ostream& file) {
            ProgressBuffer progress(*file.rdbuf(), [&] { m_done = count.learners; });
            std::ostream out(&progress);
            return xapi ? write_xapi(*store, *request.course, request.filter, request.xapi, false, out, count)
                        : write_csv(*store, *preset, request.filter, out, count);
        },
        FileAccess::Usual, error);
    m_done = count.learners;
    if (!written)
        return finish(false, store->last_error().empty() ? error : "The export stopped: " + store->last_error());
    const std::string what = xapi ? std::to_string(count.rows) + (count.rows == 1 ? " statement" : " statements") +
                                        " for " + std::to_string(count.learners) +
                                        (count.learners == 1 ? " learner" : " learners")
                                  : std::to_string(count.rows) + (count.rows == 1 ? " row" : " rows");
    finish(true, "Exported " + what + " to " + request.output.string());
}

std::filesystem::path default_export_path(const std::filesystem::path& folder, const std::string& course_id,
                                          const std::string& preset, Millis now) {
    std::string stamp = format_utc(now);  // 2026-03-01T10:15:00.123Z
    stamp = stamp.substr(0, 23);  // milliseconds too: two exports never share a name
    stamp.erase(std::remove(stamp.begin() + 11, stamp.end(), ':'), stamp.end());
    const std::string extension = preset == "xapi" ? ".jsonl" : ".csv";
    return folder / ("primer-" + course_id + "-" + preset + "-" + stamp + "Z" + extension);
}

}  // namespace primer
