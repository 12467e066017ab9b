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
    ImGui::TextUnformatted("Support");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("If anything in this course affects you, you can stop now and come back later: your "
                           "progress is saved. Talking to someone can help. These organisations offer support.");
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
        contact_line("Phone", contact.phone, theme);
        contact_line("Web", contact.web, theme);
        contact_line("Email", contact.email, theme);
        ImGui::Dummy(ImVec2(0, theme.px(10)));
    }
    if (course.support.empty()) small_text("Your organisation has not listed support contacts yet.", theme);
    ImGui::EndChild();

    if (panel_close_button(theme)) requests.push(ToggleSupport{});
    end_panel();
}

}  // namespace primer::ui
