// The band across the top of every in-course view: where you are, and what must always be
// one step away: reading aloud, the course map, a break, comfort settings, help with the keys,
// and support.
#include "read_along.hpp"
#include "views.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace primer::ui {

void draw_top_bar(const Context& context, const char* heading) {
    const Theme& theme = context.theme;
    const ImGuiStyle& style = ImGui::GetStyle();
    // Its keys work from anywhere in the course (map and break here; support, settings and
    // help in PlayerApp, since those open over any view).
    struct BarButton {
        std::string label;
        std::string short_label;  // when space is short: the keys are still on the Help list
        Request request;
    };
    std::vector<BarButton> buttons;
    // Read aloud on every view that can be read, when the player has a voice (read_along.hpp).
    if (ReadAlong* read_along = active_read_along()) {
        const bool reading = read_along->reading();
        buttons.push_back({std::string(theme.text(reading ? "top_bar.stop_reading" : "top_bar.read_aloud")) + " (A)###read",
                           std::string(theme.text(reading ? "top_bar.stop_reading_short" : "top_bar.read_aloud_short")) +
                               "###read",
                           ToggleReadAloud{}});
        if (typed('a')) context.requests.push(ToggleReadAloud{});
    }
    // The key stays the same in every language: it is the letter on the keyboard.
    auto with_key = [&](const char* key, const char* letter) { return std::string(theme.text(key)) + " (" + letter + ")"; };
    buttons.insert(buttons.end(), {{with_key("top_bar.course_map", "M"), theme.text("top_bar.course_map_short"), ShowMap{}},
                                   {with_key("top_bar.take_break", "B"), theme.text("top_bar.take_break_short"), TakeBreak{}},
                                   {with_key("top_bar.settings", "O"), theme.text("top_bar.settings_short"), ToggleComfort{}},
                                   {with_key("top_bar.help", "H"), theme.text("top_bar.help_short"), ToggleHelp{}},
                                   {with_key("top_bar.support", "S"), theme.text("top_bar.support_short"), ToggleSupport{}}});
    if (typed('m')) context.requests.push(ShowMap{});
    if (typed('b')) context.requests.push(TakeBreak{});

    // The buttons sit right of the course title and heading when they fit there, else right of
    // the heading (the course title is the window's title too), else in a row under them. At
    // large text sizes the labels lose their keys and the course title goes; if that is still
    // too wide, the buttons wrap in rows under the heading.
    const ImVec2 padding(theme.px(24), theme.px(10));
    // The brand's logo leads, at the bar's usual height whatever the text size.
    const float logo_side = theme.px(48) / (static_cast<float>(theme.comfort.text_size) / 100.0f);
    const float logo_width = theme.brand.logo ? logo_side * theme.brand.logo_aspect + theme.px(14) : 0.0f;
    const float inner = ImGui::GetContentRegionAvail().x - padding.x * 2 - logo_width;
    const std::string whose = theme.brand.organisation.empty() || theme.brand.organisation == context.course.title
                                  ? context.course.title
                                  : theme.brand.organisation + "  \xC2\xB7  " + context.course.title;
    auto row_width = [&](bool full) {
        float width = -style.ItemSpacing.x;
        for (const BarButton& button : buttons)
            width += button_width((full ? button.label : button.short_label).c_str(), theme) + style.ItemSpacing.x;
        return width;
    };
    ImGui::PushFont(theme.fonts.small);
    const float title_height = ImGui::GetTextLineHeight() + style.ItemSpacing.y;
    const float title_width = ImGui::CalcTextSize(whose.c_str()).x;
    ImGui::PopFont();
    ImGui::PushFont(theme.fonts.bold);
    const float heading_height = ImGui::GetTextLineHeight();
    const float heading_width = ImGui::CalcTextSize(heading).x;
    ImGui::PopFont();
    // The labels keep their keys while one row of them fits the bar: beside the titles, beside
    // the heading alone, or in a row under both (a long module heading with Read aloud at 100%
    // used to cost the keys). Only a row too wide for the bar (large text) takes them off.
    const bool full = row_width(true) <= inner;
    const bool beside = heading_width + style.ItemSpacing.x + row_width(full) <= inner;
    const bool show_title = full && (!beside || std::max(title_width, heading_width) + style.ItemSpacing.x +
                                                        row_width(true) <= inner);
    auto label_of = [&](const BarButton& button) { return (full ? button.label : button.short_label).c_str(); };
    int rows = 1;
    if (!beside) {
        // Wrapped rows start below the logo, so they have its width too.
        const float row_room = inner + logo_width;
        float x = -style.ItemSpacing.x;
        for (const BarButton& button : buttons) {
            const float width = button_width(label_of(button), theme);
            if (x > 0 && x + style.ItemSpacing.x + width > row_room) {
                ++rows;
                x = -style.ItemSpacing.x;
            }
            x += style.ItemSpacing.x + width;
        }
    }
    const float text_height = heading_height + (show_title ? title_height : 0.0f);
    // The logo and the titles beside it lead the bar, each centred on the other; wrapped
    // buttons start below both.
    const float lead_height = std::max(text_height, theme.brand.logo ? logo_side : 0.0f);
    const float rows_height = rows * ImGui::GetFrameHeight() + (rows - 1) * style.ItemSpacing.y;
    const float height = beside ? std::max({theme.px(68), lead_height + padding.y * 2, rows_height + padding.y * 2})
                                : lead_height + style.ItemSpacing.y + rows_height + padding.y * 2;

    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.colors.surface);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, padding);
    ImGui::BeginChild("top-bar", ImVec2(0, height), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);

    const float lead_top = beside ? (height - lead_height) * 0.5f : padding.y;
    if (theme.brand.logo) {
        ImGui::SetCursorPosY(lead_top + (lead_height - logo_side) * 0.5f);
        ImGui::Image(theme.brand.logo, ImVec2(logo_side * theme.brand.logo_aspect, logo_side));
        ImGui::SameLine(0, theme.px(14));
    }
    ImGui::SetCursorPosY(lead_top + (lead_height - text_height) * 0.5f);
    ImGui::BeginGroup();
    if (show_title) {
        ImGui::PushFont(theme.fonts.small);
        ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.muted_text);
        ImGui::TextUnformatted(whose.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    ImGui::PushFont(theme.fonts.bold);
    ImGui::TextUnformatted(heading);
    ImGui::PopFont();
    ImGui::EndGroup();

    if (beside) {
        ImGui::SameLine();
        align_right(row_width(full));
        ImGui::SetCursorPosY((height - ImGui::GetFrameHeight()) * 0.5f);
    } else {
        ImGui::SetCursorPosY(lead_top + lead_height + style.ItemSpacing.y);
    }
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        const BarButton& button = buttons[i];
        if (i > 0) {
            if (beside)
                ImGui::SameLine();
            else
                same_line_if_room(button_width(label_of(button), theme));
        }
        const bool last = i + 1 == buttons.size();  // support is the one filled button
        if (last ? primary_button(label_of(button), theme) : secondary_button(label_of(button), theme))
            context.requests.push(button.request);
    }

    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImVec2 line_start = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(line_start, ImVec2(line_start.x + ImGui::GetWindowWidth(), line_start.y),
                                        ImGui::GetColorU32(theme.colors.border));
}

}  // namespace primer::ui
