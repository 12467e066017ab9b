// Support contacts, one key (S) away from every view. A modal over the current view,
// so opening it loses nothing; Escape or the button closes it, and Up, Down, Page Up and
// Page Down scroll the contacts.
#include "views.hpp"
#include "widgets.hpp"

namespace primer::ui {

namespace {

void contact_line(const char* label, const std::string& value, const Theme& theme) {
    if (value.empty()) return;
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
    ImGui::TextUnformatted(theme.text("support.title"));
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(theme.text("support.intro"));
    ImGui::PopTextWrapPos();
    ImGui::Separator();

    ImGui::BeginChild("contacts", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() - theme.px(8)), false);
    scroll_panel_by_keys(theme);  // every contact within reach of the keyboard, not only the first few
    for (const SupportContact& contact : course.support) {
        ImGui::PushFont(theme.fonts.heading);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(contact.name.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        if (!contact.for_whom.empty()) small_text(contact.for_whom, theme);
        contact_line(theme.text("support.phone"), contact.phone, theme);
        contact_line(theme.text("support.web"), contact.web, theme);
        contact_line(theme.text("support.email"), contact.email, theme);
        ImGui::Dummy(ImVec2(0, theme.px(10)));
    }
    if (course.support.empty()) small_text(theme.text("support.none_listed"), theme);
    ImGui::EndChild();

    if (panel_close_button(theme)) requests.push(ToggleSupport{});
    end_panel();
}

}  // namespace primer::ui
