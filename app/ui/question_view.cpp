#include "question_view.hpp"

namespace primer::ui {

void draw_question_input(const Context& context, const QuestionView& view, ScreenState& state, float width) {
    switch (view.question.kind) {
    case ScreenKind::SingleChoice:
    case ScreenKind::MultipleResponse:
    case ScreenKind::TrueFalse: draw_choice_input(context, view, state, width); break;
    case ScreenKind::Hotspot: draw_hotspot_input(context, view, state, width); break;
    case ScreenKind::FillIn: draw_fill_in_input(context, view, state, width); break;
    case ScreenKind::Confidence: draw_confidence_input(context, view, state, width); break;
    case ScreenKind::Reflection: draw_reflection_input(context, view, state, width); break;
    case ScreenKind::Ordering: draw_ordering_input(context, view, state, width); break;
    case ScreenKind::Categorise: draw_categorise_input(context, view, state, width); break;
    case ScreenKind::Matching: draw_matching_input(context, view, state, width); break;
    default: break;
    }
}

void draw_response_feedback(const Context& context, const QuestionView& view, float width) {
    switch (view.question.kind) {
    case ScreenKind::SingleChoice:
    case ScreenKind::MultipleResponse:
    case ScreenKind::TrueFalse: draw_choice_feedback(context, view, width); break;
    case ScreenKind::Hotspot: draw_hotspot_feedback(context, view, width); break;
    case ScreenKind::Confidence: draw_confidence_feedback(context, view, width); break;
    case ScreenKind::Ordering: draw_ordering_feedback(context, view, width); break;
    case ScreenKind::Categorise: draw_categorise_feedback(context, view, width); break;
    case ScreenKind::Matching: draw_matching_feedback(context, view, width); break;
    default: break;  // fill-in marks each blank where it is; a reflection is shown as saved
    }
}

std::optional<Response> built_response(const Question& question, const ScreenState& state) {
    switch (question.kind) {
    case ScreenKind::SingleChoice:
    case ScreenKind::MultipleResponse:
    case ScreenKind::TrueFalse:
    case ScreenKind::Hotspot:
    case ScreenKind::Confidence:
        if (state.draft.empty()) return std::nullopt;
        return state.draft;
    case ScreenKind::FillIn:
    case ScreenKind::Reflection:
        // Ready once the engine would accept it: some blank filled, enough words written.
        if (state.typed.empty() || response_problem(question, state.typed)) return std::nullopt;
        return state.typed;
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

const char* input_instructions(const Question& question) {
    switch (question.kind) {
    case ScreenKind::SingleChoice: return "instructions.single_choice";
    case ScreenKind::MultipleResponse: return "instructions.multiple_response";
    case ScreenKind::TrueFalse: return "instructions.true_false";
    case ScreenKind::Hotspot:
        return hotspot_takes_several(question) ? "instructions.hotspot_several" : "instructions.hotspot_one";
    case ScreenKind::FillIn: return "instructions.fill_in";
    case ScreenKind::Confidence: return "instructions.confidence";
    case ScreenKind::Reflection: return "instructions.reflection";
    case ScreenKind::Ordering: return "instructions.ordering";
    case ScreenKind::Categorise: return "instructions.categorise";
    case ScreenKind::Matching: return "instructions.matching";
    default: return "";
    }
}

void restore_response(const Question& question, const Response& response, ScreenState& state) {
    switch (question.kind) {
    case ScreenKind::FillIn:
    case ScreenKind::Reflection: state.typed = response; break;
    default: state.draft = response; break;
    }
}

}  // namespace primer::ui
