#include "explainer_stage.hpp"

#include "rich_text_view.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

void draw_highlight(const Context& context, const Beat& beat, float inner_width, float inner_height) {
    const Theme& theme = context.theme;
    const TextStyle style{inner_width, theme.fonts.display, theme.colors.primary};
    const float text_height = measure_rich_text(beat.text, theme, style);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::max(0.0f, (inner_height - text_height) * 0.5f));
    // A phrase that fits on one line is centred; a longer one reads better from the left.
    ImGui::PushFont(theme.fonts.display);
    const float one_line = ImGui::CalcTextSize(plain_text(beat.text).c_str()).x + theme.px(8);
    ImGui::PopFont();
    if (one_line < inner_width) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (inner_width - one_line) * 0.5f);
    draw_rich_text(beat.text, theme, style, context.requests);
}

// Horizontal bars, one per figure, each labelled above and with its figure at its end, so
// the chart reads without colour and without a legend.
void draw_chart(const Context& context, const Beat& beat, float inner_width) {
    const Theme& theme = context.theme;
    if (!beat.chart_title.empty()) {
        ImGui::PushFont(theme.fonts.bold);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner_width);
        ImGui::TextUnformatted(beat.chart_title.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        ImGui::Dummy(ImVec2(0, theme.px(8)));
    }
    double largest = 0;
    for (const ChartBar& bar : beat.bars) largest = std::max(largest, bar.value);
    float figure_room = 0;
    ImGui::PushFont(theme.fonts.bold);  // as the figures are drawn
    for (const ChartBar& bar : beat.bars)
        figure_room = std::max(figure_room, ImGui::CalcTextSize((format_figure(bar.value) + with_unit(beat.unit)).c_str()).x);
    ImGui::PopFont();
    const float longest = std::max(theme.px(40), inner_width - figure_room - theme.px(12));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const ChartBar& bar : beat.bars) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner_width);
        ImGui::TextUnformatted(bar.label.c_str());
        ImGui::PopTextWrapPos();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float thickness = theme.px(26);
        // The smallest figure still shows as a sliver, so "54,000" is never an empty row.
        const float length = std::max(theme.px(3), static_cast<float>(bar.value / largest) * longest);
        draw->AddRectFilled(at, ImVec2(at.x + length, at.y + thickness), ImGui::GetColorU32(theme.colors.primary),
                            theme.px(3));
        const std::string figure = format_figure(bar.value) + with_unit(beat.unit);
        ImGui::SetCursorScreenPos(ImVec2(at.x + length + theme.px(10),
                                         at.y + (thickness - ImGui::GetTextLineHeight()) * 0.5f));
        ImGui::PushFont(theme.fonts.bold);
        ImGui::TextUnformatted(figure.c_str());
        ImGui::PopFont();
        ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + thickness + theme.px(12)));
    }
}

void draw_image(const Context& context, const ImageRef& image, float inner_width, float inner_height) {
    const Theme& theme = context.theme;
    ImageHandle handle = context.images(image.path);
    if (!handle.ok) {
        small_text("[Image: " + image.alt + "]", theme, inner_width);
        return;
    }
    const TextStyle caption_style{inner_width, theme.fonts.small, theme.colors.muted_text};
    const float caption_height =
        image.caption.empty() ? 0.0f : measure_rich_text(image.caption, theme, caption_style) + theme.px(6);
    const float room = std::max(theme.px(40), inner_height - caption_height);
    const float scale = std::min({theme.scale, inner_width / static_cast<float>(handle.width),
                                  room / static_cast<float>(handle.height)});
    const ImVec2 size(static_cast<float>(handle.width) * scale, static_cast<float>(handle.height) * scale);
    const float left = ImGui::GetCursorPosX();
    ImGui::SetCursorPosX(left + (inner_width - size.x) * 0.5f);
    ImGui::Image(handle.texture, size);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", image.alt.c_str());
    if (image.caption.empty()) return;
    ImGui::SetCursorPosX(left);
    draw_rich_text(image.caption, theme, caption_style, context.requests);
}

void draw_title_card(const Context& context, const Screen& screen, float inner_width, float inner_height) {
    const Theme& theme = context.theme;
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + inner_height * 0.35f);
    ImGui::PushFont(theme.fonts.display);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.primary);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner_width);
    ImGui::TextUnformatted(screen.title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    small_text("A narrated explainer with captions. Press Play (or Space) to start.", theme, inner_width);
}

}  // namespace

void draw_explainer_stage(const Context& context, const Screen& screen, const Beat* beat, float width, float height) {
    const Theme& theme = context.theme;
    const float padding = theme.px(28);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.colors.surface);
    ImGui::PushStyleColor(ImGuiCol_Border, theme.colors.border);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, padding));
    ImGui::BeginChild("stage", ImVec2(width, height), true, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
    const float inner_width = width - padding * 2;
    const float inner_height = height - padding * 2;
    if (!beat) {
        draw_title_card(context, screen, inner_width, inner_height);
    } else {
        switch (beat->kind) {
        case Beat::Kind::Highlight: draw_highlight(context, *beat, inner_width, inner_height); break;
        case Beat::Kind::Chart: draw_chart(context, *beat, inner_width); break;
        case Beat::Kind::Image:
            if (beat->image) draw_image(context, *beat->image, inner_width, inner_height);
            break;
        }
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

}  // namespace primer::ui
