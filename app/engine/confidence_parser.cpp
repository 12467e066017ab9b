// confidence: an ungraded 1-5 rating, with five labels for the points of the scale and,
// optionally, an earlier confidence screen to show the change against. That the earlier
// screen exists is checked once every module is read (course_checks.cpp).
#include "course.hpp"
#include "question_parser.hpp"

namespace primer {
namespace {

constexpr std::size_t scale_points = 5;

std::vector<std::string> default_labels() {
    return {"Not at all confident", "A little confident", "Fairly confident", "Confident", "Very confident"};
}

// "module/screen" with both parts well-formed ids.
bool is_screen_reference(const std::string& text) {
    ScreenRef ref = parse_screen_ref(text);
    return text.find('/') != std::string::npos && is_valid_id(ref.module_id) && is_valid_id(ref.screen_id);
}

}  // namespace

ConfidenceTask parse_confidence_task(TableReader& block) {
    ConfidenceTask task;
    const char* example = "[\"Not at all confident\", \"A little confident\", \"Fairly confident\", \"Confident\", "
                          "\"Very confident\"]";
    const bool given = block.has("labels");
    const int errors_before = block.diagnostics().error_count();
    std::vector<Located<std::string>> labels = block.strings("labels", Need::Optional, example);
    const bool readable = block.diagnostics().error_count() == errors_before;
    for (auto& [label, at] : labels) {
        if (label.find_first_not_of(" \t\r\n") == std::string::npos)
            block.diagnostics().error(at, "a label on the scale is empty", "write what this point of the scale means");
        task.labels.push_back(std::move(label));
    }
    if (given && readable && task.labels.size() != scale_points)
        block.diagnostics().error(block.where("labels"),
                                  "'labels' needs 5 labels, one for each point of the scale, but it has " +
                                      std::to_string(task.labels.size()),
                                  "list five, from the lowest point to the highest; or leave 'labels' out for "
                                  "\"Not at all confident\" to \"Very confident\"");
    if (!given || task.labels.size() != scale_points) task.labels = default_labels();

    if (auto compare = block.string("compare_with", Need::Optional, "\"before-the-course/confidence\"")) {
        task.compare_with = *compare;
        task.compare_with_where = block.where("compare_with");
        if (!is_screen_reference(*compare))
            block.diagnostics().error(task.compare_with_where,
                                      "'compare_with' must name a screen as \"module/screen\", but it is '" +
                                          *compare + "'",
                                      "write the earlier confidence screen's module id, a slash and its screen "
                                      "id, e.g. compare_with = \"before-the-course/confidence\"");
    }
    return task;
}

}  // namespace primer
