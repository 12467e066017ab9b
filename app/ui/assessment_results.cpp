// The latest attempt's results: the score against the pass mark, how each module went, and
// what the learner can do next (review every answer; retake after a fail, if allowed).
// Keys: R reviews, T retakes; Enter and the arrows stay with the nav bar, to move on.
#include "assessment_views.hpp"
#include "read_along.hpp"
#include "runtime.hpp"
#include "widgets.hpp"

namespace primer::ui {

namespace {

bool ran_out_of_time(const AssessmentAttempt& attempt) {
    return attempt.time_allowed > 0 && attempt.submitted_at >= attempt.started_at + attempt.time_allowed;
}

void draw_breakdown(const AssessmentView& view, const AttemptResult& result, const Theme& theme, float width) {
    ImGui::PushFont(theme.fonts.bold);
    read_along_text(theme.text("results.by_part"), width, theme);
    ImGui::PopFont();
    const float left = ImGui::GetCursorPosX();
    for (const PoolResult& pool : result.by_pool) {
        std::string right = format_text(theme.text("results.right_of"),
                                        {{"right", std::to_string(pool.correct)}, {"count", std::to_string(pool.questions)}});
        std::string score = percent(pool.questions ? pool.points / pool.questions : 0);
        const std::string title = pool_title(view.context.course, pool.pool);
        read_along_row(read_source(title, right + ", " + score),
                       ImVec2(width, ImGui::CalcTextSize(title.c_str(), nullptr, false, width * 0.55f).y), theme);
        ImGui::PushTextWrapPos(left + width * 0.55f);
        ImGui::TextUnformatted(title.c_str());
        ImGui::PopTextWrapPos();
        // SetCursorPosX, not SameLine(x): inside a card's group SameLine would add the indent twice.
        ImGui::SameLine();
        ImGui::SetCursorPosX(left + width * 0.6f);
        ImGui::TextUnformatted(right.c_str());
        ImGui::SameLine();
        ImGui::SetCursorPosX(left + width - ImGui::CalcTextSize(score.c_str()).x);
        ImGui::TextUnformatted(score.c_str());
    }
}

std::string next_step(const Theme& theme, const AssessmentView& view, const AssessmentAttempt& attempt) {
    if (ever_passed(view.attempts)) return theme.text(attempt.passed ? "results.well_done" : "results.passed_earlier");
    int left = attempts_remaining(view.assessment, view.attempts);
    if (left == 0) return theme.text("results.no_attempts_left");
    return left < 0    ? theme.text("results.take_again")
           : left == 1 ? theme.text("results.one_more_attempt")
                       : format_text(theme.text("results.more_attempts"), {{"count", std::to_string(left)}});
}

}  // namespace

void draw_assessment_results(const AssessmentView& view, const AssessmentAttempt& attempt, AssessmentViewState& state,
                             float width) {
    const Context& context = view.context;
    const Theme& theme = context.theme;
    AttemptResult result = mark_attempt(view.assessment, attempt, view.pass_mark);

    Card card = begin_card(theme, attempt.passed ? theme.colors.correct_fill : theme.colors.surface,
                           attempt.passed ? theme.colors.correct : theme.colors.border, width);
    small_text(format_text(theme.text("results.attempt_result"), {{"number", std::to_string(attempt.number)}}), theme,
               card.inner_width);
    ImGui::PushFont(theme.fonts.display);
    read_along_text(format_text(theme.text("results.you_scored"), {{"score", percent(attempt.score)}}), card.inner_width, theme);
    ImGui::PopFont();
    ImGui::PushFont(theme.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, attempt.passed ? theme.colors.correct : theme.colors.text);
    std::string verdict = format_text(theme.text(attempt.passed ? "results.passed" : "results.not_passed"),
                                      {{"pass_mark", std::to_string(view.pass_mark) + "%"}});
    read_along_text(verdict, card.inner_width, theme);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (ran_out_of_time(attempt)) small_text(theme.text("results.time_ran_out"), theme,
                                          card.inner_width);
    ImGui::Dummy(ImVec2(0, theme.px(8)));
    draw_breakdown(view, result, theme, card.inner_width);
    end_card(card, theme);

    read_along_text(next_step(theme, view, attempt), width, theme);
    ImGui::Dummy(ImVec2(0, theme.px(4)));
    if (primary_button(theme.text("results.review"), theme) || typed('r')) {
        state.reviewing = true;
        state.review_at = 0;
        state.review_jump = -1;
    }
    if (no_new_attempt(view.assessment, view.attempts) == NoNewAttempt::None) {
        ImGui::SameLine();
        if (secondary_button(theme.text("results.retake"), theme) || typed('t')) state.retaking = true;
    }
    if (context.certificate.earned) {
        ImGui::Dummy(ImVec2(0, theme.px(8)));
        draw_certificate_offer(context, width);
    }
}

}  // namespace primer::ui
