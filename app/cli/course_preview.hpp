// `primer preview`'s reloads. A folder watcher loads the course again after each save, on
// its own thread, so the window never waits for the parse; the UI thread then shows the
// result between two frames.
#pragma once

#include "course_library.hpp"
#include "folder_watcher.hpp"
#include "player_app.hpp"

#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace primer::cli {

class CoursePreview {
public:
    // Watches the folder `course_path` names (or the folder of the file it names). `wake`
    // is called, from the watcher's thread, when a load is ready to show.
    static std::unique_ptr<CoursePreview> start(const std::string& course_path, std::filesystem::path library,
                                                const ImageChecker& images, std::function<void()> wake,
                                                std::string& error);

    // Between frames: hands the latest load, if any, to the app. True when a new version
    // went on show, so images must be read again.
    bool show_pending(ui::PlayerApp& app);

private:
    CoursePreview(std::string course_path, std::filesystem::path library, const ImageChecker& images,
                  std::function<void()> wake);
    void reload();  // on the watcher's thread

    std::string m_course_path;
    std::filesystem::path m_library;  // installed modules the course adds
    const ImageChecker& m_images;
    std::function<void()> m_wake;
    std::mutex m_mutex;
    std::unique_ptr<LoadResult> m_pending;  // loaded, not yet on show
    std::unique_ptr<LoadResult> m_on_show;  // the version the app plays, once a reload loaded
    std::unique_ptr<FolderWatcher> m_watcher;  // last: it stops before the rest goes
};

}  // namespace primer::cli
