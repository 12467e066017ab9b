// Comfort settings, one key (O) away from every view: text size, line spacing, font, colours,
// motion, caption size, narration volume and speed, and reading-aloud speed. A modal like the support panel; each change
// applies at once (the app rebuilds the theme between frames) and is kept for the learner.
// Keyboard: Up and Down move between settings, Left and Right (or Space) change the one in focus.
#include "views.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace primer::ui {

namespace {

struct Choice {
    std::string label;
    ComfortSettings settings;  // what choosing it sets
};

struct Setting {
    const char* title;
    const char* hint;
    std::vector<Choice> choices;
    int current = 0;  // the choice in force
};

template <std::size_t N>
Setting percent_setting(const char* title, const char* hint, const std::array<int, N>& steps, const ComfortSettings& now,
                        int ComfortSettings::*field) {
    Setting setting{title, hint, {}, 0};
    for (int step : steps) {
        ComfortSettings changed = now;
        changed.*field = step;
        if (step == now.*field) setting.current = static_cast<int>(setting.choices.size());
        setting.choices.push_back({std::to_string(step) + "%", changed});
    }
    return setting;
}

Setting switch_setting(const char* title, const char* hint, const char* off, const char* on, const ComfortSettings& now,
                       bool ComfortSettings::*field) {
    ComfortSettings off_settings = now, on_settings = now;
    off_settings.*field = false;
    on_settings.*field = true;
    return Setting{title, hint, {{off, off_settings}, {on, on_settings}}, now.*field ? 1 : 0};
}

std::vector<Setting> settings_of(const ComfortSettings& now) {
    std::vector<Setting> settings;
    settings.push_back(percent_setting("Text size", "Everything grows, and long screens scroll.", kTextSizes, now,
                                       &ComfortSettings::text_size));
    Setting spacing{"Line spacing", "Space between the lines of the reading text, times the usual.", {}, 0};
    for (int step : kLineSpacings) {
        ComfortSettings changed = now;
        changed.line_spacing = step;
        if (step == now.line_spacing) spacing.current = static_cast<int>(spacing.choices.size());
        spacing.choices.push_back({step == 100 ? "Normal" : step == 150 ? "One and a half" : "Double", changed});
    }
    settings.push_back(spacing);
    settings.push_back(switch_setting("Font", "OpenDyslexic has heavier letter bottoms, which some readers find easier.",
                                      "Usual", "Dyslexia-friendly", now, &ComfortSettings::dyslexia_font));
    settings.push_back(switch_setting("Colours", "High contrast is white and yellow on black.", "Usual",
                                      "High contrast", now, &ComfortSettings::high_contrast));
    settings.push_back(switch_setting("Motion", "Reduced motion makes every change instant.", "Animated", "Reduced",
                                      now, &ComfortSettings::reduced_motion));
    settings.push_back(percent_setting("Caption size", "The captions of narrated explainers.", kCaptionSizes, now,
                                       &ComfortSettings::caption_size));
    Setting volume{"Narration volume", "How loud explainers speak; - and + change it there too.", {}, 0};
    for (int step = 0; step <= 100; step += kVolumeStep) {
        ComfortSettings changed = now;
        changed.narration_volume = step;
        if (step == now.narration_volume) volume.current = static_cast<int>(volume.choices.size());
        volume.choices.push_back({step == 0 ? "Off" : std::to_string(step) + "%", changed});
    }
    settings.push_back(volume);
    settings.push_back(percent_setting("Narration speed", "How fast explainers speak, at the same pitch; < and > change it there too.",
                                       kNarrationSpeeds, now, &ComfortSettings::narration_speed));
    settings.push_back(percent_setting("Reading aloud speed", "How fast A reads the screen aloud, at the narration volume.",
                                       kReadingSpeeds, now, &ComfortSettings::reading_speed));
    return settings;
}

bool key(ImGuiKey which) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(which)); }

}  // namespace

void draw_comfort_panel(const Theme& theme, int& row, const std::string& problem, RequestQueue& requests) {
    if (!begin_panel(theme, "Comfort settings", theme.px(760))) return;
    const std::vector<Setting> settings = settings_of(theme.comfort);
    const int count = static_cast<int>(settings.size());
    // Shortcuts are blocked for the view underneath, so the panel reads its keys directly.
    const int moved = (key(ImGuiKey_DownArrow) ? 1 : 0) - (key(ImGuiKey_UpArrow) ? 1 : 0);
    row = std::clamp(row + moved, 0, count - 1);
    const Setting& focused = settings[static_cast<std::size_t>(row)];
    const int last = static_cast<int>(focused.choices.size()) - 1;
    int step = (key(ImGuiKey_RightArrow) ? 1 : 0) - (key(ImGuiKey_LeftArrow) ? 1 : 0);
    if (key(ImGuiKey_Space)) step = focused.current == last ? -last : 1;  // Space goes round
    const int wanted = std::clamp(focused.current + step, 0, last);
    if (wanted != focused.current)
        requests.push(ChangeComfort{focused.choices[static_cast<std::size_t>(wanted)].settings});

    ImGui::PushFont(theme.fonts.display);
    ImGui::TextUnformatted("Comfort settings");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("Changes apply at once and are kept for you. Up and Down choose a setting; Left and Right "
                           "change it.");
    if (!problem.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.incorrect);
        ImGui::TextUnformatted(problem.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
    ImGui::Separator();

    ImGui::BeginChild("settings", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() - theme.px(8)), false);
    ImGui::Indent(theme.px(6));  // room for the focus ring, which the list would clip
    for (int i = 0; i < count; ++i) {
        const Setting& setting = settings[static_cast<std::size_t>(i)];
        ImGui::PushID(i);
        if (i == row && moved != 0) ImGui::SetScrollHereY(0.0f);  // the setting's title at the top
        ImGui::PushFont(theme.fonts.bold);
        ImGui::TextUnformatted(setting.title);
        ImGui::PopFont();
        small_text(setting.hint, theme);
        for (std::size_t c = 0; c < setting.choices.size(); ++c) {
            const Choice& choice = setting.choices[c];
            const bool chosen = static_cast<int>(c) == setting.current;
            if (c > 0) same_line_if_room(button_width(choice.label.c_str(), theme));
            const bool clicked = chosen ? primary_button(choice.label.c_str(), theme)
                                        : secondary_button(choice.label.c_str(), theme);
            if (clicked && !chosen) {
                row = i;
                requests.push(ChangeComfort{choice.settings});
            }
            if (chosen && i == row) focus_ring(theme);
        }
        ImGui::Dummy(ImVec2(0, theme.px(8)));
        ImGui::PopID();
    }
    ImGui::Unindent(theme.px(6));
    ImGui::EndChild();

    if (panel_close_button(theme)) requests.push(ToggleComfort{});
    end_panel();
}

}  // namespace primer::ui
