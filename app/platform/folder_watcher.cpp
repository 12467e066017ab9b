#include "folder_watcher.hpp"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

namespace primer {

namespace {

// What an editor's save or a file manager's copy does, in any of their ways.
constexpr std::uint32_t kWatched =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_ATTRIB;

}  // namespace

std::unique_ptr<FolderWatcher> FolderWatcher::start(const std::filesystem::path& folder,
                                                    std::function<void()> changed, std::string& error,
                                                    std::chrono::milliseconds settle) {
    std::error_code failed;
    if (!std::filesystem::is_directory(folder, failed)) {
        error = "cannot watch " + folder.string() + " for changes: it is not a folder.";
        return nullptr;
    }
    const int inotify = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    int stop[2];
    if (inotify < 0 || pipe2(stop, O_CLOEXEC) != 0) {
        error = std::string("cannot watch for changes: ") + std::strerror(errno) + ".";
        if (inotify >= 0) close(inotify);
        return nullptr;
    }
    std::unique_ptr<FolderWatcher> watcher(
        new FolderWatcher(folder, inotify, stop[0], stop[1], std::move(changed), settle));
    watcher->watch_tree();
    watcher->m_thread = std::thread([w = watcher.get()] { w->work(); });
    return watcher;
}

FolderWatcher::FolderWatcher(std::filesystem::path root, int inotify, int stop_pipe_read, int stop_pipe_write,
                             std::function<void()> changed, std::chrono::milliseconds settle)
    : m_root(std::move(root)), m_inotify(inotify), m_stop_read(stop_pipe_read), m_stop_write(stop_pipe_write), m_changed(std::move(changed)),
      m_settle(settle) {}

FolderWatcher::~FolderWatcher() {
    const char stop = 1;
    [[maybe_unused]] ssize_t written = write(m_stop_write, &stop, 1);
    if (m_thread.joinable()) m_thread.join();
    close(m_inotify);
    close(m_stop_read);
    close(m_stop_write);
}

void FolderWatcher::watch_tree() {
    inotify_add_watch(m_inotify, m_root.c_str(), kWatched);
    std::error_code failed;
    for (auto it = std::filesystem::recursive_directory_iterator(m_root, failed);
         !failed && it != std::filesystem::recursive_directory_iterator(); it.increment(failed))
        if (it->is_directory(failed)) inotify_add_watch(m_inotify, it->path().c_str(), kWatched);
}

bool FolderWatcher::drain() {
    alignas(inotify_event) char buffer[16 * 1024];
    bool mattered = false;
    bool new_folder = false;
    for (;;) {
        const ssize_t got = read(m_inotify, buffer, sizeof buffer);
        if (got <= 0) break;
        for (ssize_t at = 0; at < got;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
            at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            if (event->mask & IN_IGNORED) continue;
            mattered = true;
            // A folder made or moved in (a new module, say): watch it and what it holds.
            if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))) new_folder = true;
        }
    }
    if (new_folder) watch_tree();
    return mattered;
}

void FolderWatcher::work() {
    pollfd waits[2] = {{m_inotify, POLLIN, 0}, {m_stop_read, POLLIN, 0}};
    bool pending = false;
    for (;;) {
        // Sleep until something happens; while a change is pending, only until it settles.
        const int timeout = pending ? static_cast<int>(m_settle.count()) : -1;
        const int ready = poll(waits, 2, timeout);
        if (ready < 0 && errno == EINTR) continue;
        if (ready < 0 || (waits[1].revents & POLLIN)) return;
        if (ready == 0) {  // quiet for `settle` since the last change
            pending = false;
            m_changed();
            continue;
        }
        if (drain()) pending = true;
    }
}

}  // namespace primer
