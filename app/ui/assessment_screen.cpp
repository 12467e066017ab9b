// An assessment screen: which part is on view (an open attempt always wins; then review or
// results of the latest attempt; else the intro), the intro itself, and what the parts share.
#include "assessment_views.hpp"
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

std::string minutes(int count) { return std::to_string(count) + (count == 1 ? " minute" : " minutes"); }

// One line of the intro's facts: a bold label in a fixed column, then its value, wrapped.
void fact(const Theme& theme, const char* label, const std::string& value, float width) {
    const float label_width = theme.px(150);
    const float left = ImGui::GetCursorPosX();
    ImGui::PushFont(theme.fonts.bold);
    ImGui::TextUnformatted(label);
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosX(left + label_width);  // SameLine(x) would add a card's indent twice
    ImGui::PushTextWrapPos(left + width);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopTextWrapPos();
}

std::string attempts_fact(const AssessmentView& view) {
    int left = attempts_remaining(view.assessment, view.attempts);
    if (left < 0) return "As many as you need";
    std::string all = std::to_string(view.assessment.max_attempts);
    if (view.attempts.empty()) return all;
    return std::to_string(left) + " of " + all + " left";
}

std::string time_fact(const Assessment& assessment) {
    if (assessment.time_limit_minutes <= 0) return "None: take the time you need";
    return minutes(assessment.time_limit_minutes) + ". If you need more, ask for it: each time adds " +
           minutes(static_cast<int>(extension(assessment) / 60000)) + ".";
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
    fact(theme, "Questions", std::to_string(view.assessment.draw) + ", one at a time", card.inner_width);
    fact(theme, "Pass mark", std::to_string(view.pass_mark) + "%", card.inner_width);
    fact(theme, "Time limit", time_fact(view.assessment), card.inner_width);
    fact(theme, "Attempts", attempts_fact(view), card.inner_width);
    end_card(card, theme);
    small_text("You see no marks while you answer. Once you submit, you get your result and can review every "
               "question with the right answer and why.",
               theme, width);
    for (const AssessmentAttempt& attempt : view.attempts)
        if (attempt.submitted())
            small_text("Attempt " + std::to_string(attempt.number) + ": " + percent(attempt.score) +
                           (attempt.passed ? ", passed." : ", not passed."),
                       theme, width);
    ImGui::Dummy(ImVec2(0, theme.px(8)));

    std::string why = why_no_new_attempt(view.assessment, view.attempts);
    if (why.empty()) {
        std::string label = view.attempts.empty() ? "Start the assessment"
                                                  : "Start attempt " + std::to_string(view.attempts.size() + 1);
        if (primary_button(label.c_str(), theme) || pressed(ImGuiKey_Enter))
            context.requests.push(Command{StartAttempt{view.screen_id}});
        if (state.retaking) ImGui::SameLine();
    }
    if (state.retaking && (secondary_button("Back to results (Esc)", theme) || pressed(ImGuiKey_Escape)))
        state.retaking = false;
    if (!why.empty())
        small_text(why, theme, width);
    else
        small_text(view.assessment.time_limit_minutes > 0 ? "Press Enter to start. The clock starts then."
                                                          : "Press Enter to start.",
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
