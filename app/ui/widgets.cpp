#include "widgets.hpp"

#include <algorithm>
#include <cctype>

namespace primer::ui {

namespace {

bool g_shortcuts_blocked = false;  // one UI thread; set by the app around dialogs

bool styled_button(const char* label, const Theme& theme, bool enabled, float width, bool primary) {
    const Palette& c = theme.colors;
    int colors = 0;
    if (primary) {
        ImGui::PushStyleColor(ImGuiCol_Button, c.primary);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, c.primary_hover);
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, c.primary_hover);
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        colors = 4;
    }
    if (!enabled) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.45f);
    ImGui::PushFont(theme.fonts.bold);
    bool clicked = ImGui::Button(label, ImVec2(width, 0)) && enabled;
    ImGui::PopFont();
    if (!enabled) ImGui::PopStyleVar();
    ImGui::PopStyleColor(colors);
    return clicked;
}

}  // namespace

bool primary_button(const char* label, const Theme& theme, bool enabled, float width) {
    return styled_button(label, theme, enabled, width, true);
}

bool secondary_button(const char* label, const Theme& theme, bool enabled, float width) {
    return styled_button(label, theme, enabled, width, false);
}

void small_text(const std::string& text, const Theme& theme, float width) {
    ImGui::PushFont(theme.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.muted_text);
    ImGui::PushTextWrapPos(width > 0 ? ImGui::GetCursorPosX() + width : 0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

Column begin_column(const Theme& theme) {
    float available = ImGui::GetContentRegionAvail().x;
    Column column;
    column.width = std::min(theme.reading_width, available - theme.px(48));
    column.left = std::max(theme.px(24), (available - column.width) * 0.5f);
    ImGui::Indent(column.left);
    return column;
}

void end_column(const Column& column) { ImGui::Unindent(column.left); }

void align_right(float width) {
    float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    ImGui::SetCursorPosX(right - width);
}

float button_width(const char* label, const Theme& theme) {
    ImGui::PushFont(theme.fonts.bold);
    float width = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::PopFont();
    return width;
}

bool pressed(ImGuiKey key) {
    if (g_shortcuts_blocked || ImGui::GetIO().WantTextInput) return false;
    // No key repeat: a held Enter must not race through the content notice and beyond.
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false);
}

bool typed(char key) {
    const ImGuiIO& io = ImGui::GetIO();
    if (g_shortcuts_blocked || io.WantTextInput) return false;
    for (ImWchar c : io.InputQueueCharacters)
        if (c == static_cast<ImWchar>(key) || c == static_cast<ImWchar>(std::toupper(key))) return true;
    return false;
}

void block_shortcuts(bool blocked) { g_shortcuts_blocked = blocked; }

bool pressed_with_ctrl(char upper_case_letter) {
    // ImGui 1.86 indexes keys by the backend's codes, and GLFW's code for a letter is its
    // upper-case ASCII value.
    return ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(upper_case_letter, false);
}

void focus_ring(const Theme& theme) {
    float gap = theme.px(3);
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - gap, min.y - gap), ImVec2(max.x + gap, max.y + gap),
                                        ImGui::GetColorU32(theme.colors.focus), theme.px(8), 0, theme.px(3));
}

}  // namespace primer::ui
