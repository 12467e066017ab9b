// The manager's summary of a course: who has started, completed, passed and failed, how
// scores spread, and how each question performs (item analysis), from the records alone.
// `primer report` prints it; the manager view draws it.
#pragma once

#include "csv_export.hpp"
#include "store.hpp"

#include <array>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace primer {

struct ItemStats {
    std::string screen;  // qualified screen id
    std::string part;    // assessment question or conversation node; empty for a task screen
    std::string kind;
    int learners = 0;    // how many learners answered it
    int answers = 0;     // every checked answer, attempts included
    int correct = 0;     // answers marked fully correct
    std::map<std::string, int> wrong_choices;  // response token -> times chosen in answers not fully correct

    double percent_correct() const { return answers == 0 ? 0 : 100.0 * correct / answers; }
};

// A completion the report counts whose signature does not hold.
struct UnverifiedCompletion {
    std::string learner_id;
    std::string learner_name;
    std::string course_id;
    std::string problem;  // what does not match, as CompletionVerifier says it
};

// How many unverified completions a report names; it counts them all.
inline constexpr std::size_t kUnverifiedNamed = 100;

struct CourseReport {
    std::string course_id;
    int learners = 0;
    int completed = 0;
    int passed = 0;
    int failed = 0;
    std::array<int, 10> scores{};  // deciding scores in tenths: [0,10%), ..., [90%,100%]
    std::vector<ItemStats> items;  // in screen, part order
    // Completions among those counted above that do not match their signature (they are
    // still counted: a manager is warned, nothing is hidden), and the first kUnverifiedNamed.
    int unverified = 0;
    std::vector<UnverifiedCompletion> unverified_named;
};

// False, with store.last_error(), when the records could not be read. Item analysis counts
// the answers of the learners the filter includes, like every other figure. Every
// completion counted is checked against its signature (CompletionVerifier).
bool build_report(const Store& store, const ExportFilter& filter, CourseReport& report);

// The wrong answers' tokens with how often each was chosen, most chosen first (ties in
// token order), as the report and the manager view list them.
std::vector<std::pair<std::string, int>> wrong_choices_most_first(const ItemStats& item);

// The first `limit` standings the filter includes, in course and learner order, and how
// many it includes in all: the manager view's list of learners, which never holds a
// million of them. False, with store.last_error(), when the records could not be read.
bool list_standings(const Store& store, const ExportFilter& filter, std::size_t limit, std::vector<Standing>& rows,
                    long long& total);

}  // namespace primer
