#include "widgets.hpp"

#include "read_along.hpp"

#include <algorithm>
#include <cctype>

namespace primer::ui {

namespace {

bool g_shortcuts_blocked = false;  // one UI thread; set by the app around dialogs
int g_enter_for_link_frame = -2;   // the last frame a link with the keyboard focus was drawn

bool styled_button(const char* label, const Theme& theme, bool enabled, float width, bool primary) {
    const Palette& c = theme.colors;
    int colors = 0;
    if (primary) {
        ImGui::PushStyleColor(ImGuiCol_Button, c.primary);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, c.primary_hover);
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, c.primary_hover);
        ImGui::PushStyleColor(ImGuiCol_Text, c.on_fill);
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
    // Read aloud with the rest of the screen: hints under tasks, sources, contacts' audiences.
    read_along_text(text, width > 0 ? width : ImGui::GetContentRegionAvail().x, theme);
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

void same_line_if_room(float width) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + spacing + width <= right) ImGui::SameLine();
}

bool pressed(ImGuiKey key) {
    // Enter belongs to a focused link (this frame's or, for what is drawn before it, the last one's).
    if (key == ImGuiKey_Enter && g_enter_for_link_frame >= ImGui::GetFrameCount() - 1) return false;
    return pressed_for_link(key);
}

void keep_enter_for_link() { g_enter_for_link_frame = ImGui::GetFrameCount(); }

bool pressed_for_link(ImGuiKey key) {
    if (g_shortcuts_blocked || ImGui::GetIO().WantTextInput) return false;
    // No key repeat: a held Enter must not race through the content notice and beyond.
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false);
}

bool typed(char key) { return !g_shortcuts_blocked && typed_in_panel(key); }

bool typed_in_panel(char key) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return false;
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

float begin_card(const Theme& theme, const char* id, float max_width, float top, float height) {
    const ImVec2 window = ImGui::GetContentRegionAvail();
    const float width = std::min(max_width, window.x - theme.px(48));
    ImGui::SetCursorPos(ImVec2((window.x - width) * 0.5f, top));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme.px(36), theme.px(32)));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.colors.surface);
    ImGui::BeginChild(id, ImVec2(width, height > 0 ? std::min(height, window.y - top * 2) : 0.0f), true,
                      ImGuiWindowFlags_AlwaysUseWindowPadding);
    return ImGui::GetContentRegionAvail().x;
}

void end_card(float& height) {
    height = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y - ImGui::GetStyle().ItemSpacing.y;
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}

bool begin_panel(const Theme& theme, const char* title, float max_width) {
    if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    const ImVec2 screen = ImGui::GetMainViewport()->Size;
    // Margins at the usual text size's width whatever the learner's: at 200% they would take a
    // fifth of the window's height from the list inside (seen in the support panel's screenshot).
    const float margin = theme.px(40) / (static_cast<float>(theme.comfort.text_size) / 100.0f);
    ImGui::SetNextWindowSize(ImVec2(std::min(max_width, screen.x - margin), screen.y - margin * 2));
    ImGui::SetNextWindowPos(ImVec2(screen.x * 0.5f, screen.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme.px(28), theme.px(24)));
    const bool shown = ImGui::BeginPopupModal(title, nullptr,
                                              ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove);
    if (!shown) ImGui::PopStyleVar();
    if (shown && active_read_along()) active_read_along()->cover();  // reading aloud reads the panel on top
    return shown;
}

bool panel_close_button(const Theme& theme) {
    // Escape is read directly: shortcuts are blocked for the view underneath, not for the panel.
    if (!primary_button((std::string(theme.text("panel.close")) + " (Esc)").c_str(), theme) && !ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) return false;
    ImGui::CloseCurrentPopup();
    return true;
}

void end_panel() {
    ImGui::EndPopup();
    ImGui::PopStyleVar();
}

void scroll_panel_by_keys(const Theme& theme) {
    // Read directly, like the panel's Escape: shortcuts are blocked only for the view underneath.
    auto hit = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };
    const float step = theme.px(40), page = ImGui::GetWindowHeight() - step;
    float by = 0;
    if (hit(ImGuiKey_DownArrow)) by += step;
    if (hit(ImGuiKey_UpArrow)) by -= step;
    if (hit(ImGuiKey_PageDown)) by += page;
    if (hit(ImGuiKey_PageUp)) by -= page;
    if (by != 0) ImGui::SetScrollY(ImGui::GetScrollY() + by);
}

bool labelled_text_field(const Theme& theme, int index, const char* label, char* buffer, std::size_t size, float width,
                         int& focus_field, int& active_field, ImGuiInputTextFlags flags, bool ring) {
    ImGui::PushFont(theme.fonts.bold);
    read_along_text(label, width, theme);
    ImGui::PopFont();
    ImGui::SetNextItemWidth(width);
    if (focus_field == index) {
        ImGui::SetKeyboardFocusHere();
        focus_field = -1;
    }
    ImGui::PushID(index);
    const bool entered = ImGui::InputText("##field", buffer, size, flags | ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::PopID();
    if (ImGui::IsItemActive()) {
        active_field = index;
        if (ring) focus_ring(theme);
    }
    return entered;
}

std::string trimmed(const char* text) {
    std::string s(text);
    auto not_space = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
    s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
    return s;
}

}  // namespace primer::ui
