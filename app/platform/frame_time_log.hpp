// `primer play --frame-times FILE`: one line per drawn frame with the CPU it cost, so the
// benchmarks can report frame-time percentiles from the real player. Off unless asked for.
#pragma once

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

namespace primer {

class FrameTimeLog {
public:
    // nullptr and a sentence in `error` when the file cannot be written.
    static std::unique_ptr<FrameTimeLog> open(const std::filesystem::path& file, std::string& error);
    ~FrameTimeLog();
    FrameTimeLog(const FrameTimeLog&) = delete;
    FrameTimeLog& operator=(const FrameTimeLog&) = delete;

    void frame_started();
    void frame_built();     // after ImGui::Render: the UI's own work for the frame is done
    void frame_finished();  // after the swap: writes "build_us draw_us"

private:
    explicit FrameTimeLog(std::FILE* file) : m_file(file) {}
    std::FILE* m_file;
    long long m_started_ns = 0;
    long long m_built_ns = 0;
};

}  // namespace primer
