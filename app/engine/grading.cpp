#include "grading.hpp"

#include "text_match.hpp"

#include <algorithm>
#include <set>

namespace primer {
namespace {

const std::string kPair = kPairSeparator;

std::string pair_token(const std::string& a, const std::string& b) { return a + kPair + b; }

// "a[.]b" -> {a, b}; no separator gives {token, ""}.
std::pair<std::string, std::string> split_pair(const std::string& token) {
    auto at = token.find(kPair);
    if (at == std::string::npos) return {token, ""};
    return {token.substr(0, at), token.substr(at + kPair.size())};
}

bool has_duplicates(const Response& response) {
    std::set<std::string> seen(response.begin(), response.end());
    return seen.size() != response.size();
}

template <class T>
bool contains_id(const std::vector<T>& list, const std::string& id) {
    return std::any_of(list.begin(), list.end(), [&](const T& item) { return item.id == id; });
}

Grade from_score(double score) {
    if (score >= 1.0) return {Verdict::Correct, 1.0};
    return {score > 0 ? Verdict::Partly : Verdict::Incorrect, std::max(0.0, score)};
}

// Multiple response (and hotspot) partial credit: each right pick earns a share of the
// marks and each wrong pick takes one share away, never below zero; only the exact set is
// correct. So "select everything" scores (right - wrong) / right, not full marks.
template <class Choices>
Grade grade_selection(const Choices& choices, const Response& response) {
    std::set<std::string> picked(response.begin(), response.end());
    int right = 0, wrong = 0, total = 0;
    for (const auto& choice : choices) {
        total += choice.correct ? 1 : 0;
        if (!picked.count(choice.id)) continue;
        (choice.correct ? right : wrong) += 1;
    }
    if (total == 0) return {Verdict::Incorrect, 0};
    if (right == total && wrong == 0) return {Verdict::Correct, 1.0};
    return from_score(static_cast<double>(right - wrong) / total);
}

// Ordering credit: the longest run of items already in the right relative order (a longest
// increasing subsequence of correct positions), so moving one item costs one step rather
// than everything after it. Scaled so that a fully reversed list scores 0: with n items,
// a run of k scores (k - 1) / (n - 1).
Grade grade_order(const OrderingTask& task, const Response& response) {
    const std::vector<bool> marks = in_order(task, response);
    const double run = static_cast<double>(std::count(marks.begin(), marks.end(), true));
    const double n = static_cast<double>(task.items.size());
    if (n <= 1) return {Verdict::Correct, 1.0};
    return from_score(std::max(0.0, run - 1) / (n - 1));
}

std::string normalise(const FillInTask& task, const std::string& text) {
    std::string out = task.exact_spaces ? text : collapse_spaces(text);
    return task.case_sensitive ? out : fold_case(out);
}

// Each kind's problem check and grade, as one visitor per operation.
struct ProblemCheck {
    const Question& question;
    const Response& response;

    std::optional<std::string> operator()(const ChoiceTask& task) const {
        bool one = question.kind != ScreenKind::MultipleResponse;
        if (response.empty()) return one ? "Choose an answer first." : "Choose at least one answer first.";
        if (one && response.size() != 1) return "Choose one answer.";
        if (has_duplicates(response)) return "Each answer can be chosen once.";
        for (const std::string& id : response)
            if (!task.find_option(id)) return "'" + id + "' is not one of the options.";
        return std::nullopt;
    }
    std::optional<std::string> operator()(const OrderingTask& task) const {
        if (response.size() != task.items.size() || has_duplicates(response))
            return "Put every item in the list in order.";
        for (const std::string& id : response)
            if (!contains_id(task.items, id)) return "'" + id + "' is not one of the items.";
        return std::nullopt;
    }
    std::optional<std::string> operator()(const CategoriseTask& task) const {
        std::set<std::string> placed;
        for (const std::string& token : response) {
            // Named copies, not structured bindings: clang 14 cannot capture those in lambdas.
            const auto pair = split_pair(token);
            const std::string& item = pair.first;
            const std::string& group = pair.second;
            bool known = std::any_of(task.items.begin(), task.items.end(),
                                     [id = item](const CategoriseTask::Entry& e) { return e.item.id == id; });
            if (!known) return "'" + item + "' is not one of the items.";
            if (!contains_id(task.groups, group)) return "'" + group + "' is not one of the groups.";
            if (!placed.insert(item).second) return "Each item goes in one group only.";
        }
        if (placed.size() != task.items.size()) return "Place every item in a group first.";
        return std::nullopt;
    }
    std::optional<std::string> operator()(const MatchingTask& task) const {
        std::set<std::string> paired;
        for (const std::string& token : response) {
            const auto pair = split_pair(token);
            const std::string& left = pair.first;
            const std::string& right = pair.second;
            bool known = std::any_of(task.left.begin(), task.left.end(),
                                     [id = left](const MatchingTask::Pair& p) { return p.left.id == id; });
            if (!known) return "'" + left + "' is not one of the items to match.";
            if (!contains_id(task.right, right)) return "'" + right + "' is not one of the answers to match with.";
            if (!paired.insert(left).second) return "Each item is matched once.";
        }
        if (paired.size() != task.left.size()) return "Match every item first.";
        return std::nullopt;
    }
    std::optional<std::string> operator()(const HotspotTask& task) const {
        if (response.empty()) return "Choose an area of the picture first.";
        if (has_duplicates(response)) return "Each area can be chosen once.";
        for (const std::string& id : response)
            if (!contains_id(task.regions, id)) return "'" + id + "' is not one of the areas.";
        return std::nullopt;
    }
    std::optional<std::string> operator()(const FillInTask& task) const {
        if (response.size() != task.blanks.size()) return "Give one answer for each blank.";
        bool all_empty = std::all_of(response.begin(), response.end(),
                                     [](const std::string& typed) { return collapse_spaces(typed).empty(); });
        if (all_empty) return task.blanks.size() == 1 ? "Type your answer first." : "Fill in the blanks first.";
        return std::nullopt;
    }
    std::optional<std::string> operator()(const ConfidenceTask&) const {
        static const std::set<std::string> scale{"1", "2", "3", "4", "5"};
        if (response.size() != 1 || !scale.count(response.front())) return "Choose a point on the scale from 1 to 5.";
        return std::nullopt;
    }
    std::optional<std::string> operator()(const ReflectionTask& task) const {
        if (response.size() != 1 || collapse_spaces(response.front()).empty()) return "Write something first.";
        std::size_t wanted = static_cast<std::size_t>(std::max(0, task.min_characters));
        if (count_characters(collapse_spaces(response.front())) < wanted)
            return "Write at least " + std::to_string(wanted) + " characters.";
        return std::nullopt;
    }
};

struct Marker {
    const Response& response;

    Grade operator()(const ChoiceTask& task) const { return grade_selection(task.options, response); }
    Grade operator()(const OrderingTask& task) const { return grade_order(task, response); }
    Grade operator()(const CategoriseTask& task) const {
        int right = 0;
        for (const CategoriseTask::Entry& entry : task.items)
            right += std::count(response.begin(), response.end(), pair_token(entry.item.id, entry.group)) > 0;
        return from_score(task.items.empty() ? 0 : static_cast<double>(right) / static_cast<double>(task.items.size()));
    }
    Grade operator()(const MatchingTask& task) const {
        int right = 0;
        for (const MatchingTask::Pair& pair : task.left)
            right += std::count(response.begin(), response.end(), pair_token(pair.left.id, pair.match)) > 0;
        return from_score(task.left.empty() ? 0 : static_cast<double>(right) / static_cast<double>(task.left.size()));
    }
    Grade operator()(const HotspotTask& task) const { return grade_selection(task.regions, response); }
    Grade operator()(const FillInTask& task) const {
        int right = 0;
        for (std::size_t i = 0; i < task.blanks.size() && i < response.size(); ++i)
            right += blank_accepts(task, task.blanks[i], response[i]);
        return from_score(task.blanks.empty() ? 0
                                              : static_cast<double>(right) / static_cast<double>(task.blanks.size()));
    }
    Grade operator()(const ConfidenceTask&) const { return {Verdict::Ungraded, 0}; }
    Grade operator()(const ReflectionTask&) const { return {Verdict::Ungraded, 0}; }
};

// Fill-in correct responses multiply out; cap them so a generous author cannot make one
// record enormous. The first accepted answer of each blank always comes first.
constexpr std::size_t kMaxPatterns = 64;

std::vector<Response> fill_in_patterns(const FillInTask& task) {
    std::vector<Response> patterns{Response{}};
    for (const Blank& blank : task.blanks) {
        std::vector<Response> longer;
        for (const Response& start : patterns)
            for (const std::string& answer : blank.accepted) {
                if (longer.size() == kMaxPatterns) break;
                longer.push_back(start);
                longer.back().push_back(answer);
            }
        patterns = std::move(longer);
    }
    return patterns;
}

struct Patterns {
    ScreenKind kind;

    std::vector<Response> operator()(const ChoiceTask& task) const {
        std::vector<Response> patterns;
        Response all;
        for (const ChoiceOption& option : task.options) {
            if (!option.correct) continue;
            all.push_back(option.id);
            if (kind != ScreenKind::MultipleResponse) patterns.push_back({option.id});
        }
        if (kind == ScreenKind::MultipleResponse) patterns.push_back(all);
        return patterns;
    }
    std::vector<Response> operator()(const OrderingTask& task) const {
        Response order;
        for (const Item& item : task.items) order.push_back(item.id);
        return {order};
    }
    std::vector<Response> operator()(const CategoriseTask& task) const {
        Response pairs;
        for (const CategoriseTask::Entry& entry : task.items) pairs.push_back(pair_token(entry.item.id, entry.group));
        return {pairs};
    }
    std::vector<Response> operator()(const MatchingTask& task) const {
        Response pairs;
        for (const MatchingTask::Pair& pair : task.left) pairs.push_back(pair_token(pair.left.id, pair.match));
        return {pairs};
    }
    std::vector<Response> operator()(const HotspotTask& task) const {
        Response regions;
        for (const Region& region : task.regions)
            if (region.correct) regions.push_back(region.id);
        return {regions};
    }
    std::vector<Response> operator()(const FillInTask& task) const { return fill_in_patterns(task); }
    std::vector<Response> operator()(const ConfidenceTask&) const { return {}; }
    std::vector<Response> operator()(const ReflectionTask&) const { return {}; }
};

}  // namespace

bool blank_accepts(const FillInTask& task, const Blank& blank, const std::string& typed) {
    const std::string mine = normalise(task, typed);
    if (mine.empty()) return false;
    return std::any_of(blank.accepted.begin(), blank.accepted.end(),
                       [&](const std::string& answer) { return normalise(task, answer) == mine; });
}

std::vector<bool> in_order(const OrderingTask& task, const Response& response) {
    std::vector<int> positions;  // each response item's place in the right order
    for (const std::string& id : response) {
        auto it = std::find_if(task.items.begin(), task.items.end(), [&](const Item& i) { return i.id == id; });
        positions.push_back(static_cast<int>(it - task.items.begin()));
    }
    // At most eight items, so the plain quadratic longest increasing subsequence will do;
    // `before` links each item to the one preceding it in the longest run ending there.
    const std::size_t n = positions.size();
    std::vector<int> length(n, 1), before(n, -1);
    std::size_t best = 0;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < i; ++j)
            if (positions[j] < positions[i] && length[j] + 1 > length[i]) {
                length[i] = length[j] + 1;
                before[i] = static_cast<int>(j);
            }
        if (length[i] > length[best]) best = i;
    }
    // A run of one is no run: in a reversed list no item is in order with another.
    std::vector<bool> marks(n, false);
    if (n < 2 || length[best] < 2) return marks;
    for (int at = static_cast<int>(best); at >= 0; at = before[static_cast<std::size_t>(at)])
        marks[static_cast<std::size_t>(at)] = true;
    return marks;
}

const char* to_string(Verdict verdict) {
    switch (verdict) {
    case Verdict::Correct: return "correct";
    case Verdict::Partly: return "partly";
    case Verdict::Incorrect: return "incorrect";
    case Verdict::Ungraded: return "ungraded";
    }
    return "incorrect";
}

std::optional<std::string> response_problem(const Question& question, const Response& response) {
    return std::visit(ProblemCheck{question, response}, question.body);
}

Grade grade(const Question& question, const Response& response) { return std::visit(Marker{response}, question.body); }

std::vector<Response> correct_responses(const Question& question) {
    return std::visit(Patterns{question.kind}, question.body);
}

const char* interaction_type(ScreenKind kind) {
    switch (kind) {
    case ScreenKind::SingleChoice:
    case ScreenKind::MultipleResponse:
    case ScreenKind::Hotspot:
    case ScreenKind::Conversation: return "choice";
    case ScreenKind::TrueFalse: return "true-false";
    case ScreenKind::Ordering: return "sequencing";
    case ScreenKind::Categorise:
    case ScreenKind::Matching: return "matching";
    case ScreenKind::FillIn: return "fill-in";
    case ScreenKind::Confidence: return "likert";
    case ScreenKind::Reflection: return "long-fill-in";
    default: return "other";
    }
}

}  // namespace primer
