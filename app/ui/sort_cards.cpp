#include "sort_cards.hpp"

#include "read_along.hpp"
#include "rich_text_view.hpp"
#include "text_match.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

struct CardMetrics {
    float pad, grip, badge, mark, text_width, text_height, note_height, height;
};

CardMetrics metrics(const Theme& theme, const Card& card, float width) {
    CardMetrics m{};
    m.pad = theme.px(9);
    m.grip = theme.px(14);
    m.badge = card.badge.empty() ? 0 : theme.px(30);
    m.mark = theme.px(26);
    m.mark = std::max(m.mark, card.tag_room);
    if (!card.tag.empty()) {
        ImGui::PushFont(theme.fonts.small);
        m.mark = std::max(m.mark, ImGui::CalcTextSize(card.tag.c_str()).x + theme.px(8));
        ImGui::PopFont();
    }
    m.text_width = std::max(theme.px(40), width - m.pad * 2 - m.grip - m.badge - m.mark - card.reserve_right);
    m.text_height = measure_rich_text(card.text, theme, TextStyle{m.text_width, nullptr, {}});
    if (!card.note.empty()) {
        ImGui::PushFont(theme.fonts.small);
        m.note_height = ImGui::CalcTextSize(card.note.c_str(), nullptr, false, m.text_width).y + theme.px(4);
        ImGui::PopFont();
    }
    m.height = std::max(m.text_height + m.note_height, theme.px(28)) + m.pad * 2;
    return m;
}

// Six dots at the card's left: the usual sign that it can be dragged.
void draw_grip(ImDrawList* draw, ImVec2 centre, const Theme& theme, ImU32 colour) {
    const float gap = theme.px(5), r = theme.px(1.6f);
    for (int row = -1; row <= 1; ++row)
        for (int col = 0; col < 2; ++col)
            draw->AddCircleFilled(ImVec2(centre.x + (col - 0.5f) * gap, centre.y + row * gap), r, colour, 8);
}

// A tick or a cross in a circle, so right and wrong differ in shape as well as colour.
void draw_mark(ImDrawList* draw, ImVec2 c, const Theme& theme, bool right) {
    const Palette& p = theme.colors;
    const ImU32 colour = ImGui::GetColorU32(right ? p.correct : p.incorrect);
    const float r = theme.px(10), t = theme.px(2.5f);
    draw->AddCircleFilled(c, r, colour, 24);
    const ImU32 ink = ImGui::GetColorU32(p.on_fill);
    if (right) {
        ImVec2 tick[3] = {ImVec2(c.x - r * 0.5f, c.y), ImVec2(c.x - r * 0.1f, c.y + r * 0.4f),
                          ImVec2(c.x + r * 0.5f, c.y - r * 0.4f)};
        draw->AddPolyline(tick, 3, ink, 0, t);
    } else {
        const float d = r * 0.42f;
        draw->AddLine(ImVec2(c.x - d, c.y - d), ImVec2(c.x + d, c.y + d), ink, t);
        draw->AddLine(ImVec2(c.x - d, c.y + d), ImVec2(c.x + d, c.y - d), ink, t);
    }
}

void draw_badge(ImDrawList* draw, ImVec2 centre, const Theme& theme, const std::string& text, ImU32 colour) {
    draw->AddCircle(centre, theme.px(11), colour, 24, theme.px(1.5f));
    ImVec2 size = ImGui::CalcTextSize(text.c_str());
    draw->AddText(ImVec2(centre.x - size.x * 0.5f, centre.y - size.y * 0.5f), colour, text.c_str());
}

}  // namespace

float card_height(const Theme& theme, const Card& card, float width) { return metrics(theme, card, width).height; }

CardInput draw_card(const Context& context, const std::string& id, const Card& card, float width, bool interactive) {
    const Theme& theme = context.theme;
    const Palette& c = theme.colors;
    const CardMetrics m = metrics(theme, card, width);
    CardInput input;
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    input.rect = {top_left, ImVec2(top_left.x + width, top_left.y + m.height)};

    bool hovered = false;
    if (interactive) {
        ImGui::PushID(id.c_str());
        bool released_here = ImGui::InvisibleButton("card", ImVec2(width - card.reserve_right, m.height));
        hovered = ImGui::IsItemHovered();
        const ImGuiIO& io = ImGui::GetIO();
        const bool moved = io.MouseDragMaxDistanceSqr[0] >= io.MouseDragThreshold * io.MouseDragThreshold;
        input.dragging = card.movable && ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left);
        input.dropped = card.movable && ImGui::IsItemDeactivated() && moved;
        input.clicked = released_here && !moved;
        ImGui::PopID();
        ImGui::SetCursorScreenPos(top_left);
    }

    CardLook look = input.dragging ? CardLook::Faded : card.look;
    ImVec4 fill = c.surface, border = c.border, text_colour = c.text;
    float border_width = theme.px(1);
    switch (look) {
    case CardLook::Plain:
        if (hovered) fill = c.selected;
        break;
    case CardLook::Picked: fill = c.selected, border = c.primary, border_width = theme.px(2.5f); break;
    case CardLook::Right: fill = c.correct_fill, border = c.correct, border_width = theme.px(2); break;
    case CardLook::Wrong: fill = c.incorrect_fill, border = c.incorrect, border_width = theme.px(2); break;
    case CardLook::Faded: fill = c.background, text_colour = c.muted_text; break;
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = theme.px(6);
    draw->AddRectFilled(input.rect.min, input.rect.max, ImGui::GetColorU32(fill), rounding);
    draw->AddRect(input.rect.min, input.rect.max, ImGui::GetColorU32(border), rounding, 0, border_width);

    const float middle = top_left.y + m.height * 0.5f;
    float x = top_left.x + m.pad;
    const ImU32 muted = ImGui::GetColorU32(c.muted_text);
    if (interactive && card.movable) draw_grip(draw, ImVec2(x + m.grip * 0.3f, middle), theme, muted);
    x += m.grip;
    if (!card.badge.empty()) {
        draw_badge(draw, ImVec2(x + m.badge * 0.4f, middle), theme, card.badge, muted);
        x += m.badge;
    }
    if (!card.tag.empty()) {
        ImGui::PushFont(theme.fonts.small);
        ImVec2 size = ImGui::CalcTextSize(card.tag.c_str());
        draw->AddText(ImVec2(input.rect.max.x - card.reserve_right - m.pad - size.x, middle - size.y * 0.5f), muted,
                      card.tag.c_str());
        ImGui::PopFont();
    }
    if (look == CardLook::Right || look == CardLook::Wrong)
        draw_mark(draw, ImVec2(input.rect.max.x - card.reserve_right - m.pad - m.mark * 0.4f, middle), theme,
                  look == CardLook::Right);

    ImGui::SetCursorScreenPos(ImVec2(x, top_left.y + (m.height - m.text_height - m.note_height) * 0.5f));
    draw_rich_text(card.text, theme, TextStyle{m.text_width, nullptr, text_colour}, context.requests);
    if (!card.note.empty()) {
        // The same font and width as metrics() measured it with.
        ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + theme.px(4) - ImGui::GetStyle().ItemSpacing.y));
        ImGui::PushFont(theme.fonts.small);
        ImGui::PushStyleColor(ImGuiCol_Text, c.correct);
        read_along_text(card.note, m.text_width, theme);
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    if (card.focused) draw_focus_ring(theme, input.rect);
    ImGui::SetCursorScreenPos(ImVec2(top_left.x, input.rect.max.y));
    ImGui::Dummy(ImVec2(width, 0));
    return input;
}

void draw_dragged_card(const Theme& theme, const RichText& text, float width) {
    const Palette& c = theme.colors;
    const std::string words = plain_text(text);
    ImFont* font = theme.fonts.body;
    const float pad = theme.px(12);
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, width - pad * 2, words.c_str());
    const ImVec2 mouse = ImGui::GetMousePos();
    // Below and right of the pointer, so that the place it would land stays in sight.
    const ImVec2 min(mouse.x + theme.px(12), mouse.y + theme.px(10));
    const ImVec2 max(min.x + width, min.y + size.y + pad * 2);
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    const float rounding = theme.px(6);
    draw->AddRectFilled(ImVec2(min.x + theme.px(3), min.y + theme.px(4)), ImVec2(max.x + theme.px(3), max.y + theme.px(4)),
                        IM_COL32(0, 0, 0, 40), rounding);
    draw->AddRectFilled(min, max, ImGui::GetColorU32(c.selected), rounding);
    draw->AddRect(min, max, ImGui::GetColorU32(c.primary), rounding, 0, theme.px(2.5f));
    draw->AddText(font, font->FontSize, ImVec2(min.x + pad, min.y + pad), ImGui::GetColorU32(c.text), words.c_str(),
                  nullptr, width - pad * 2);
}

Boxes begin_boxes() {
    Boxes boxes{ImGui::GetWindowDrawList()};
    boxes.draw->ChannelsSplit(2);
    boxes.draw->ChannelsSetCurrent(1);
    return boxes;
}

void draw_box(const Boxes& boxes, const Theme& theme, const Rect& rect, bool highlight, bool focused) {
    const Palette& c = theme.colors;
    boxes.draw->ChannelsSetCurrent(0);
    const float rounding = theme.px(8);
    // A well a shade darker than the page; in high contrast, the black of the page itself.
    const ImVec4 well = theme.comfort.high_contrast ? c.background : ImVec4(0.93f, 0.92f, 0.89f, 1);
    boxes.draw->AddRectFilled(rect.min, rect.max, ImGui::GetColorU32(highlight ? c.selected : well), rounding);
    boxes.draw->AddRect(rect.min, rect.max, ImGui::GetColorU32(highlight ? c.primary : c.border), rounding, 0,
                        highlight ? theme.px(2.5f) : theme.px(1));
    if (focused) draw_focus_ring(theme, rect);
    boxes.draw->ChannelsSetCurrent(1);
}

void end_boxes(const Boxes& boxes) { boxes.draw->ChannelsMerge(); }

void draw_box_heading(const Theme& theme, const std::string& key, const std::string& heading, float width) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    float x = at.x;
    ImGui::PushFont(theme.fonts.bold);
    const float line = ImGui::GetTextLineHeight();
    if (!key.empty()) {
        const ImU32 colour = ImGui::GetColorU32(theme.colors.primary);
        ImVec2 size = ImGui::CalcTextSize(key.c_str());
        const float side = std::max(size.x + theme.px(10), line);
        ImGui::GetWindowDrawList()->AddRect(ImVec2(x, at.y), ImVec2(x + side, at.y + line), colour, theme.px(4), 0,
                                            theme.px(1.5f));
        ImGui::GetWindowDrawList()->AddText(ImVec2(x + (side - size.x) * 0.5f, at.y), colour, key.c_str());
        x += side + theme.px(8);
    }
    ImGui::SetCursorScreenPos(ImVec2(x, at.y));
    read_along_text(heading, at.x + width - x, theme);
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(at.x, ImGui::GetCursorScreenPos().y));
}

void draw_focus_ring(const Theme& theme, const Rect& rect) {
    const float gap = theme.px(3);
    ImGui::GetWindowDrawList()->AddRect(ImVec2(rect.min.x - gap, rect.min.y - gap),
                                        ImVec2(rect.max.x + gap, rect.max.y + gap),
                                        ImGui::GetColorU32(theme.colors.focus), theme.px(8), 0, theme.px(3));
}

void keep_in_view(const Rect& rect) {
    const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
    if (rect.min.y >= top && rect.max.y <= bottom) return;
    ImGui::SetScrollFromPosY((rect.min.y + rect.max.y) * 0.5f - top, 0.5f);
}

void draw_status_line(const Theme& theme, const std::string& text, float width) {
    ImGui::PushFont(theme.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.primary);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    const float top = ImGui::GetCursorPosY();
    ImGui::TextUnformatted(text.c_str());
    // Two lines' room whatever the text, so that what is below does not jump as it changes.
    const float used = ImGui::GetCursorPosY() - top, room = ImGui::GetTextLineHeightWithSpacing() * 2;
    if (used < room) ImGui::Dummy(ImVec2(0, room - used - ImGui::GetStyle().ItemSpacing.y));
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

std::string quoted(const RichText& text) {
    constexpr std::size_t limit = 48;
    std::string words = collapse_spaces(plain_text(text));
    if (count_characters(words) <= limit) return "'" + words + "'";
    std::size_t at = 0;
    for (std::size_t seen = 0; at < words.size() && seen < limit; ++seen) {
        ++at;
        while (at < words.size() && (static_cast<unsigned char>(words[at]) & 0xC0) == 0x80) ++at;  // whole code points
    }
    std::size_t space = words.rfind(' ', at);
    if (space != std::string::npos && space > at / 2) at = space;
    return "'" + words.substr(0, at) + "\xE2\x80\xA6'";
}

}  // namespace primer::ui
