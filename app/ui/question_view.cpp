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

std::string input_instructions(const Question& question) {
    switch (question.kind) {
    case ScreenKind::SingleChoice:
        return "Choose one answer: click it, press its number, or use the up and down arrows. Then check it.";
    case ScreenKind::MultipleResponse:
        return "Choose every answer that applies: click it or press its number; or move with the up and down "
               "arrows and press Space. Then check your answers.";
    case ScreenKind::TrueFalse:
        return "Choose True or False: click it, press 1 or 2 (or T or F), or use the up and down arrows. Then check "
               "it.";
    case ScreenKind::Hotspot:
        return hotspot_takes_several(question)
                   ? "Choose every area of the picture that applies: click it, or move between areas with Tab or "
                     "the up and down arrows and press Space. Then check your answer."
                   : "Choose one area of the picture: click it, or move between areas with Tab or the up and down "
                     "arrows and press Space. Then check your answer.";
    case ScreenKind::FillIn:
        return "Type your answer in each blank. Tab moves between blanks; Enter moves to the next empty one, and "
               "checks your answer once every blank is filled.";
    case ScreenKind::Confidence:
        return "Choose a point from 1 to 5: click it, press its number, or use Tab or the up and down arrows. Then "
               "save it.";
    case ScreenKind::Reflection:
        return "Write as much or as little as you like. Press Ctrl+Enter to save, or Escape to leave the box and "
               "then Enter.";
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
    case ScreenKind::FillIn:
    case ScreenKind::Reflection: state.typed = response; break;
    default: state.draft = response; break;
    }
}

}  // namespace primer::ui
