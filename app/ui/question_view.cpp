#include "question_view.hpp"

namespace primer::ui {

void draw_question_input(const Context& context, const QuestionView& view, ScreenState& state, float width) {
    switch (view.question.kind) {
    case ScreenKind::SingleChoice: draw_choice_input(context, view, state, width); break;
    default: break;
    }
}

void draw_response_feedback(const Context& context, const QuestionView& view, float width) {
    switch (view.question.kind) {
    case ScreenKind::SingleChoice: draw_choice_feedback(context, view, width); break;
    default: break;
    }
}

std::optional<Response> built_response(const Question& question, const ScreenState& state) {
    switch (question.kind) {
    case ScreenKind::SingleChoice:
        if (state.draft.empty()) return std::nullopt;
        return state.draft;
    default: return std::nullopt;
    }
}

std::string input_instructions(const Question& question) {
    switch (question.kind) {
    case ScreenKind::SingleChoice:
        return "Choose one answer: click it, press its number, or use the up and down arrows. Then check it.";
    default: return {};
    }
}

void restore_response(const Question& question, const Response& response, ScreenState& state) {
    switch (question.kind) {
    default: state.draft = response; break;
    }
}

}  // namespace primer::ui
