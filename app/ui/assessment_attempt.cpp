// An open attempt: one question at a time, with a strip of every question to move between
// them; each answer is confirmed (Enter) and then locked, with no verdict until the attempt
// is submitted. A timed attempt shows the time left, warns calmly when little is left and
// offers more time (WCAG 2.2.1), and hands itself in when the time is up.
//
// Keys: Enter confirms (and on a confirmed answer, goes to the next unanswered question);
// Page Up / Page Down move between questions; Ctrl+Enter submits; Ctrl+E asks for more time.
// Letters and arrows stay free for the question's own input; Ctrl keys work even while a
// text field has the keyboard.
#include "assessment_views.hpp"
#include "question_view.hpp"
#include "read_along.hpp"
#include "rich_text_view.hpp"
#include "runtime.hpp"
#include "time_format.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

struct Attempt {
    const AssessmentView& view;
    const AssessmentAttempt& attempt;
    std::vector<const Question*> questions;
    int at = 0;  // index of the question on view

    bool answered(int index) const {
        return attempt.answers.count(questions[static_cast<std::size_t>(index)]->id) > 0;
    }
    int count() const { return static_cast<int>(questions.size()); }
    int answered_count() const {
        int n = 0;
        for (int i = 0; i < count(); ++i) n += answered(i);
        return n;
    }
    // The first unanswered question after `from`, going round; -1 when every other one is answered.
    int next_unanswered(int from) const {
        for (int step = 1; step < count(); ++step) {
            int i = (from + step) % count();
            if (!answered(i)) return i;
        }
        return -1;
    }
};

std::string clock_text(Millis left) {
    return format_clock((left + 999) / 1000);  // 0:01 until the very end
}

// Shows question `index`: a fresh input, or the confirmed answer put back, locked.
void show_question(const Attempt& a, int index, ScreenState& state, Millis now) {
    const Question& question = *a.questions[static_cast<std::size_t>(index)];
    state.assessment.question = question.id;
    state.draft.clear();
    state.typed.clear();
    state.focus = 0;
    state.picked = -1;
    state.entered_at = now;
    auto answer = a.attempt.answers.find(question.id);
    if (answer != a.attempt.answers.end()) restore_response(question, answer->second.response, state);
}

void draw_header(const Attempt& a, const Theme& theme, float width, Millis now) {
    const float left = ImGui::GetCursorPosX();
    ImGui::PushFont(theme.fonts.bold);
    // The time left is not read: it changes every second, so it would be out of date once said.
    read_along_text(format_text(theme.text("attempt.question_of"),
                                {{"index", std::to_string(a.at + 1)}, {"count", std::to_string(a.count())}}),
                    width, theme);
    if (a.attempt.time_allowed > 0) {
        std::string time = format_text(theme.text("attempt.time_left"), {{"time", clock_text(time_left(a.attempt, now))}});
        if (a.attempt.extensions > 0) time += std::string("  ") + theme.text("attempt.extended");
        ImGui::SameLine();
        ImGui::SetCursorPosX(left + width - ImGui::CalcTextSize(time.c_str()).x);
        ImGui::TextUnformatted(time.c_str());
    }
    ImGui::PopFont();
}

// One numbered box per question: filled once answered, ringed when on view. Returns the
// box clicked, or -1.
int draw_strip(const Attempt& a, const Theme& theme, float width) {
    const Palette& c = theme.colors;
    const float size = theme.px(38), gap = theme.px(8);
    const int per_row = std::max(1, static_cast<int>((width + gap) / (size + gap)));
    int clicked = -1;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImGui::Dummy(ImVec2(0, theme.px(2)));
    for (int i = 0; i < a.count(); ++i) {
        if (i % per_row != 0) ImGui::SameLine(0, gap);
        ImVec2 min = ImGui::GetCursorScreenPos();
        ImGui::PushID(i);
        if (ImGui::InvisibleButton("question", ImVec2(size, size))) clicked = i;
        bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        ImVec2 max(min.x + size, min.y + size);
        bool done = a.answered(i);
        draw->AddRectFilled(min, max, ImGui::GetColorU32(done ? c.primary : (hovered ? c.selected : c.surface)),
                            theme.px(6));
        draw->AddRect(min, max, ImGui::GetColorU32(done ? c.primary : c.muted_text), theme.px(6), 0, theme.px(1.5f));
        std::string number = std::to_string(i + 1);
        ImGui::PushFont(theme.fonts.bold);
        ImVec2 text = ImGui::CalcTextSize(number.c_str());
        draw->AddText(ImVec2(min.x + (size - text.x) * 0.5f, min.y + (size - text.y) * 0.5f),
                      ImGui::GetColorU32(done ? c.on_fill : c.text), number.c_str());
        ImGui::PopFont();
        if (i == a.at) focus_ring(theme);
    }
    small_text(std::to_string(a.answered_count()) + " of " + std::to_string(a.count()) +
                   " answered (filled boxes). Click a box, or press Page Up or Page Down, to move between questions.",
               theme, width);
    return clicked;
}

// The calm reminder once little time is left, with the way to get more.
void draw_time_warning(const Attempt& a, const Context& context, float width) {
    const Theme& theme = context.theme;
    const Assessment& assessment = a.view.assessment;
    Card card = begin_card(theme, theme.colors.selected, theme.colors.primary, width);
    ImGui::PushFont(theme.fonts.bold);
    read_along_text(theme.text("attempt.nearly_out_of_time"), card.inner_width, theme);
    ImGui::PopFont();
    int more = static_cast<int>(extension(assessment) / 60000);
    int times = kMaxExtensions - a.attempt.extensions;
    std::string text = times > 0 ? format_text(theme.text("attempt.more_time_offer"), {{"minutes", std::to_string(more)}})
                                 : std::string(theme.text("attempt.no_more_time"));
    read_along_text(text, card.inner_width, theme);
    if (times > 0 && (primary_button(theme.text("attempt.more_time"), theme) || pressed_with_ctrl('E')))
        context.requests.push(Command{ExtendTime{a.view.screen_id}});
    end_card(card, theme);
}

void draw_submit_confirmation(const Attempt& a, const Context& context, AssessmentViewState& state, float width) {
    const Theme& theme = context.theme;
    Card card = begin_card(theme, theme.colors.surface, theme.colors.primary, width);
    ImGui::PushFont(theme.fonts.heading);
    read_along_text(theme.text("attempt.submit_question"), card.inner_width, theme);
    ImGui::PopFont();
    int missing = a.count() - a.answered_count();
    const std::string count = std::to_string(a.count());
    std::string text =
        missing == 0 ? format_text(theme.text("attempt.all_answered"), {{"count", count}})
        : missing == 1
            ? format_text(theme.text("attempt.one_unanswered"), {{"answered", std::to_string(a.answered_count())}, {"count", count}})
            : format_text(theme.text("attempt.some_unanswered"), {{"answered", std::to_string(a.answered_count())},
                                                                  {"count", count},
                                                                  {"missing", std::to_string(missing)}});
    read_along_text(text, card.inner_width, theme);
    ImGui::Dummy(ImVec2(0, theme.px(4)));
    if (primary_button(theme.text("attempt.submit_now"), theme) || pressed(ImGuiKey_Enter)) {
        context.requests.push(Command{SubmitAttempt{a.view.screen_id}});
        state.confirming_submit = false;
    }
    ImGui::SameLine();
    if (secondary_button(theme.text("attempt.keep_answering"), theme) || pressed(ImGuiKey_Escape)) state.confirming_submit = false;
    end_card(card, theme);
}

// The question on view, its Confirm button, and what Enter does.
void draw_question(Attempt& a, const Context& context, ScreenState& state, float width, bool enter) {
    const Theme& theme = context.theme;
    const Question& question = *a.questions[static_cast<std::size_t>(a.at)];
    const bool answered = a.answered(a.at);
    QuestionView input{question, a.view.screen_id + "#" + question.id, nullptr, false, answered,
                       option_order_seed(a.view, a.attempt, question.id)};
    draw_rich_text(question.prompt, theme, TextStyle{width, theme.fonts.bold, {}}, context.requests);
    if (!answered)
        small_text(std::string(theme.text(input_instructions(question))) + " " + theme.text("attempt.cannot_change"), theme, width);
    draw_question_input(context, input, state, width);
    ImGui::Dummy(ImVec2(0, theme.px(4)));

    if (answered) {
        small_text(theme.text(a.answered_count() == a.count() ? "attempt.saved_all_answered" : "attempt.saved_go_on"), theme,
                   width);
        if (enter) {
            int next = a.next_unanswered(a.at);
            if (next >= 0)
                show_question(a, next, state, context.now);
            else
                state.assessment.confirming_submit = true;
        }
        return;
    }
    std::optional<Response> response = built_response(question, state);
    if (primary_button(theme.text("attempt.confirm"), theme, response.has_value()) || (response && enter)) {
        Millis spent = std::max<Millis>(0, context.now - state.entered_at);
        context.requests.push(Command{Answer{a.view.screen_id, *response, spent, question.id}});
        // On to the next question still to answer, so answering in order is just Enter after Enter.
        int next = a.next_unanswered(a.at);
        if (next >= 0) show_question(a, next, state, context.now);
    }
}

}  // namespace

void draw_assessment_attempt(const AssessmentView& view, const AssessmentAttempt& attempt, ScreenState& state,
                             float width) {
    const Context& context = view.context;
    const Theme& theme = context.theme;
    AssessmentViewState& parts = state.assessment;
    Attempt a{view, attempt, shown_questions(view, attempt)};
    if (a.questions.empty()) return;

    if (out_of_time(attempt, context.now)) {
        if (!parts.submit_sent) context.requests.push(Command{SubmitAttempt{view.screen_id}});
        parts.submit_sent = true;
        small_text(theme.text("attempt.time_up"), theme, width);
        return;
    }

    auto on_view = std::find_if(a.questions.begin(), a.questions.end(),
                                [&](const Question* q) { return q->id == parts.question; });
    if (on_view == a.questions.end()) {
        // Arriving (or resuming): the first question still to answer.
        int first = a.answered(0) ? std::max(0, a.next_unanswered(0)) : 0;
        show_question(a, first, state, context.now);
        on_view = a.questions.begin() + first;
    }
    a.at = static_cast<int>(on_view - a.questions.begin());

    const bool ctrl = ImGui::GetIO().KeyCtrl;
    const bool enter = !ctrl && pressed(ImGuiKey_Enter);
    int go_to = -1;
    if (pressed(ImGuiKey_PageDown)) go_to = std::min(a.at + 1, a.count() - 1);
    if (pressed(ImGuiKey_PageUp)) go_to = std::max(a.at - 1, 0);

    draw_header(a, theme, width, context.now);
    int clicked = draw_strip(a, theme, width);
    if (clicked >= 0) go_to = clicked;
    if (go_to >= 0 && go_to != a.at) {
        parts.confirming_submit = false;
        show_question(a, go_to, state, context.now);
        a.at = go_to;
    }
    ImGui::Dummy(ImVec2(0, theme.px(8)));
    if (attempt.time_allowed > 0 && time_left(attempt, context.now) <= kTimeWarning)
        draw_time_warning(a, context, width);

    if (parts.confirming_submit) {
        draw_submit_confirmation(a, context, parts, width);
        return;
    }
    const float row_left = ImGui::GetCursorPosX();
    draw_question(a, context, state, width, enter);
    // Submitting sits at the right end of the Confirm button's row, or alone once answered.
    const char* submit = theme.text("attempt.finish_and_submit");
    if (!a.answered(a.at)) ImGui::SameLine();
    ImGui::SetCursorPosX(row_left + width - button_width(submit, theme));
    const bool all_done = a.answered_count() == a.count();
    bool submit_clicked = all_done ? primary_button(submit, theme) : secondary_button(submit, theme);
    if (submit_clicked || (ctrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)))
        parts.confirming_submit = true;
}

}  // namespace primer::ui
