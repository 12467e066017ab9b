#include "course_report.hpp"

#include "completion_verifier.hpp"

#include <algorithm>

namespace primer {

bool build_report(const Store& store, const ExportFilter& filter, CourseReport& report) {
    report.course_id = filter.course;
    CompletionVerifier verifier(&store);
    const bool read = store.for_each_standing(filter.course, [&](const Standing& standing) {
        if (!included(filter, standing)) return true;
        ++report.learners;
        if (standing.completed_at != 0) ++report.completed;
        if (!standing.completion) return true;
        if (std::string problem = verifier.problem(*standing.completion); !problem.empty()) {
            ++report.unverified;
            if (report.unverified_named.size() < kUnverifiedNamed)
                report.unverified_named.push_back(
                    {standing.learner.id, standing.learner.name, standing.course_id, std::move(problem)});
        }
        if (standing.completion->success == "passed") ++report.passed;
        if (standing.completion->success == "failed") ++report.failed;
        if (standing.completion->score_scaled) {
            const int tenth = std::clamp(static_cast<int>(*standing.completion->score_scaled * 10), 0, 9);
            ++report.scores[static_cast<std::size_t>(tenth)];
        }
        return true;
    });
    return read && store.item_statistics(filter, report.items);
}

std::vector<std::pair<std::string, int>> wrong_choices_most_first(const ItemStats& item) {
    std::vector<std::pair<std::string, int>> wrong(item.wrong_choices.begin(), item.wrong_choices.end());
    std::stable_sort(wrong.begin(), wrong.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return wrong;
}

bool list_standings(const Store& store, const ExportFilter& filter, std::size_t limit, std::vector<Standing>& rows,
                    long long& total) {
    rows.clear();
    total = 0;
    return store.for_each_standing(filter.course, [&](const Standing& standing) {
        if (!included(filter, standing)) return true;
        ++total;
        if (rows.size() < limit) rows.push_back(standing);
        return true;
    });
}

}  // namespace primer
