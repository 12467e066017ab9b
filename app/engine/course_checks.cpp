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

// Whether the image can be shown; says why not when it cannot (or cannot be checked).
bool check_image(const ImageRef& image, const fs::path& module_folder, const ImageChecker* images,
                 Diagnostics& diagnostics) {
    if (image.path.empty()) return false;  // no usable path; the parser has said why
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
        return false;
    }
    if (!images) return false;
    std::string problem = images->check(image.path);
    if (!problem.empty())
        diagnostics.error(image.where, "image '" + written + "' cannot be shown: " + problem,
                          "open it in an image editor and save it again as PNG or JPEG");
    return problem.empty();
}

std::string span(float from, float to) {
    return std::to_string(static_cast<int>(from)) + " to " + std::to_string(static_cast<int>(to));
}

// Every region must lie inside its image, or part of it could never be pointed at.
// Regions may overlap: a smaller area can sit inside a larger one.
void check_regions(const HotspotTask& task, const ImageChecker& images, Diagnostics& diagnostics) {
    std::optional<PixelSize> size = images.pixel_size(task.image.path);
    if (!size) return;
    const float width = static_cast<float>(size->width), height = static_cast<float>(size->height);
    for (const Region& region : task.regions) {
        const bool circle = region.shape == Region::Shape::Circle;
        const float left = circle ? region.x - region.radius : region.x;
        const float top = circle ? region.y - region.radius : region.y;
        const float right = circle ? region.x + region.radius : region.x + region.width;
        const float bottom = circle ? region.y + region.radius : region.y + region.height;
        if (left >= 0 && top >= 0 && right <= width && bottom <= height) continue;
        diagnostics.error(region.where, "region '" + region.id + "' lies partly outside the image",
                          "it spans x " + span(left, right) + " and y " + span(top, bottom) + ", but the image is " +
                              std::to_string(size->width) + " x " + std::to_string(size->height) +
                              " pixels; regions are in the image's own pixels, from its top-left corner");
    }
}

void check_question_images(const Question& question, const fs::path& module_folder, const ImageChecker* images,
                           Diagnostics& diagnostics) {
    const auto* hotspot = std::get_if<HotspotTask>(&question.body);
    if (hotspot && check_image(hotspot->image, module_folder, images, diagnostics))
        check_regions(*hotspot, *images, diagnostics);
}

// "module/screen" with both parts well-formed; a malformed one is reported by the parser.
bool well_formed(const std::string& reference) {
    ScreenRef ref = parse_screen_ref(reference);
    return reference.find('/') != std::string::npos && is_valid_id(ref.module_id) && is_valid_id(ref.screen_id);
}

// A confidence rating is compared with one the learner gave earlier, so `compare_with`
// must name a confidence screen before it in reading order. A module checked on its own
// cannot see other modules; those references are checked with the whole course.
void check_comparisons(const Course& course, Diagnostics& diagnostics) {
    const bool lone_module = course.modules.size() == 1 && course.folder == course.modules[0].folder;
    std::vector<std::string> earlier;  // qualified ids of the confidence screens met so far
    for (const Module& module : course.modules) {
        for (const Screen& screen : module.screens) {
            if (!screen.question || screen.kind != ScreenKind::Confidence) continue;
            const auto& task = std::get<ConfidenceTask>(screen.question->body);
            const std::string& wanted = task.compare_with;
            const ScreenRef ref = parse_screen_ref(wanted);
            const Screen* target = course.find_screen(ref);
            bool skip = wanted.empty() || !well_formed(wanted) || (lone_module && !course.find_module(ref.module_id));
            bool met = std::find(earlier.begin(), earlier.end(), wanted) != earlier.end();
            earlier.push_back(ScreenRef{module.id, screen.id}.qualified());
            if (skip || met) continue;
            const std::vector<std::string> before(earlier.begin(), earlier.end() - 1);
            std::string match = closest_match(wanted, before);
            std::string hint = !match.empty()  ? "did you mean '" + match + "'?"
                               : before.empty() ? "there is no confidence screen before this one; add one where "
                                                  "the course starts, or remove compare_with"
                                                : "the confidence screens before this one are " + join_names(before, "'");
            if (!target)
                diagnostics.error(task.compare_with_where, "'compare_with' names '" + wanted + "', which is not a screen in this course",
                                  std::move(hint));
            else if (target->kind != ScreenKind::Confidence)
                diagnostics.error(task.compare_with_where,
                                  "'compare_with' names '" + wanted + "', which is a " + to_string(target->kind) +
                                      " screen, not a confidence screen",
                                  std::move(hint));
            else
                diagnostics.error(task.compare_with_where,
                                  "'compare_with' names '" + wanted + "', which does not come before this screen",
                                  "a rating is compared with one given earlier; " + hint);
        }
    }
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

// A content note skips forward within its module, so `skip_to` must name a later screen there.
void check_content_notes(const Module& module, Diagnostics& diagnostics) {
    std::vector<std::string> later;
    for (auto screen = module.screens.rbegin(); screen != module.screens.rend(); later.push_back(screen->id), ++screen) {
        if (!screen->content_note || screen->content_note->skip_to.empty()) continue;
        const std::string& target = screen->content_note->skip_to;
        if (std::find(later.begin(), later.end(), target) != later.end()) continue;
        const bool earlier = module.find_screen(target) != nullptr;
        std::string hint = "skip_to names a screen after this one in the same module, such as its summary";
        std::string match = closest_match(target, later);
        if (!match.empty() && !earlier) hint = "did you mean '" + match + "'? " + hint;
        diagnostics.error(screen->content_note->skip_to_where,
                          earlier ? "skip_to '" + target + "' is not after this screen, so skipping could not move on"
                                  : "skip_to '" + target + "' is not a screen in this module",
                          std::move(hint));
    }
}

}  // namespace

void check_course(const Course& course, const ImageChecker* images, Diagnostics& diagnostics) {
    check_module_ids(course, diagnostics);
    check_assessments(course, diagnostics);
    for (const Module& module : course.modules) {
        check_content_notes(module, diagnostics);
        for (const Screen& screen : module.screens) {
            if (screen.image) check_image(*screen.image, module.folder, images, diagnostics);
            if (screen.question) check_question_images(*screen.question, module.folder, images, diagnostics);
            if (screen.conversation)
                for (const ConversationNode& node : screen.conversation->nodes)
                    if (node.image) check_image(*node.image, module.folder, images, diagnostics);
            if (screen.explainer)
                for (const Beat& beat : screen.explainer->beats)
                    if (beat.image) check_image(*beat.image, module.folder, images, diagnostics);
        }
    }
    check_comparisons(course, diagnostics);
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
