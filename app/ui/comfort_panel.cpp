// Comfort settings, one key (O) away from every view: text size, line spacing, font, colours,
// motion, caption size, narration volume and speed, reading-aloud speed and the language of the player's words. A modal like the support panel; each change
// applies at once (the app rebuilds the theme between frames) and is kept for the learner.
// Keyboard: Up and Down move between settings, Left and Right (or Space) change the one in focus;
// A reads the panel aloud.
#include "read_along.hpp"
#include "views.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace primer::ui {

namespace {

struct Choice {
    std::string label;
    Request request;  // what choosing it asks for: ChangeComfort, or ChangeLanguage
};

struct Setting {
    std::string title;
    std::string hint;
    std::vector<Choice> choices;
    int current = 0;  // the choice in force
};

template <std::size_t N>
Setting percent_setting(std::string title, std::string hint, const std::array<int, N>& steps, const ComfortSettings& now,
                        int ComfortSettings::*field) {
    Setting setting{std::move(title), std::move(hint), {}, 0};
    for (int step : steps) {
        ComfortSettings changed = now;
        changed.*field = step;
        if (step == now.*field) setting.current = static_cast<int>(setting.choices.size());
        setting.choices.push_back({std::to_string(step) + "%", ChangeComfort{changed}});
    }
    return setting;
}

Setting switch_setting(std::string title, std::string hint, const char* off, const char* on, const ComfortSettings& now,
                       bool ComfortSettings::*field) {
    ComfortSettings off_settings = now, on_settings = now;
    off_settings.*field = false;
    on_settings.*field = true;
    return Setting{std::move(title), std::move(hint), {{off, ChangeComfort{off_settings}}, {on, ChangeComfort{on_settings}}}, now.*field ? 1 : 0};
}

std::vector<Setting> settings_of(const Theme& theme, const std::vector<UiStrings>& languages) {
    const ComfortSettings& now = theme.comfort;
    const UiText& text = theme.text;
    std::vector<Setting> settings;
    settings.push_back(percent_setting(text("comfort.text_size"), text("comfort.text_size_hint"), kTextSizes, now,
                                       &ComfortSettings::text_size));
    Setting spacing{text("comfort.line_spacing"), text("comfort.line_spacing_hint"), {}, 0};
    for (int step : kLineSpacings) {
        ComfortSettings changed = now;
        changed.line_spacing = step;
        if (step == now.line_spacing) spacing.current = static_cast<int>(spacing.choices.size());
        spacing.choices.push_back({text(step == 100   ? "comfort.spacing_normal"
                                        : step == 150 ? "comfort.spacing_one_and_a_half"
                                                      : "comfort.spacing_double"),
                                   ChangeComfort{changed}});
    }
    settings.push_back(spacing);
    settings.push_back(switch_setting(text("comfort.font"), text("comfort.font_hint"), text("comfort.font_usual"),
                                      text("comfort.font_dyslexia"), now, &ComfortSettings::dyslexia_font));
    settings.push_back(switch_setting(text("comfort.colours"), text("comfort.colours_hint"), text("comfort.colours_usual"),
                                      text("comfort.colours_high_contrast"), now, &ComfortSettings::high_contrast));
    settings.push_back(switch_setting(text("comfort.motion"), text("comfort.motion_hint"), text("comfort.motion_animated"),
                                      text("comfort.motion_reduced"), now, &ComfortSettings::reduced_motion));
    settings.push_back(percent_setting(text("comfort.caption_size"), text("comfort.caption_size_hint"), kCaptionSizes,
                                       now, &ComfortSettings::caption_size));
    Setting volume{text("comfort.narration_volume"), text("comfort.narration_volume_hint"), {}, 0};
    for (int step = 0; step <= 100; step += kVolumeStep) {
        ComfortSettings changed = now;
        changed.narration_volume = step;
        if (step == now.narration_volume) volume.current = static_cast<int>(volume.choices.size());
        volume.choices.push_back({step == 0 ? text("comfort.volume_off") : std::to_string(step) + "%", ChangeComfort{changed}});
    }
    settings.push_back(volume);
    settings.push_back(percent_setting(text("comfort.narration_speed"), text("comfort.narration_speed_hint"),
                                       kNarrationSpeeds, now, &ComfortSettings::narration_speed));
    settings.push_back(percent_setting(text("comfort.reading_speed"), text("comfort.reading_speed_hint"), kReadingSpeeds,
                                       now, &ComfortSettings::reading_speed));
    // Last, so the rows the learner knows keep their places; each language is named in itself.
    if (languages.size() > 1) {
        Setting language{text("comfort.language"), text("comfort.language_hint"), {}, 0};
        for (const UiStrings& strings : languages) {
            if (strings.tag == now.language) language.current = static_cast<int>(language.choices.size());
            language.choices.push_back({strings.name, ChangeLanguage{strings.tag}});
        }
        settings.push_back(language);
    }
    return settings;
}

bool key(ImGuiKey which) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(which)); }

}  // namespace

void draw_comfort_panel(const Theme& theme, const std::vector<UiStrings>& languages, int& row, const std::string& problem,
                        RequestQueue& requests) {
    if (!begin_panel(theme, "Comfort settings", theme.px(760))) return;
    const std::vector<Setting> settings = settings_of(theme, languages);
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
        requests.push(focused.choices[static_cast<std::size_t>(wanted)].request);

    ImGui::PushFont(theme.fonts.display);
    read_along_text(theme.text("comfort.title"), ImGui::GetContentRegionAvail().x, theme);
    ImGui::PopFont();
    read_along_text(theme.text("comfort.intro"), ImGui::GetContentRegionAvail().x, theme);
    if (!problem.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.incorrect);
        read_along_text(problem, ImGui::GetContentRegionAvail().x, theme);
        ImGui::PopStyleColor();
    }
    ImGui::Separator();

    ImGui::BeginChild("settings", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() - theme.px(8)), false);
    ImGui::Indent(theme.px(6));  // room for the focus ring, which the list would clip
    for (int i = 0; i < count; ++i) {
        const Setting& setting = settings[static_cast<std::size_t>(i)];
        ImGui::PushID(i);
        if (i == row && moved != 0) ImGui::SetScrollHereY(0.0f);  // the setting's title at the top
        ImGui::PushFont(theme.fonts.bold);
        read_along_text(setting.title, ImGui::GetContentRegionAvail().x, theme);
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
                requests.push(choice.request);
            }
            if (chosen && i == row) focus_ring(theme);
        }
        ImGui::Dummy(ImVec2(0, theme.px(8)));
        ImGui::PopID();
    }
    ImGui::Unindent(theme.px(6));
    ImGui::EndChild();

    // A reads the settings aloud, as it reads a screen (read here: the view's keys are blocked).
    if (typed_in_panel('a')) requests.push(ToggleReadAloud{});
    if (panel_close_button(theme)) requests.push(ToggleComfort{});
    end_panel();
}

}  // namespace primer::ui
