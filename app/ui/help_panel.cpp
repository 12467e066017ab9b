// Keyboard help, one key (H or ?) away from every view: each shortcut the views read, grouped
// by where it works. A modal like the support panel, so opening it loses nothing.
// Keep it in step with the keys the views read (pressed() and typed() calls).
#include "views.hpp"
#include "widgets.hpp"

namespace primer::ui {

namespace {

struct Shortcut {
    const char* keys;
    const char* what;
};

struct ShortcutGroup {
    const char* title;
    std::vector<Shortcut> shortcuts;
};

const std::vector<ShortcutGroup>& shortcut_groups() {
    static const std::vector<ShortcutGroup> groups{
        {"Everywhere in the course",
         {{"H or ?", "this list of keys"},
          {"S", "support contacts"},
          {"B", "take a break: your place is saved"},
          {"M", "the course map"},
          {"W", "where a screen's facts come from"},
          {"A", "read the screen aloud, or stop reading"},
          {"O", "comfort settings: text size, spacing, font, contrast, motion, captions"},
          {"Ctrl+Q", "close Primer (your progress is saved)"}}},
        {"Moving through the course",
         {{"Right arrow or Enter", "next screen, once its task is done"},
          {"Left arrow", "previous screen"},
          {"Up, Down, Enter", "choose a module on the course map"},
          {"Tab, Shift+Tab, Enter", "next or previous link in the text, and open it"}}},
        {"Content notes",
         {{"Enter", "read on"}, {"X", "skip ahead"}, {"B", "take a break"}}},
        {"Questions",
         {{"Up, Down", "move between options, items or regions"},
          {"1 to 9", "choose an option, a group or an answer by its number"},
          {"Space", "select, or pick up and put down an item"},
          {"T, F", "true or false"},
          {"Tab, Shift+Tab", "next or previous blank, region or rating"},
          {"Esc", "put a picked-up item back, or leave a text box"},
          {"Enter", "check your answer"},
          {"Ctrl+Enter", "save a reflection while typing in it"}}},
        {"Comfort settings",
         {{"Up, Down", "choose a setting"},
          {"Left, Right or Space", "change it"},
          {"Esc", "close: changes are already kept"}}},
        {"Conversations",
         {{"1 to 9, or Up, Down, Enter", "choose a reply"},
          {"Enter", "continue, once you have read the feedback"},
          {"R", "start the conversation again"}}},
        {"Narrated explainers",
         {{"Space or K", "play or pause"},
          {"J, L", "back or on 10 seconds"},
          {"R", "play from the start"},
          {"C", "captions on or off"},
          {"T", "transcript"},
          {"< and >", "slower or faster narration, at the same pitch"},
          {"- and + (or =)", "quieter or louder"}}},
        {"Final assessment",
         {{"Enter", "start, check or go to the next question"},
          {"Page Up, Page Down", "previous or next question"},
          {"Ctrl+Enter", "submit the attempt (Enter confirms, Esc keeps answering)"},
          {"Ctrl+E", "more time, when a timed attempt is nearly over"},
          {"R, T", "on the results: review answers, retake"},
          {"N, P, Esc", "in the review: next, previous, back to results"},
          {"Up, Down", "in the review: scroll (Page Up, Page Down: a page at a time)"}}},
        {"Support and this list",
         {{"Up, Down", "scroll"}, {"Page Up, Page Down", "scroll a page"}, {"Esc", "close"},
          {"A", "in support: read the contacts aloud, or stop reading"}}},
        {"Signing in",
         {{"Tab, Shift+Tab", "next or previous field"},
          {"Up, Down, Enter", "continue as someone already listed"},
          {"Ctrl+M", "the manager view"}}},
    };
    return groups;
}

}  // namespace

void draw_help_panel(const Theme& theme, RequestQueue& requests) {
    if (!begin_panel(theme, "Keyboard", theme.px(720))) return;
    ImGui::PushFont(theme.fonts.display);
    ImGui::TextUnformatted("Keyboard");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("The keys Primer answers to, and where. Most are also shown on the buttons they press.");
    ImGui::PopTextWrapPos();
    ImGui::Separator();

    ImGui::BeginChild("keys", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() - theme.px(8)), false);
    scroll_panel_by_keys(theme);
    const float keys_width = theme.px(230);
    for (const ShortcutGroup& group : shortcut_groups()) {
        ImGui::PushFont(theme.fonts.heading);
        ImGui::TextUnformatted(group.title);
        ImGui::PopFont();
        for (const Shortcut& shortcut : group.shortcuts) {
            ImGui::PushFont(theme.fonts.bold);
            ImGui::TextUnformatted(shortcut.keys);
            ImGui::PopFont();
            ImGui::SameLine(keys_width);
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(shortcut.what);
            ImGui::PopTextWrapPos();
        }
        ImGui::Dummy(ImVec2(0, theme.px(10)));
    }
    ImGui::EndChild();

    if (panel_close_button(theme)) requests.push(ToggleHelp{});
    end_panel();
}

}  // namespace primer::ui
