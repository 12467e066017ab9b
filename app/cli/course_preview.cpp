#include "course_preview.hpp"

#include <ctime>
#include <iostream>

namespace primer::cli {

namespace {

std::string local_time_now() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%H:%M:%S", &local);
    return text;
}

}  // namespace

std::unique_ptr<CoursePreview> CoursePreview::start(const std::string& course_path, std::filesystem::path library,
                                                    const ImageChecker& images, std::function<void()> wake,
                                                    std::string& error) {
    std::unique_ptr<CoursePreview> preview(
        new CoursePreview(course_path, std::move(library), images, std::move(wake)));
    std::filesystem::path folder = course_path;
    std::error_code ignored;
    if (!std::filesystem::is_directory(folder, ignored)) folder = folder.parent_path();
    preview->m_watcher = FolderWatcher::start(folder.empty() ? "." : folder, [p = preview.get()] { p->reload(); },
                                              error);
    if (!preview->m_watcher) return nullptr;
    return preview;
}

CoursePreview::CoursePreview(std::string course_path, std::filesystem::path library, const ImageChecker& images,
                             std::function<void()> wake)
    : m_course_path(std::move(course_path)), m_library(std::move(library)), m_images(images), m_wake(std::move(wake)) {}

void CoursePreview::reload() {
    auto loaded = std::make_unique<LoadResult>(load_course_or_module_with_library(m_course_path, m_library, &m_images, Checks::All));
    // The terminal gets the same news as the panel, for an author with an editor beside it.
    std::cerr << "primer: " << m_course_path << " saved: " << loaded->diagnostics.error_count() << " error(s), "
              << loaded->diagnostics.warning_count() << " warning(s)"
              << (loaded->course ? "; reloaded\n" : "; the last version that loaded plays on\n");
    for (const Diagnostic& d : loaded->diagnostics.all())
        if (d.severity == Severity::Error) std::cerr << format_diagnostic(d) << "\n";
    {
        std::lock_guard lock(m_mutex);
        m_pending = std::move(loaded);
    }
    m_wake();
}

bool CoursePreview::show_pending(ui::PlayerApp& app) {
    std::unique_ptr<LoadResult> loaded;
    {
        std::lock_guard lock(m_mutex);
        loaded = std::move(m_pending);
    }
    if (!loaded) return false;
    const Course* course = loaded->course ? &*loaded->course : nullptr;
    app.show_reloaded(course, loaded->diagnostics, local_time_now());
    // Only now may the version it replaced go: the app's session held on to it until here.
    if (course) m_on_show = std::move(loaded);
    return course != nullptr;
}

}  // namespace primer::cli
