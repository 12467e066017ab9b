#include "autoplay_responses.hpp"

#include <algorithm>

namespace primer {
namespace {

template <class Choices>
Response wrong_selection(const Choices& choices, int attempt) {
    std::vector<std::string> wrong;
    for (const auto& choice : choices)
        if (!choice.correct) wrong.push_back(choice.id);
    if (wrong.empty()) return {choices.front().id};
    return {wrong[static_cast<std::size_t>(attempt) % wrong.size()]};
}

struct WrongResponse {
    int attempt;

    Response operator()(const ChoiceTask& task) const { return wrong_selection(task.options, attempt); }
    Response operator()(const HotspotTask& task) const { return wrong_selection(task.regions, attempt); }
    Response operator()(const OrderingTask& task) const {
        Response order;
        for (auto it = task.items.rbegin(); it != task.items.rend(); ++it) order.push_back(it->id);
        return order;
    }
    Response operator()(const CategoriseTask& task) const {
        Response pairs;
        for (const CategoriseTask::Entry& entry : task.items) {
            auto group = std::find_if(task.groups.begin(), task.groups.end(),
                                      [&](const Item& g) { return g.id != entry.group; });
            pairs.push_back(entry.item.id + kPairSeparator + (group == task.groups.end() ? entry.group : group->id));
        }
        return pairs;
    }
    Response operator()(const MatchingTask& task) const {
        Response pairs;
        for (std::size_t i = 0; i < task.left.size(); ++i) {
            // Each left item takes the next one's match: wrong whenever there are two or more.
            const std::string& right = task.left[(i + 1) % task.left.size()].match;
            pairs.push_back(task.left[i].left.id + kPairSeparator + right);
        }
        return pairs;
    }
    Response operator()(const FillInTask& task) const { return Response(task.blanks.size(), "not sure"); }
    Response operator()(const ConfidenceTask&) const { return {"2"}; }
    Response operator()(const ReflectionTask& task) const {
        return {std::string(static_cast<std::size_t>(std::max(task.min_characters, 0)), 'x') + " A scripted reflection."};
    }
};

}  // namespace

Response scripted_response(const Question& question, Strategy strategy, int attempt, std::mt19937_64& random) {
    bool right = strategy == Strategy::Correct ||
                 (strategy == Strategy::Random && std::uniform_int_distribution<int>(0, 1)(random) == 1);
    if (right || !is_graded_kind(question.kind)) {
        std::vector<Response> patterns = correct_responses(question);
        if (!patterns.empty()) return patterns.front();
    }
    return std::visit(WrongResponse{attempt}, question.body);
}

}  // namespace primer
