// An assessment screen: which part is on view (an open attempt always wins; then review or
// results of the latest attempt; else the intro), the intro itself, and what the parts share.
#include "assessment_views.hpp"
#include "read_along.hpp"
#include "rich_text_view.hpp"
#include "runtime.hpp"
#include "shuffle.hpp"
#include "widgets.hpp"

#include <cmath>

namespace primer::ui {

namespace {

const AssessmentAttempt* latest_submitted(const std::vector<AssessmentAttempt>& attempts) {
    for (auto it = attempts.rbegin(); it != attempts.rend(); ++it)
        if (it->submitted()) return &*it;
    return nullptr;
}

std::string minutes(const Theme& theme, int count) {
    return format_text(theme.text(count == 1 ? "assessment.one_minute" : "assessment.minutes"), {{"count", std::to_string(count)}});
}

// One line of the intro's facts: a bold label in a fixed column, then its value, wrapped.
void fact(const Theme& theme, const char* label, const std::string& value, float width) {
    const float label_width = theme.px(150);
    const float left = ImGui::GetCursorPosX();
    read_along_row(read_source(label, value),
                   ImVec2(width, ImGui::CalcTextSize(value.c_str(), nullptr, false, width - label_width).y), theme);
    ImGui::PushFont(theme.fonts.bold);
    ImGui::TextUnformatted(label);
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosX(left + label_width);  // SameLine(x) would add a card's indent twice
    ImGui::PushTextWrapPos(left + width);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopTextWrapPos();
}

std::string attempts_fact(const Theme& theme, const AssessmentView& view) {
    int left = attempts_remaining(view.assessment, view.attempts);
    if (left < 0) return theme.text("assessment.attempts_unlimited");
    std::string all = std::to_string(view.assessment.max_attempts);
    if (view.attempts.empty()) return all;
    return format_text(theme.text("assessment.attempts_left"), {{"left", std::to_string(left)}, {"count", all}});
}

std::string time_fact(const Theme& theme, const Assessment& assessment) {
    if (assessment.time_limit_minutes <= 0) return theme.text("assessment.no_time_limit");
    return format_text(theme.text("assessment.time_limit_value"),
                       {{"limit", minutes(theme, assessment.time_limit_minutes)},
                        {"extension", minutes(theme, static_cast<int>(extension(assessment) / 60000))}});
}

// Why a new attempt cannot start, in the learner's language; empty when it can.
std::string why_not(const Theme& theme, const AssessmentView& view) {
    switch (no_new_attempt(view.assessment, view.attempts)) {
    case NoNewAttempt::AttemptOpen: return theme.text("assessment.attempt_open");
    case NoNewAttempt::AlreadyPassed: return theme.text("assessment.already_passed");
    case NoNewAttempt::AttemptsUsed:
        return view.assessment.max_attempts == 1
                   ? theme.text("assessment.used_one_attempt")
                   : format_text(theme.text("assessment.used_attempts"), {{"count", std::to_string(view.assessment.max_attempts)}});
    case NoNewAttempt::None: break;
    }
    return {};
}

}  // namespace

std::string percent(double score) { return std::to_string(static_cast<int>(std::lround(score * 100))) + "%"; }

std::string pool_title(const Course& course, const std::string& pool) {
    const Module* module = course.find_module(pool);
    return module && !module->title.empty() ? module->title : pool;
}

std::uint64_t option_order_seed(const AssessmentView& view, const AssessmentAttempt& attempt,
                                const std::string& question_id) {
    return derive_seed(view.context.progress.seed,
                       view.screen_id + "#" + std::to_string(attempt.number) + "#" + question_id);
}

std::vector<const Question*> shown_questions(const AssessmentView& view, const AssessmentAttempt& attempt) {
    std::vector<const Question*> shown;
    for (const std::string& id : attempt.questions)
        if (const Question* question = view.assessment.find_question(id)) shown.push_back(question);
    return shown;
}

Card begin_card(const Theme& theme, ImVec4 fill, ImVec4 border, float width) {
    const float pad = theme.px(20);
    Card card{ImGui::GetCursorScreenPos(), width, width - pad * 2, fill, border};
    ImGui::GetWindowDrawList()->ChannelsSplit(2);
    ImGui::GetWindowDrawList()->ChannelsSetCurrent(1);
    ImGui::Dummy(ImVec2(0, pad - ImGui::GetStyle().ItemSpacing.y));
    ImGui::Indent(pad);
    ImGui::BeginGroup();
    return card;
}

void end_card(const Card& card, const Theme& theme) {
    const float pad = theme.px(20);
    ImGui::EndGroup();
    ImGui::Unindent(pad);
    ImGui::Dummy(ImVec2(0, pad - ImGui::GetStyle().ItemSpacing.y));
    ImVec2 end(card.start.x + card.width, ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(card.start, end, ImGui::GetColorU32(card.fill), theme.px(8));
    draw->AddRect(card.start, end, ImGui::GetColorU32(card.border), theme.px(8), 0, theme.px(1.5f));
    draw->ChannelsMerge();
    ImGui::Dummy(ImVec2(0, theme.px(4)));
}

void draw_assessment_intro(const AssessmentView& view, AssessmentViewState& state, float width) {
    const Context& context = view.context;
    const Theme& theme = context.theme;
    if (!view.assessment.intro.empty())
        draw_rich_text(view.assessment.intro, theme, TextStyle{width, nullptr, {}}, context.requests);
    ImGui::Dummy(ImVec2(0, theme.px(4)));

    Card card = begin_card(theme, theme.colors.surface, theme.colors.border, width);
    fact(theme, theme.text("assessment.questions"),
         format_text(theme.text("assessment.questions_value"), {{"count", std::to_string(view.assessment.draw)}}),
         card.inner_width);
    fact(theme, theme.text("assessment.pass_mark"), std::to_string(view.pass_mark) + "%", card.inner_width);
    fact(theme, theme.text("assessment.time_limit"), time_fact(theme, view.assessment), card.inner_width);
    fact(theme, theme.text("assessment.attempts"), attempts_fact(theme, view), card.inner_width);
    end_card(card, theme);
    small_text(theme.text("assessment.no_marks_while_answering"), theme, width);
    for (const AssessmentAttempt& attempt : view.attempts)
        if (attempt.submitted())
            small_text(format_text(theme.text(attempt.passed ? "assessment.attempt_passed" : "assessment.attempt_not_passed"),
                                   {{"number", std::to_string(attempt.number)}, {"score", percent(attempt.score)}}),
                       theme, width);
    ImGui::Dummy(ImVec2(0, theme.px(8)));

    std::string why = why_not(theme, view);
    if (why.empty()) {
        std::string label = view.attempts.empty()
                                ? std::string(theme.text("assessment.start"))
                                : format_text(theme.text("assessment.start_attempt"), {{"number", std::to_string(view.attempts.size() + 1)}});
        if (primary_button(label.c_str(), theme) || pressed(ImGuiKey_Enter))
            context.requests.push(Command{StartAttempt{view.screen_id}});
        if (state.retaking) ImGui::SameLine();
    }
    if (state.retaking && (secondary_button(theme.text("review.back_esc"), theme) || pressed(ImGuiKey_Escape)))
        state.retaking = false;
    if (!why.empty())
        small_text(why, theme, width);
    else
        small_text(theme.text(view.assessment.time_limit_minutes > 0 ? "assessment.enter_to_start_clock"
                                                                     : "assessment.enter_to_start"),
                   theme, width);
}

void draw_assessment_screen(const Context& context, const Screen& screen, ScreenState& state, float width) {
    const std::string& id = context.progress.current;
    const Assessment& assessment = *screen.assessment;
    AssessmentView view{context, id, assessment, attempts_at(context.progress, id),
                        pass_mark_of(context.course, assessment)};
    AssessmentViewState& parts = state.assessment;
    if (const AssessmentAttempt* open = open_attempt(view.attempts)) {
        parts.retaking = parts.reviewing = false;
        draw_assessment_attempt(view, *open, state, width);
        return;
    }
    // Between attempts nothing of the last one's answering is kept.
    parts.question.clear();
    parts.confirming_submit = parts.submit_sent = false;
    const AssessmentAttempt* latest = latest_submitted(view.attempts);
    if (!latest || parts.retaking)
        draw_assessment_intro(view, parts, width);
    else if (parts.reviewing)
        draw_assessment_review(view, *latest, parts, width);
    else
        draw_assessment_results(view, *latest, parts, width);
}

}  // namespace primer::ui
