#include "frame_time_log.hpp"

#include <ctime>

namespace primer {

namespace {

// CPU time of the UI thread only: Mesa's llvmpipe rasterises on worker threads, and
// time spent asleep waiting for input is not the frame's cost.
long long thread_cpu_ns() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec;
}

}  // namespace

std::unique_ptr<FrameTimeLog> FrameTimeLog::open(const std::filesystem::path& file, std::string& error) {
    std::FILE* handle = std::fopen(file.string().c_str(), "w");
    if (!handle) {
        error = "Could not write frame times to " + file.string() + ".";
        return nullptr;
    }
    std::fputs("# one line per frame: build_us (NewFrame to Render) draw_us (GL draw and swap), thread CPU\n",
               handle);
    return std::unique_ptr<FrameTimeLog>(new FrameTimeLog(handle));
}

FrameTimeLog::~FrameTimeLog() { std::fclose(m_file); }

void FrameTimeLog::frame_started() { m_started_ns = thread_cpu_ns(); }

void FrameTimeLog::frame_built() { m_built_ns = thread_cpu_ns(); }

void FrameTimeLog::frame_finished() {
    long long finished_ns = thread_cpu_ns();
    std::fprintf(m_file, "%lld %lld\n", (m_built_ns - m_started_ns) / 1000, (finished_ns - m_built_ns) / 1000);
    // Flushed per frame so a benchmark can read the figures while the player runs.
    std::fflush(m_file);
}

}  // namespace primer
