// The band across the top of every in-course view: where you are, and what must always be
// one step away: the course map, a break, help with the keys, and support.
#include "read_along.hpp"
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

    ImGui::BeginGroup();
    ImGui::PushFont(theme.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.muted_text);
    ImGui::TextUnformatted(context.course.title.c_str());
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
    // Read aloud only on a screen, when the player has a voice (read_along.hpp).
    ReadAlong* read_along = active_read_along();
    const char* read_label = read_along && read_along->reading() ? "Stop reading (A)###read" : "Read aloud (A)###read";
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    ImGui::SameLine();
    align_right(button_width(map_label, theme) + button_width(break_label, theme) + button_width(help_label, theme) +
                button_width(support_label, theme) + 3 * spacing +
                (read_along ? button_width(read_label, theme) + spacing : 0.0f));
    ImGui::SetCursorPosY((height - ImGui::GetFrameHeight()) * 0.5f);
    if (read_along) {
        if (secondary_button(read_label, theme) || typed('a')) context.requests.push(ToggleReadAloud{});
        ImGui::SameLine();
    }
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
