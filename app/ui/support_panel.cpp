// Support contacts, one key (S) away from every view. A modal over the current view,
// so opening it loses nothing; Escape or the button closes it, Up, Down, Page Up and
// Page Down scroll the contacts, and A reads them aloud (the panel alone, not the view under it).
#include "read_along.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace primer::ui {

namespace {

void contact_line(const char* label, const std::string& value, const Theme& theme) {
    if (value.empty()) return;
    // Read aloud as one line, "Phone: 999", highlighted across the label and the value.
    if (read_along_add(read_source(label, value))) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::PushFont(theme.fonts.small);
        const float label_width = ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x;
        ImGui::PopFont();
        ImGui::PushFont(theme.fonts.bold);
        const ImVec2 value_size = ImGui::CalcTextSize(value.c_str());
        ImGui::PopFont();
        read_along_band(at, ImVec2(at.x + label_width + value_size.x, at.y + value_size.y), theme);
    }
    ImGui::PushFont(theme.fonts.small);
    ImGui::TextDisabled("%s", label);
    ImGui::SameLine();
    ImGui::PopFont();
    ImGui::PushFont(theme.fonts.bold);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopFont();
}

}  // namespace

void draw_support_panel(const Theme& theme, const Course& course, RequestQueue& requests) {
    if (!begin_panel(theme, "Support", theme.px(640))) return;
    ImGui::PushFont(theme.fonts.display);
    read_along_text(theme.text("support.title"), ImGui::GetContentRegionAvail().x, theme);
    ImGui::PopFont();
    read_along_text(theme.text("support.intro"), ImGui::GetContentRegionAvail().x, theme);
    ImGui::Separator();

    ImGui::BeginChild("contacts", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() - theme.px(8)), false);
    scroll_panel_by_keys(theme);  // every contact within reach of the keyboard, not only the first few
    for (const SupportContact& contact : course.support) {
        ImGui::PushFont(theme.fonts.heading);
        read_along_text(contact.name, ImGui::GetContentRegionAvail().x, theme);
        ImGui::PopFont();
        if (!contact.for_whom.empty()) small_text(contact.for_whom, theme);
        contact_line(theme.text("support.phone"), contact.phone, theme);
        contact_line(theme.text("support.web"), contact.web, theme);
        contact_line(theme.text("support.email"), contact.email, theme);
        ImGui::Dummy(ImVec2(0, theme.px(10)));
    }
    if (course.support.empty()) small_text(theme.text("support.none_listed"), theme);
    ImGui::EndChild();

    // A reads the contacts aloud, as it reads a screen (read here: the view's keys are blocked).
    if (typed_in_panel('a')) requests.push(ToggleReadAloud{});
    if (panel_close_button(theme)) requests.push(ToggleSupport{});
    end_panel();
}

}  // namespace primer::ui
