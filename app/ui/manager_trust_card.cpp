// The warning at the top of the manager's dashboard when completions it counts do not match
// their signatures (course_report.hpp checks every one): how many, whose, and what to do.
// Nothing is hidden: the figures still count them, and the learners table marks their rows.
#include "manager_views.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

constexpr std::size_t kNamesInCard = 5;  // the rest are counted, and marked in the table

std::string learners_named(const Theme& theme, const CourseReport& report) {
    std::string names;
    for (std::size_t i = 0; i < report.unverified_named.size() && i < kNamesInCard; ++i) {
        const UnverifiedCompletion& u = report.unverified_named[i];
        names += (names.empty() ? "" : ", ") + u.learner_name + " (" + u.learner_id + ")";
    }
    const int unnamed = report.unverified - static_cast<int>(std::min(report.unverified_named.size(), kNamesInCard));
    if (unnamed <= 0) return names;
    return format_text(theme.text("manager_trust.more"), {{"names", names}, {"count", std::to_string(unnamed)}});
}

}  // namespace

void draw_trust_card(const Theme& theme, const CourseReport& report, float width) {
    if (report.unverified == 0) return;
    ImGui::Dummy(ImVec2(0, theme.px(4)));
    const WarningCard card = begin_warning_card(theme, width);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + card.inner);
    ImGui::PushFont(theme.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.incorrect);
    ImGui::TextUnformatted(
        format_text(theme.text("manager_trust.title"), {{"count", std::to_string(report.unverified)}}).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::TextUnformatted(
        format_text(theme.text("manager_trust.body"), {{"learners", learners_named(theme, report)}}).c_str());
    ImGui::TextUnformatted(theme.text("manager_trust.advice"));
    ImGui::PopTextWrapPos();
    end_warning_card(theme, card);
}

}  // namespace primer::ui
