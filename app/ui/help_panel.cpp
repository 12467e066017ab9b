// Keyboard help, one key (H or ?) away from every view: each shortcut the views read, grouped
// by where it works. A modal like the support panel, so opening it loses nothing.
// Keep it in step with the keys the views read (pressed() and typed() calls).
#include "read_along.hpp"
#include "views.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

// Keys into the locale file (help.*): key names and the words between them ("or", "to") are translated too.
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
        {"help.everywhere.title",
         {{"help.everywhere.keys_1", "help.everywhere.what_1"},
          {"help.everywhere.keys_2", "help.everywhere.what_2"},
          {"help.everywhere.keys_3", "help.everywhere.what_3"},
          {"help.everywhere.keys_4", "help.everywhere.what_4"},
          {"help.everywhere.keys_5", "help.everywhere.what_5"},
          {"help.everywhere.keys_6", "help.everywhere.what_6"},
          {"help.everywhere.keys_7", "help.everywhere.what_7"},
          {"help.everywhere.keys_8", "help.everywhere.what_8"}}},
        {"help.moving.title",
         {{"help.moving.keys_1", "help.moving.what_1"},
          {"help.moving.keys_2", "help.moving.what_2"},
          {"help.moving.keys_3", "help.moving.what_3"}}},
        {"help.content_notes.title",
         {{"help.content_notes.keys_1", "help.content_notes.what_1"},
          {"help.content_notes.keys_2", "help.content_notes.what_2"},
          {"help.content_notes.keys_3", "help.content_notes.what_3"}}},
        {"help.questions.title",
         {{"help.questions.keys_1", "help.questions.what_1"},
          {"help.questions.keys_2", "help.questions.what_2"},
          {"help.questions.keys_3", "help.questions.what_3"},
          {"help.questions.keys_4", "help.questions.what_4"},
          {"help.questions.keys_5", "help.questions.what_5"},
          {"help.questions.keys_6", "help.questions.what_6"},
          {"help.questions.keys_7", "help.questions.what_7"},
          {"help.questions.keys_8", "help.questions.what_8"},
          {"help.questions.keys_9", "help.questions.what_9"}}},
        {"help.comfort.title",
         {{"help.comfort.keys_1", "help.comfort.what_1"},
          {"help.comfort.keys_2", "help.comfort.what_2"},
          {"help.comfort.keys_3", "help.comfort.what_3"},
          {"help.comfort.keys_4", "help.comfort.what_4"}}},
        {"help.conversations.title",
         {{"help.conversations.keys_1", "help.conversations.what_1"},
          {"help.conversations.keys_2", "help.conversations.what_2"},
          {"help.conversations.keys_3", "help.conversations.what_3"}}},
        {"help.explainers.title",
         {{"help.explainers.keys_1", "help.explainers.what_1"},
          {"help.explainers.keys_2", "help.explainers.what_2"},
          {"help.explainers.keys_3", "help.explainers.what_3"},
          {"help.explainers.keys_4", "help.explainers.what_4"},
          {"help.explainers.keys_5", "help.explainers.what_5"},
          {"help.explainers.keys_6", "help.explainers.what_6"}}},
        {"help.assessment.title",
         {{"help.assessment.keys_1", "help.assessment.what_1"},
          {"help.assessment.keys_2", "help.assessment.what_2"},
          {"help.assessment.keys_3", "help.assessment.what_3"},
          {"help.assessment.keys_4", "help.assessment.what_4"},
          {"help.assessment.keys_5", "help.assessment.what_5"},
          {"help.assessment.keys_6", "help.assessment.what_6"},
          {"help.assessment.keys_7", "help.assessment.what_7"},
          {"help.assessment.keys_8", "help.assessment.what_8"}}},
        {"help.panels.title",
         {{"help.panels.keys_1", "help.panels.what_1"},
          {"help.panels.keys_2", "help.panels.what_2"},
          {"help.panels.keys_3", "help.panels.what_3"},
          {"help.panels.keys_4", "help.panels.what_4"}}},
        {"help.sign_in.title",
         {{"help.sign_in.keys_1", "help.sign_in.what_1"},
          {"help.sign_in.keys_2", "help.sign_in.what_2"},
          {"help.sign_in.keys_3", "help.sign_in.what_3"}}},
    };
    return groups;
}

}  // namespace

void draw_help_panel(const Theme& theme, RequestQueue& requests) {
    if (!begin_panel(theme, "Keyboard", theme.px(720))) return;
    ImGui::PushFont(theme.fonts.display);
    read_along_text(theme.text("help.title"), ImGui::GetContentRegionAvail().x, theme);
    ImGui::PopFont();
    read_along_text(theme.text("help.intro"), ImGui::GetContentRegionAvail().x, theme);
    ImGui::Separator();

    ImGui::BeginChild("keys", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() - theme.px(8)), false);
    scroll_panel_by_keys(theme);
    ImGui::Indent(theme.px(6));  // room for the reading highlight's margin, which the list would clip
    const float keys_width = theme.px(230);
    for (const ShortcutGroup& group : shortcut_groups()) {
        ImGui::PushFont(theme.fonts.heading);
        read_along_text(theme.text(group.title), ImGui::GetContentRegionAvail().x, theme);
        ImGui::PopFont();
        for (const Shortcut& shortcut : group.shortcuts) {
            const char* keys = theme.text(shortcut.keys);
            const char* what = theme.text(shortcut.what);
            ImGui::PushFont(theme.fonts.bold);
            const ImVec2 keys_size = ImGui::CalcTextSize(keys);
            ImGui::PopFont();
            // Keys too wide for their column (long words, large text) put the words below them.
            const bool beside = keys_size.x + theme.px(12) <= keys_width;
            const float avail = ImGui::GetContentRegionAvail().x;
            const ImVec2 what_size = ImGui::CalcTextSize(what, nullptr, false, avail - keys_width);
            // Read aloud as one line, "A: read the screen aloud", highlighted across both columns.
            read_along_row(read_source(keys, what),
                           ImVec2(std::max(keys_size.x, keys_width + what_size.x),
                                  beside ? std::max(keys_size.y, what_size.y)
                                         : keys_size.y + ImGui::GetStyle().ItemSpacing.y + what_size.y),
                           theme);
            const float row_x = ImGui::GetCursorPosX();
            ImGui::PushFont(theme.fonts.bold);
            ImGui::TextUnformatted(keys);
            ImGui::PopFont();
            if (beside) ImGui::SameLine();
            ImGui::SetCursorPosX(row_x + keys_width);
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(what);
            ImGui::PopTextWrapPos();
        }
        ImGui::Dummy(ImVec2(0, theme.px(10)));
    }
    ImGui::Unindent(theme.px(6));
    ImGui::EndChild();

    // A reads the list aloud, as it reads a screen (read here: the view's keys are blocked).
    if (typed_in_panel('a')) requests.push(ToggleReadAloud{});
    if (panel_close_button(theme)) requests.push(ToggleHelp{});
    end_panel();
}

}  // namespace primer::ui
