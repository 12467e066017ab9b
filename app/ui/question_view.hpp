// A question's interactive part, drawn the same way wherever the question appears: on its
// own task screen, inside an assessment attempt, and (locked, with the answer shown) in
// review. Each kind has one file with its input and its per-response feedback; this
// header is the dispatch both task_screen.cpp and the assessment views use.
#pragma once

#include "views.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace primer::ui {

struct QuestionView {
    const Question& question;
    std::string id;                      // unique on screen: ImGui ids derive from it
    const TaskAnswer* marked = nullptr;  // a checked response to mark on the input, or nullptr
    bool reveal = false;                 // show the right answer too (out of attempts; review)
    bool locked = false;                 // no more input (finished; review)
    std::uint64_t order_seed = 0;        // shuffled kinds show their items in this seed's order
};

// Draws the input (options, items, regions, blanks...) and edits state.draft, state.typed,
// state.focus and state.picked from mouse and keyboard alike.
void draw_question_input(const Context& context, const QuestionView& view, ScreenState& state, float width);

// The response the state holds, once it is complete enough to check; nullopt before.
std::optional<Response> built_response(const Question& question, const ScreenState& state);

// One sentence on how to answer with the mouse and with the keyboard.
// The key of its instructions in the locale file (theme.text turns it into words).
const char* input_instructions(const Question& question);

// Feedback particular to the response in view.marked (the chosen options' own texts, which
// items were placed right); the general correct/partly/incorrect text is drawn by the caller.
void draw_response_feedback(const Context& context, const QuestionView& view, float width);

// Puts a checked response back into the state, so that the input shows it (resume, review).
void restore_response(const Question& question, const Response& response, ScreenState& state);

// --- One pair per kind family; question_view.cpp dispatches to them ---------------------
void draw_choice_input(const Context& context, const QuestionView& view, ScreenState& state, float width);
void draw_choice_feedback(const Context& context, const QuestionView& view, float width);
void draw_hotspot_input(const Context& context, const QuestionView& view, ScreenState& state, float width);
void draw_hotspot_feedback(const Context& context, const QuestionView& view, float width);
bool hotspot_takes_several(const Question& question);  // more than one region is right
void draw_fill_in_input(const Context& context, const QuestionView& view, ScreenState& state, float width);
void draw_confidence_input(const Context& context, const QuestionView& view, ScreenState& state, float width);
void draw_confidence_feedback(const Context& context, const QuestionView& view, float width);
void draw_reflection_input(const Context& context, const QuestionView& view, ScreenState& state, float width);
void draw_ordering_input(const Context& context, const QuestionView& view, ScreenState& state, float width);
void draw_ordering_feedback(const Context& context, const QuestionView& view, float width);
void draw_categorise_input(const Context& context, const QuestionView& view, ScreenState& state, float width);
void draw_categorise_feedback(const Context& context, const QuestionView& view, float width);
void draw_matching_input(const Context& context, const QuestionView& view, ScreenState& state, float width);
void draw_matching_feedback(const Context& context, const QuestionView& view, float width);

}  // namespace primer::ui
