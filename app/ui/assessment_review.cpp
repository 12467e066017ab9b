// Review of a submitted attempt: every question in turn, with the learner's answer marked,
// the right answer shown and the explanation, readable by keyboard alone.
// Keys: N / P next and previous question; Up / Down and Page Up / Page Down scroll;
// Escape goes back to the results. The question the keyboard is on has a focus bar.
#include "assessment_views.hpp"
#include "question_view.hpp"
#include "read_along.hpp"
#include "rich_text_view.hpp"
#include "runtime.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

const char* verdict_label(const Theme& theme, const TaskAnswer* answer) {
    if (!answer) return theme.text("review.not_answered");
    switch (answer->verdict) {
    case Verdict::Correct: return theme.text("review.right");
    case Verdict::Partly: return theme.text("review.partly");
    default: return theme.text("review.not_right");
    }
}

ImVec4 verdict_colour(const TaskAnswer* answer, const Palette& c) {
    if (answer && answer->verdict == Verdict::Correct) return c.correct;
    if (answer && answer->verdict == Verdict::Partly) return c.text;
    return c.incorrect;
}

// A thin line across the column between questions.
void rule(const Theme& theme, float width) {
    ImGui::Dummy(ImVec2(0, theme.px(14)));
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(at, ImVec2(at.x + width, at.y), ImGui::GetColorU32(theme.colors.border),
                                        theme.px(1.5f));
    ImGui::Dummy(ImVec2(0, theme.px(14)));
}

// Scrolls the review window by keyboard. Returns where the view's top is going when the
// reader scrolled (by keys or the mouse wheel) this frame, or a negative number.
float scroll_by_keys(const Theme& theme) {
    const float line = theme.px(48);
    const float page = ImGui::GetWindowHeight() * 0.8f;
    float by = 0;
    if (pressed(ImGuiKey_DownArrow)) by += line;
    if (pressed(ImGuiKey_UpArrow)) by -= line;
    if (pressed(ImGuiKey_PageDown)) by += page;
    if (pressed(ImGuiKey_PageUp)) by -= page;
    if (by == 0) return ImGui::GetIO().MouseWheel != 0 ? ImGui::GetScrollY() : -1.0f;
    float to = std::clamp(ImGui::GetScrollY() + by, 0.0f, ImGui::GetScrollMaxY());
    ImGui::SetScrollY(to);
    return to;
}

void draw_reviewed_question(const AssessmentView& view, const AssessmentAttempt& attempt, const Question& question,
                            int index, int count, bool focused, float width) {
    const Context& context = view.context;
    const Theme& theme = context.theme;
    auto found = attempt.answers.find(question.id);
    const TaskAnswer* answer = found == attempt.answers.end() ? nullptr : &found->second;
    // An unanswered question is shown as an empty answer, so the right one is still revealed.
    static const TaskAnswer kNoAnswer{};
    const ImVec2 top = ImGui::GetCursorScreenPos();

    ImGui::PushFont(theme.fonts.bold);
    const std::string question_of =
        format_text(theme.text("attempt.question_of"), {{"index", std::to_string(index + 1)}, {"count", std::to_string(count)}});
    const std::string verdict = std::string("  ") + verdict_label(theme, answer);
    read_along_row(read_source(question_of, verdict_label(theme, answer)),
                   ImVec2(ImGui::CalcTextSize((question_of + verdict).c_str()).x + ImGui::GetStyle().ItemSpacing.x,
                          ImGui::GetTextLineHeight()),
                   theme);
    ImGui::TextUnformatted(question_of.c_str());
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, verdict_colour(answer, theme.colors));
    ImGui::TextUnformatted(verdict.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    draw_rich_text(question.prompt, theme, TextStyle{width, theme.fonts.bold, {}}, context.requests);
    small_text(theme.text(answer ? "review.answer_marked" : "review.not_answered_note"), theme, width);
    ScreenState scratch;  // locked input: nothing is edited
    QuestionView shown{question, view.screen_id + "#review#" + question.id, answer ? answer : &kNoAnswer, true, true,
                       option_order_seed(view, attempt, question.id)};
    draw_question_input(context, shown, scratch, width);
    draw_response_feedback(context, shown, width);
    if (!question.explanation.empty()) {
        ImGui::Dummy(ImVec2(0, theme.px(2)));
        ImGui::PushFont(theme.fonts.bold);
        read_along_text(theme.text("review.why"), width, theme);
        ImGui::PopFont();
        draw_rich_text(question.explanation, theme, TextStyle{width, nullptr, {}}, context.requests);
    }
    if (!question.source.empty())
        small_text(format_text(theme.text("screen.source"), {{"source", question.source}}), theme, width);

    if (focused) {
        const float bar = theme.px(5), gap = theme.px(12);
        ImVec2 bottom = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(top.x - gap - bar, top.y), ImVec2(top.x - gap, bottom.y),
                                                  ImGui::GetColorU32(theme.colors.focus), bar * 0.5f);
    }
}

}  // namespace

void draw_assessment_review(const AssessmentView& view, const AssessmentAttempt& attempt, AssessmentViewState& state,
                            float width) {
    const Context& context = view.context;
    const Theme& theme = context.theme;
    std::vector<const Question*> questions = shown_questions(view, attempt);
    const int count = static_cast<int>(questions.size());

    ImGui::PushFont(theme.fonts.bold);
    read_along_text(
        format_text(theme.text("review.title"), {{"number", std::to_string(attempt.number)}, {"score", percent(attempt.score)}}),
        width, theme);
    ImGui::PopFont();
    small_text(theme.text("review.keys"), theme, width);
    if (secondary_button(theme.text("review.back_esc"), theme) || pressed(ImGuiKey_Escape)) {
        state.reviewing = false;
        return;
    }
    ImGui::Dummy(ImVec2(0, theme.px(6)));

    int jump = state.review_jump;
    if (typed('n')) jump = std::min(state.review_at + 1, count - 1);
    if (typed('p')) jump = std::max(state.review_at - 1, 0);
    const float scrolled_to = scroll_by_keys(theme);

    state.review_tops.assign(static_cast<std::size_t>(count), 0);
    for (int i = 0; i < count; ++i) {
        if (i > 0) rule(theme, width);
        state.review_tops[static_cast<std::size_t>(i)] = ImGui::GetCursorPosY();
        ImGui::PushID(i);
        draw_reviewed_question(view, attempt, *questions[static_cast<std::size_t>(i)], i, count, i == state.review_at,
                               width);
        ImGui::PopID();
    }

    ImGui::Dummy(ImVec2(0, theme.px(12)));
    // Mouse readers at the end need not scroll back up.
    if (secondary_button(theme.text("review.back"), theme)) state.reviewing = false;

    if (jump >= 0 && jump < count) {
        state.review_at = jump;
        ImGui::SetScrollY(std::max(0.0f, state.review_tops[static_cast<std::size_t>(jump)] - theme.px(16)));
    } else if (scrolled_to >= 0) {
        // After scrolling, the keyboard is on the question at the top of the view.
        const float view_top = scrolled_to + theme.px(24);
        state.review_at = 0;
        for (int i = 0; i < count; ++i)
            if (state.review_tops[static_cast<std::size_t>(i)] <= view_top) state.review_at = i;
    }
    state.review_jump = -1;
}

}  // namespace primer::ui
