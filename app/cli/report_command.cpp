// `primer report`: the manager's summary in the terminal: completion and pass rates, how
// scores spread, and which questions learners find hardest and which wrong answers they pick.
#include "commands.hpp"

#include "args.hpp"
#include "course_report.hpp"
#include "data_paths.hpp"
#include "filter_args.hpp"

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace primer::cli {

namespace {

constexpr const char* kHelpTop = R"(Usage: primer report --course ID [filters] [--strict] [--data-dir DIR]

Prints, from the records in the data folder: how many learners started, completed,
passed and failed; the spread of the scores that decided each learner's result; and
every question with how often it was answered right and the wrong answers chosen,
hardest first. Every figure counts only the learners the filters include: the same
summary the player's manager view shows for the same filters.
Every completion counted is checked against its signature: the summary says how many
do not match, and lists them (learner, course, what does not match) after it. They are
still counted, so the figures may include changed results.

  --strict           exit 1 when any completion does not match its signature
                     (without it, the report exits 0 and warns)
)";

std::string percent(int part, int whole) {
    char text[16];
    std::snprintf(text, sizeof text, "%.0f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
    return text;
}

void print(const CourseReport& report) {
    std::cout << "Course " << report.course_id << ": " << report.learners
              << (report.learners == 1 ? " learner\n" : " learners\n");
    std::cout << "  completed   " << report.completed << " (" << percent(report.completed, report.learners) << ")\n"
              << "  in progress " << report.learners - report.completed << "\n"
              << "  passed      " << report.passed << " (" << percent(report.passed, report.passed + report.failed)
              << " of those assessed)\n"
              << "  failed      " << report.failed << "\n";
    if (report.unverified > 0) {
        std::cout << "  NOT VERIFIED " << report.unverified
                  << (report.unverified == 1 ? " completion does not match its signature:\n"
                                             : " completions do not match their signatures:\n");
        for (const UnverifiedCompletion& u : report.unverified_named)
            std::cout << "    " << u.learner_id << " (" << u.learner_name << ") in " << u.course_id << ": " << u.problem
                      << "\n";
        if (report.unverified > static_cast<int>(report.unverified_named.size()))
            std::cout << "    and " << report.unverified - static_cast<int>(report.unverified_named.size()) << " more\n";
        std::cout << "  These results were changed after they were signed and cannot be trusted; the figures here "
                     "still count them. Run 'primer verify' on a 'primer export --format csv' file to check each row, "
                     "and restore the records from a backup.\n";
    }
    std::cout << "Deciding scores:\n";
    const int widest = std::max(1, *std::max_element(report.scores.begin(), report.scores.end()));
    for (std::size_t tenth = 0; tenth < report.scores.size(); ++tenth) {
        char range[16];
        std::snprintf(range, sizeof range, "%3zu-%zu%%", tenth * 10, tenth == 9 ? 100 : tenth * 10 + 9);
        std::cout << "  " << range << (tenth == 9 ? " " : "  ")
                  << std::string(static_cast<std::size_t>(report.scores[tenth] * 40 / widest), '#') << " "
                  << report.scores[tenth] << "\n";
    }
    std::vector<ItemStats> items = report.items;
    std::stable_sort(items.begin(), items.end(),
                     [](const ItemStats& a, const ItemStats& b) { return a.percent_correct() < b.percent_correct(); });
    std::cout << "Questions, hardest first:\n";
    for (const ItemStats& item : items) {
        std::string name = item.screen + (item.part.empty() ? "" : " / " + item.part);
        std::cout << "  " << name << "  (" << item.kind << ")  learners " << item.learners << ", answers "
                  << item.answers << ", right " << percent(item.correct, item.answers);
        if (!item.wrong_choices.empty()) {
            std::cout << "; chosen in wrong answers:";
            for (const auto& [token, times] : wrong_choices_most_first(item)) std::cout << " " << token << " x" << times;
        }
        std::cout << "\n";
    }
}

}  // namespace

int report_command(const Words& words) {
    const std::string help = std::string(kHelpTop) + kFilterHelp;
    ArgSpec spec{{"--data-dir"}, {"--strict"}};
    spec.options.insert(kFilterOptions.begin(), kFilterOptions.end());
    auto parsed = parse_command(words, spec, "report", help.c_str());
    if (!parsed.args) return parsed.exit_code;
    const Args& args = *parsed.args;
    if (!args.has("--course")) {
        std::cerr << "primer: say which course to report on with --course ID (its id in course.toml).\n";
        return 2;
    }
    ExportFilter filter;
    std::string error;
    if (!filter_from(args, filter, error)) {
        std::cerr << "primer: " << error << "\n";
        return 2;
    }
    auto store = Store::open(database_path(resolve_data_dir(args.value("--data-dir"))), error);
    if (!store) {
        std::cerr << "primer: " << error << "\n";
        return 1;
    }
    CourseReport report;
    if (!build_report(*store, filter, report)) {
        std::cerr << "primer: " << store->last_error() << "\n";
        return 1;
    }
    print(report);
    return report.unverified > 0 && args.has("--strict") ? 1 : 0;
}

}  // namespace primer::cli
