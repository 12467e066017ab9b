// The key points at the end of a section, set apart in a card so they read as a recap.
#include "read_along.hpp"
#include "rich_text_view.hpp"
#include "views.hpp"

namespace primer::ui {

void draw_summary_screen(const Context& context, const Screen& screen, float width) {
    const Theme& theme = context.theme;
    const float padding = theme.px(24);
    const float inner = width - padding * 2;
    const TextStyle style{inner, nullptr, {}};
    const float label_height = theme.fonts.bold->FontSize + theme.px(12);
    const float height = measure_rich_text(screen.body, theme, style) + label_height + padding * 2;

    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.colors.selected);
    ImGui::PushStyleColor(ImGuiCol_Border, theme.colors.primary);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, padding));
    ImGui::BeginChild("summary", ImVec2(width, height), true,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
    ImGui::PushFont(theme.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.primary);
    read_along_text(theme.text("summary.key_points"), ImGui::GetContentRegionAvail().x, theme);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    draw_rich_text(screen.body, theme, style, context.requests);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

}  // namespace primer::ui
