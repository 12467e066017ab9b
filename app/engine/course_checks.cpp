#include "course_checks.hpp"

#include "names.hpp"

#include <algorithm>
#include <optional>
#include <system_error>

namespace primer {
namespace {

namespace fs = std::filesystem;

void check_module_ids(const Course& course, Diagnostics& diagnostics) {
    FirstUse module_ids;
    for (const Module& module : course.modules) {
        if (module.id.empty()) continue;
        if (auto first = module_ids.see(module.id, module.where))
            diagnostics.error(module.where, "module id '" + module.id + "' is used twice in this course",
                              "it is first used at " + place_name(*first, module.where) +
                                  "; give each module its own id");
    }
}

void check_image(const ImageRef& image, const fs::path& module_folder, const ImageChecker* images,
                 Diagnostics& diagnostics) {
    if (image.path.empty()) return;  // no usable path; the parser has said why
    auto as_written = [&](const fs::path& file) {
        return file.lexically_relative(module_folder.lexically_normal()).generic_string();
    };
    std::string written = as_written(image.path);
    std::error_code error;
    if (!fs::is_regular_file(image.path, error)) {
        std::string hint = "image paths start from the module folder, where module.toml is";
        std::string match = closest_match(image.path.filename().string(), entry_names(image.path.parent_path()));
        if (!match.empty()) hint = "did you mean '" + as_written(image.path.parent_path() / match) + "'? " + hint;
        diagnostics.error(image.where, "image '" + written + "' was not found", std::move(hint));
        return;
    }
    if (!images) return;
    std::string problem = images->check(image.path);
    if (!problem.empty())
        diagnostics.error(image.where, "image '" + written + "' cannot be shown: " + problem,
                          "open it in an image editor and save it again as PNG or JPEG");
}

// Several assessments are allowed (a practice one, say), but only one can say whether the
// learner passed; authors should know which.
void check_assessments(const Course& course, Diagnostics& diagnostics) {
    std::optional<SourceLoc> first;
    for (const Module& module : course.modules)
        for (const Screen& screen : module.screens) {
            if (!screen.assessment) continue;
            if (first)
                diagnostics.warning(screen.where, "this course has more than one assessment",
                                    "the first is at " + place_name(*first, screen.where) +
                                        "; whether a learner passed comes from the last one only");
            else
                first = screen.where;
        }
}

}  // namespace

void check_course(const Course& course, const ImageChecker* images, Diagnostics& diagnostics) {
    check_module_ids(course, diagnostics);
    check_assessments(course, diagnostics);
    for (const Module& module : course.modules)
        for (const Screen& screen : module.screens) {
            if (screen.image) check_image(*screen.image, module.folder, images, diagnostics);
            if (screen.conversation)
                for (const ConversationNode& node : screen.conversation->nodes)
                    if (node.image) check_image(*node.image, module.folder, images, diagnostics);
        }
}

std::vector<std::string> entry_names(const fs::path& folder, bool folders_only) {
    std::vector<std::string> names;
    std::error_code error;
    for (fs::directory_iterator it(folder.empty() ? "." : folder, error), end; !error && it != end; it.increment(error)) {
        std::error_code ignored;
        if (!folders_only || fs::is_directory(it->path(), ignored)) names.push_back(it->path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace primer
