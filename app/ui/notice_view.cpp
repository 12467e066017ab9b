// The content notice before the course: what it covers, that it may be distressing,
// that the learner can stop at any time, and where support is. Read aloud (A) reads it all.
#include "read_along.hpp"
#include "rich_text_view.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace primer::ui {

void draw_notice(const Context& context) {
    const Theme& theme = context.theme;
    const ContentNotice& notice = *context.course.content_notice;
    draw_top_bar(context, theme.text("notice.heading"));
    ImGui::BeginChild("notice", ImVec2(0, 0), false);
    ImGui::Dummy(ImVec2(0, theme.px(36)));
    Column column = begin_column(theme);
    ImGui::PushFont(theme.fonts.display);
    read_along_text(notice.title, column.width, theme);  // then the body: read aloud (A) in that order
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, theme.px(8)));
    draw_rich_text(notice.body, theme, TextStyle{column.width, nullptr, {}}, context.requests);
    ImGui::Dummy(ImVec2(0, theme.px(8)));
    bool enter = pressed(ImGuiKey_Enter);
    if (primary_button(theme.text("notice.accept"), theme) || enter) context.requests.push(AcceptNotice{});
    ImGui::SameLine();
    if (secondary_button(theme.text("notice.support"), theme)) context.requests.push(ToggleSupport{});
    ImGui::Dummy(ImVec2(0, theme.px(32)));
    end_column(column);
    ImGui::EndChild();
}

}  // namespace primer::ui
