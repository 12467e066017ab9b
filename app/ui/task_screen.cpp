// A question on its own screen: the learner builds a response, checks it (button or
// Enter), and gets feedback; after the last attempt the right answer is shown. The
// response is UI state until checked; the check is a command.
#include "question_view.hpp"
#include "read_along.hpp"
#include "rich_text_view.hpp"
#include "runtime.hpp"
#include "shuffle.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <utility>

namespace primer::ui {

namespace {

const char* verdict_heading(const Theme& theme, Verdict verdict) {
    switch (verdict) {
    case Verdict::Correct: return theme.text("task.correct");
    case Verdict::Partly: return theme.text("task.partly");
    case Verdict::Incorrect: return theme.text("task.not_quite");
    case Verdict::Ungraded: return theme.text("task.saved");
    }
    return "";
}

ImVec4 verdict_colour(Verdict verdict, const Palette& c) {
    switch (verdict) {
    case Verdict::Correct: return c.correct;
    case Verdict::Incorrect: return c.incorrect;
    default: return c.text;
    }
}

void draw_feedback(const Context& context, const QuestionView& view, int tries_left, float width) {
    const Theme& theme = context.theme;
    const TaskAnswer& answer = *view.marked;
    const QuestionFeedback& feedback = view.question.feedback;
    ImGui::PushStyleColor(ImGuiCol_Text, verdict_colour(answer.verdict, theme.colors));
    ImGui::PushFont(theme.fonts.heading);
    read_along_text(verdict_heading(theme, answer.verdict), width, theme);
    ImGui::PopFont();
    ImGui::PopStyleColor();
    const TextStyle style{width, nullptr, {}};
    const RichText& general = answer.verdict == Verdict::Correct  ? feedback.correct
                              : answer.verdict == Verdict::Partly ? feedback.partly
                                                                  : feedback.incorrect;
    if (answer.verdict != Verdict::Ungraded && !general.empty())
        draw_rich_text(general, theme, style, context.requests);
    draw_response_feedback(context, view, width);
    if (answer.verdict == Verdict::Ungraded || answer.correct()) return;
    if (tries_left > 0) {
        std::string more = tries_left == 1 ? std::string(theme.text("task.one_more_try"))
                                           : format_text(theme.text("task.more_tries"), {{"count", std::to_string(tries_left)}});
        small_text(more + " " + theme.text("task.try_again"), theme, width);
    } else {
        small_text(theme.text("task.right_answer_green"), theme, width);
    }
}

}  // namespace

void draw_task_screen(const Context& context, const Screen& screen, ScreenState& state, float width) {
    const Theme& theme = context.theme;
    const Question& question = *screen.question;
    const std::string& id = context.progress.current;

    auto found = context.progress.answers.find(id);
    const TaskAnswer* answer = found == context.progress.answers.end() ? nullptr : &found->second;
    const bool finished = is_finished(screen, id, context.progress);
    // On arrival (after a resume, or coming back) the latest checked response is on show.
    if (answer && !state.restored) restore_response(question, answer->response, state);
    state.restored = true;
    // The latest check stays marked until the learner changes their response.
    const bool showing_feedback =
        answer && (finished || built_response(question, state) == std::optional<Response>(answer->response));

    QuestionView view{question, id, showing_feedback ? answer : nullptr, finished && answer && !answer->correct(),
                      finished, derive_seed(context.progress.seed, id)};

    if (!screen.body.empty()) draw_rich_text(screen.body, theme, TextStyle{width, nullptr, {}}, context.requests);
    draw_rich_text(question.prompt, theme, TextStyle{width, theme.fonts.bold, {}}, context.requests);
    if (!finished) small_text(theme.text(input_instructions(question)), theme, width);
    draw_question_input(context, view, state, width);
    ImGui::Dummy(ImVec2(0, theme.px(4)));

    if (!finished) {
        std::optional<Response> response = built_response(question, state);
        bool ready = response && !showing_feedback;
        bool enter = pressed(ImGuiKey_Enter) || std::exchange(state.submit, false);
        const char* label = theme.text(is_graded_kind(question.kind) ? "task.check" : "task.save");
        if (primary_button(label, theme, ready) || (ready && enter)) {
            Millis spent = std::max<Millis>(0, context.now - state.entered_at);
            context.requests.push(Command{Answer{id, *response, spent, {}}});
            state.entered_at = context.now;
        }
    }
    if (showing_feedback) {
        draw_feedback(context, view, attempts_left(screen, id, context.progress), width);
        if (finished && !question.explanation.empty())
            draw_rich_text(question.explanation, theme, TextStyle{width, nullptr, {}}, context.requests);
        // Bring fresh feedback into view once; after that the learner scrolls freely.
        if (state.feedback_seen != answer->attempts) {
            ImGui::SetScrollHereY(1.0f);
            state.feedback_seen = answer->attempts;
        }
    }
}

}  // namespace primer::ui
