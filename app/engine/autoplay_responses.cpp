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

// Starts from the first fully correct response and spoils one part of it.
struct PartlyRight {
    const Question& question;
    Response right;

    std::optional<Response> drop_one() const {
        if (right.size() < 2) return std::nullopt;
        return Response(right.begin(), right.end() - 1);
    }
    std::optional<Response> operator()(const ChoiceTask&) const {
        return question.kind == ScreenKind::MultipleResponse ? drop_one() : std::nullopt;
    }
    std::optional<Response> operator()(const HotspotTask&) const { return drop_one(); }
    std::optional<Response> operator()(const OrderingTask&) const {
        if (right.size() < 3) return std::nullopt;
        Response swapped = right;
        std::swap(swapped[0], swapped[1]);
        return swapped;
    }
    std::optional<Response> operator()(const CategoriseTask& task) const {
        if (task.items.size() < 2 || task.groups.size() < 2) return std::nullopt;
        const CategoriseTask::Entry& first = task.items.front();
        const std::string& other = task.groups[0].id == first.group ? task.groups[1].id : task.groups[0].id;
        Response placed = right;
        for (std::string& token : placed)
            if (token == first.item.id + kPairSeparator + first.group) token = first.item.id + kPairSeparator + other;
        return placed;
    }
    std::optional<Response> operator()(const MatchingTask& task) const {
        if (task.left.size() < 3) return std::nullopt;
        Response pairs = right;
        pairs[0] = task.left[0].left.id + kPairSeparator + task.left[1].match;
        pairs[1] = task.left[1].left.id + kPairSeparator + task.left[0].match;
        return pairs;
    }
    std::optional<Response> operator()(const FillInTask& task) const {
        if (task.blanks.size() < 2) return std::nullopt;
        Response typed = right;
        for (std::size_t i = 1; i < typed.size(); ++i) typed[i] = "not sure";
        return typed;
    }
    std::optional<Response> operator()(const ConfidenceTask&) const { return std::nullopt; }
    std::optional<Response> operator()(const ReflectionTask&) const { return std::nullopt; }
};

}  // namespace

std::string scripted_choice(const Conversation& conversation, const ConversationProgress& state, Strategy strategy,
                            std::mt19937_64& random) {
    std::vector<const ConversationChoice*> open = available_choices(conversation, state);
    if (open.empty()) return "";
    if (strategy == Strategy::Random)
        return open[std::uniform_int_distribution<std::size_t>(0, open.size() - 1)(random)]->id;
    const bool want_best = strategy == Strategy::Correct;
    auto it = std::find_if(open.begin(), open.end(), [&](const ConversationChoice* c) { return c->best == want_best; });
    return (it == open.end() ? open.front() : *it)->id;
}

std::optional<Response> partly_right_response(const Question& question) {
    std::vector<Response> patterns = correct_responses(question);
    if (patterns.empty()) return std::nullopt;
    return std::visit(PartlyRight{question, patterns.front()}, question.body);
}

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
