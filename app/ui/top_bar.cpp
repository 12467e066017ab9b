// The band across the top of every in-course view: where you are, and what must always be
// one step away: the course map, a break, help with the keys, and support.
#include "views.hpp"
#include "widgets.hpp"

namespace primer::ui {

void draw_top_bar(const Context& context, const char* heading) {
    const Theme& theme = context.theme;
    const float height = theme.px(68);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.colors.surface);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme.px(24), theme.px(10)));
    ImGui::BeginChild("top-bar", ImVec2(0, height), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);

    if (theme.brand.logo) {
        const float side = height - theme.px(20);
        ImGui::Image(theme.brand.logo, ImVec2(side * theme.brand.logo_aspect, side));
        ImGui::SameLine(0, theme.px(14));
    }
    ImGui::BeginGroup();
    ImGui::PushFont(theme.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.muted_text);
    const std::string whose = theme.brand.organisation.empty() || theme.brand.organisation == context.course.title
                                  ? context.course.title
                                  : theme.brand.organisation + "  \xC2\xB7  " + context.course.title;
    ImGui::TextUnformatted(whose.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PushFont(theme.fonts.bold);
    ImGui::TextUnformatted(heading);
    ImGui::PopFont();
    ImGui::EndGroup();

    // The buttons, right-aligned; their keys work from anywhere in the course (map and break
    // here, support and help in PlayerApp, since those open over any view).
    const char* map_label = "Course map (M)";
    const char* break_label = "Take a break (B)";
    const char* help_label = "Help (H)";
    const char* support_label = "Support (S)";
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    ImGui::SameLine();
    align_right(button_width(map_label, theme) + button_width(break_label, theme) + button_width(help_label, theme) +
                button_width(support_label, theme) + 3 * spacing);
    ImGui::SetCursorPosY((height - ImGui::GetFrameHeight()) * 0.5f);
    if (secondary_button(map_label, theme) || typed('m')) context.requests.push(ShowMap{});
    ImGui::SameLine();
    if (secondary_button(break_label, theme) || typed('b')) context.requests.push(TakeBreak{});
    ImGui::SameLine();
    if (secondary_button(help_label, theme)) context.requests.push(ToggleHelp{});
    ImGui::SameLine();
    if (primary_button(support_label, theme)) context.requests.push(ToggleSupport{});

    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImVec2 line_start = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(line_start, ImVec2(line_start.x + ImGui::GetWindowWidth(), line_start.y),
                                        ImGui::GetColorU32(theme.colors.border));
}

}  // namespace primer::ui
