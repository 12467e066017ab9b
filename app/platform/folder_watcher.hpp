// Watches a folder tree for saved files (`primer preview`). A worker thread blocks on
// inotify, so watching costs no CPU between saves. Editors save in bursts (a temporary
// file, a rename, a chmod), so changes are gathered until the folder has been quiet for
// `settle`, and then `changed` runs once, on the worker thread.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>

namespace primer {

class FolderWatcher {
public:
    // nullptr and a sentence in `error` when the folder cannot be watched.
    static std::unique_ptr<FolderWatcher> start(const std::filesystem::path& folder, std::function<void()> changed,
                                                std::string& error,
                                                std::chrono::milliseconds settle = std::chrono::milliseconds(150));
    ~FolderWatcher();
    FolderWatcher(const FolderWatcher&) = delete;
    FolderWatcher& operator=(const FolderWatcher&) = delete;

private:
    FolderWatcher(std::filesystem::path root, int inotify, int stop_pipe_read, int stop_pipe_write,
                  std::function<void()> changed, std::chrono::milliseconds settle);
    void work();
    // Reads the pending events, watching any folder created since; true if any mattered.
    bool drain();
    // Watches the root and every folder under it; inotify ignores watches it already has.
    void watch_tree();

    std::filesystem::path m_root;
    int m_inotify;
    int m_stop_read;
    int m_stop_write;
    std::function<void()> m_changed;
    std::chrono::milliseconds m_settle;
    std::thread m_thread;  // last: it starts once everything above is ready
};

}  // namespace primer
