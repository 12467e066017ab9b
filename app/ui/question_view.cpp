#include "question_view.hpp"

namespace primer::ui {

void draw_question_input(const Context& context, const QuestionView& view, ScreenState& state, float width) {
    switch (view.question.kind) {
    case ScreenKind::SingleChoice: draw_choice_input(context, view, state, width); break;
    case ScreenKind::Ordering: draw_ordering_input(context, view, state, width); break;
    case ScreenKind::Categorise: draw_categorise_input(context, view, state, width); break;
    case ScreenKind::Matching: draw_matching_input(context, view, state, width); break;
    default: break;
    }
}

void draw_response_feedback(const Context& context, const QuestionView& view, float width) {
    switch (view.question.kind) {
    case ScreenKind::SingleChoice: draw_choice_feedback(context, view, width); break;
    case ScreenKind::Ordering: draw_ordering_feedback(context, view, width); break;
    case ScreenKind::Categorise: draw_categorise_feedback(context, view, width); break;
    case ScreenKind::Matching: draw_matching_feedback(context, view, width); break;
    default: break;
    }
}

std::optional<Response> built_response(const Question& question, const ScreenState& state) {
    switch (question.kind) {
    case ScreenKind::SingleChoice:
        if (state.draft.empty()) return std::nullopt;
        return state.draft;
    // Ready once every item is in the list, in a group, or matched.
    case ScreenKind::Ordering:
        if (state.draft.size() != std::get<OrderingTask>(question.body).items.size()) return std::nullopt;
        return state.draft;
    case ScreenKind::Categorise:
        if (state.draft.size() != std::get<CategoriseTask>(question.body).items.size()) return std::nullopt;
        return state.draft;
    case ScreenKind::Matching:
        if (state.draft.size() != std::get<MatchingTask>(question.body).left.size()) return std::nullopt;
        return state.draft;
    default: return std::nullopt;
    }
}

std::string input_instructions(const Question& question) {
    switch (question.kind) {
    case ScreenKind::SingleChoice:
        return "Choose one answer: click it, press its number, or use the up and down arrows. Then check it.";
    case ScreenKind::Ordering:
        return "Put the items in order: drag them, or use their arrow buttons. Keyboard: up and down to choose an "
               "item, Space to pick it up and put it down. Then check your answer.";
    case ScreenKind::Categorise:
        return "Put each item in its group: drag it there, or click it and then the group. Keyboard: up and down to "
               "choose an item, then the group's number, or Space to pick it up. Then check your answer.";
    case ScreenKind::Matching:
        return "Give each item its answer: drag the answer onto it, or click the item and then the answer. Keyboard: "
               "up and down to choose an item, then the answer's number, or Space to pick it. Then check your answer.";
    default: return {};
    }
}

void restore_response(const Question& question, const Response& response, ScreenState& state) {
    switch (question.kind) {
    default: state.draft = response; break;
    }
}

}  // namespace primer::ui
