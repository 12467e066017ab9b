// Categorise: items start in a tray and go into one of 2-4 group boxes. Mouse: drag a card
// into a box (or back to the tray), or click a card and then a box. Keyboard: up and down
// move the focus between items, a group's number puts the focused item straight there;
// Space picks it up, and then a number, or up and down and Space, chooses where it goes
// (0 or the top of the list is the tray); Escape cancels.
//
// While an item is picked up, state.picked is its place in the shown order and state.focus
// is the box the keyboard is on: 0 the tray, 1.. the groups, as their number keys.
#include "question_view.hpp"
#include "shuffle.hpp"
#include "sort_cards.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <map>

namespace primer::ui {

namespace {

using Placement = std::map<std::string, std::string>;  // item id -> group id

Placement placement_of(const Response& response) {
    Placement placed;
    for (const std::string& token : response) {
        auto at = token.find(kPairSeparator);
        if (at != std::string::npos) placed[token.substr(0, at)] = token.substr(at + std::string(kPairSeparator).size());
    }
    return placed;
}

// Tokens in the author's item order, so that records read the same however items were placed.
Response tokens_of(const CategoriseTask& task, const Placement& placed) {
    Response tokens;
    for (const CategoriseTask::Entry& entry : task.items)
        if (auto it = placed.find(entry.item.id); it != placed.end()) tokens.push_back(entry.item.id + kPairSeparator + it->second);
    return tokens;
}

// 0 for the tray, 1.. for the groups.
int box_of(const CategoriseTask& task, const Placement& placed, const std::string& item) {
    auto it = placed.find(item);
    if (it == placed.end()) return 0;
    for (std::size_t g = 0; g < task.groups.size(); ++g)
        if (task.groups[g].id == it->second) return static_cast<int>(g) + 1;
    return 0;
}

void put(const CategoriseTask& task, ScreenState& state, const std::string& item, int box) {
    Placement placed = placement_of(state.draft);
    if (box == 0)
        placed.erase(item);
    else
        placed[item] = task.groups[static_cast<std::size_t>(box - 1)].id;
    state.draft = tokens_of(task, placed);
}

// The number key typed this frame for a box (0 the tray, 1.. the groups), or -1.
int typed_box(int groups) {
    for (int key = 0; key <= groups; ++key)
        if (typed(static_cast<char>('0' + key))) return key;
    return -1;
}

void pick(const CategoriseTask& task, ScreenState& state, const std::vector<std::size_t>& shown, int at) {
    state.picked = at;
    const int box = box_of(task, placement_of(state.draft), task.items[shown[static_cast<std::size_t>(at)]].item.id);
    state.focus = box == 0 ? 1 : box;  // start on the item's group, or the first group
}

void drop_picked(ScreenState& state) {
    state.focus = state.picked;
    state.picked = -1;
}

// True when a key acted, so that the focus can be brought into view.
bool handle_keys(const CategoriseTask& task, const std::vector<std::size_t>& shown, ScreenState& state) {
    const int items = static_cast<int>(shown.size()), groups = static_cast<int>(task.groups.size());
    const bool up = pressed(ImGuiKey_UpArrow), down = pressed(ImGuiKey_DownArrow);
    const bool space = pressed(ImGuiKey_Space), escape = pressed(ImGuiKey_Escape);
    const int step = (down ? 1 : 0) - (up ? 1 : 0);
    const int number = typed_box(groups);
    if (state.picked >= 0) {
        const std::string& item = task.items[shown[static_cast<std::size_t>(state.picked)]].item.id;
        state.focus = std::clamp(state.focus + step, 0, groups);
        if (number >= 0 || space) put(task, state, item, number >= 0 ? number : state.focus);
        if (number >= 0 || space || escape) drop_picked(state);
    } else {
        state.focus = std::clamp(state.focus + step, 0, items - 1);
        if (number >= 0) put(task, state, task.items[shown[static_cast<std::size_t>(state.focus)]].item.id, number);
        else if (space) pick(task, state, shown, state.focus);
    }
    return up || down || space || escape || number >= 0;
}

std::string box_name(const Theme& theme, const CategoriseTask& task, int box) {
    return box == 0 ? std::string(theme.text("categorise.the_tray"))
                    : quoted(task.groups[static_cast<std::size_t>(box - 1)].text);
}

std::string status_line(const Theme& theme, const CategoriseTask& task, const std::vector<std::size_t>& shown,
                        const ScreenState& state, int dragged) {
    auto name = [&](int at) { return quoted(task.items[shown[static_cast<std::size_t>(at)]].item.text); };
    if (dragged >= 0) return format_text(theme.text("categorise.moving"), {{"item", name(dragged)}});
    std::string keys;
    for (std::size_t g = 0; g < task.groups.size(); ++g)
        keys += format_text(theme.text("categorise.number_for"),
                            {{"number", std::to_string(g + 1)}, {"group", quoted(task.groups[g].text)}}) +
                ", ";
    if (state.picked >= 0)
        return format_text(theme.text("categorise.picked_up"),
                           {{"item", name(state.picked)}, {"keys", keys}, {"place", box_name(theme, task, state.focus)}});
    const int box = box_of(task, placement_of(state.draft), task.items[shown[static_cast<std::size_t>(state.focus)]].item.id);
    return box == 0 ? format_text(theme.text("categorise.not_placed"), {{"item", name(state.focus)}})
                    : format_text(theme.text("categorise.is_in"), {{"item", name(state.focus)}, {"group", box_name(theme, task, box)}});
}

}  // namespace

void draw_categorise_input(const Context& context, const QuestionView& view, ScreenState& state, float width) {
    const Theme& theme = context.theme;
    const auto& task = std::get<CategoriseTask>(view.question.body);
    const std::vector<std::size_t> shown = shuffled_out_of_order(task.items.size(), view.order_seed);
    const int groups = static_cast<int>(task.groups.size());
    const bool keyed = !view.locked && !shown.empty() && handle_keys(task, shown, state);
    const Placement placed = placement_of(view.marked ? view.marked->response : state.draft);
    const Placement right = placement_of(correct_responses(view.question).front());

    // Each card, and the box it is in.
    std::vector<Card> cards;
    std::vector<int> boxes_of;
    for (int at = 0; at < static_cast<int>(shown.size()); ++at) {
        const CategoriseTask::Entry& entry = task.items[shown[static_cast<std::size_t>(at)]];
        Card card(entry.item.text);
        const int box = box_of(task, placed, entry.item.id);
        card.focused = !view.locked && state.picked < 0 && at == state.focus;
        if (!view.locked && at == state.picked) card.look = CardLook::Picked;
        if (view.marked && box > 0) {
            bool good = right.at(entry.item.id) == task.groups[static_cast<std::size_t>(box - 1)].id;
            card.look = good ? CardLook::Right : CardLook::Wrong;
            if (!good && view.reveal)
                for (int g = 1; g <= groups; ++g)
                    if (task.groups[static_cast<std::size_t>(g - 1)].id == entry.group) card.note = format_text(theme.text("categorise.belongs_in"), {{"group", plain_text(task.groups[static_cast<std::size_t>(g - 1)].text)}});
        }
        cards.push_back(card);
        boxes_of.push_back(box);
    }

    // The layout: the tray across the top, where every item keeps its own cell (so the tray
    // keeps its size and the groups stay put while the learner fills them), and the groups
    // side by side below it.
    const float pad = theme.px(10), gap = theme.px(10), card_gap = theme.px(6);
    const float heading = ImGui::GetTextLineHeightWithSpacing() + theme.px(4);
    const int count = static_cast<int>(cards.size());
    const int columns = width > theme.px(520) ? 2 : 1;
    const float cell_width = (width - pad * 2 - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const float group_width = (width - gap * static_cast<float>(groups - 1)) / static_cast<float>(groups);
    std::vector<float> cell_rows(static_cast<std::size_t>((count + columns - 1) / columns), 0.0f);
    for (int at = 0; at < count; ++at) {
        float& row = cell_rows[static_cast<std::size_t>(at / columns)];
        row = std::max(row, card_height(theme, Card(cards[static_cast<std::size_t>(at)].text), cell_width));
    }
    float tray_height = pad * 2 + heading;
    for (float row : cell_rows) tray_height += row + card_gap;
    float row_height = theme.px(100);
    for (int g = 1; g <= groups; ++g) {
        float content = 0;
        for (int at = 0; at < count; ++at)
            if (boxes_of[static_cast<std::size_t>(at)] == g)
                content += card_height(theme, cards[static_cast<std::size_t>(at)], group_width - pad * 2) + card_gap;
        row_height = std::max(row_height, pad * 2 + heading + content);
    }

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    std::vector<Rect> box_rects{{origin, ImVec2(origin.x + width, origin.y + tray_height)}};
    for (int g = 0; g < groups; ++g) {
        float x = origin.x + static_cast<float>(g) * (group_width + gap);
        float y = origin.y + tray_height + gap;
        box_rects.push_back({ImVec2(x, y), ImVec2(x + group_width, y + row_height)});
    }
    auto cell = [&](int at) {
        float y = origin.y + pad + heading;
        for (int row = 0; row < at / columns; ++row) y += cell_rows[static_cast<std::size_t>(row)] + card_gap;
        return ImVec2(origin.x + pad + static_cast<float>(at % columns) * (cell_width + gap), y);
    };

    ImGui::PushID(view.id.c_str());
    Boxes boxes = begin_boxes();
    int dragged = -1, dropped = -1, clicked = -1;
    auto take_input = [&](int at, const CardInput& input) {
        if (keyed && cards[static_cast<std::size_t>(at)].focused) keep_in_view(input.rect);
        if (input.dragging) dragged = at;
        if (input.dropped) dropped = at;
        if (input.clicked) clicked = at;
    };
    for (int box = 0; box <= groups; ++box) {
        const Rect& rect = box_rects[static_cast<std::size_t>(box)];
        const float inner = rect.max.x - rect.min.x - pad * 2;
        ImGui::SetCursorScreenPos(ImVec2(rect.min.x + pad, rect.min.y + pad));
        if (box == 0)
            draw_box_heading(theme, view.locked ? "" : "0", theme.text("categorise.not_placed_heading"), inner);
        else
            draw_box_heading(theme, view.locked ? "" : std::to_string(box),
                             plain_text(task.groups[static_cast<std::size_t>(box - 1)].text), inner);
        ImGui::SetCursorScreenPos(ImVec2(rect.min.x + pad, rect.min.y + pad + heading));
        bool empty = true;
        for (int at = 0; at < count; ++at) {
            const std::string& id = task.items[shown[static_cast<std::size_t>(at)]].item.id;
            const Card& card = cards[static_cast<std::size_t>(at)];
            if (box == 0) {
                ImGui::SetCursorScreenPos(cell(at));
                if (boxes_of[static_cast<std::size_t>(at)] == 0) {
                    take_input(at, draw_card(context, id, card, cell_width, !view.locked));
                } else {  // the item's empty cell, so that the tray does not reflow
                    const ImVec2 min = cell(at);
                    ImGui::GetWindowDrawList()->AddRect(
                        min, ImVec2(min.x + cell_width, min.y + card_height(theme, Card(card.text), cell_width)),
                        ImGui::GetColorU32(theme.colors.border), theme.px(6), 0, theme.px(1));
                }
                continue;
            }
            if (boxes_of[static_cast<std::size_t>(at)] != box) continue;
            empty = false;
            CardInput input = draw_card(context, id, card, inner, !view.locked);
            take_input(at, input);
            ImGui::SetCursorScreenPos(ImVec2(rect.min.x + pad, input.rect.max.y + card_gap));
        }
        if (box > 0 && empty) small_text(theme.text("categorise.nothing_here"), theme);
    }

    // Which box a drop, or a click after a pick, lands in.
    const ImVec2 mouse = ImGui::GetMousePos();
    int under_mouse = -1;
    for (int box = 0; box <= groups; ++box)
        if (box_rects[static_cast<std::size_t>(box)].contains(mouse)) under_mouse = box;
    for (int box = 0; box <= groups; ++box) {
        const Rect& rect = box_rects[static_cast<std::size_t>(box)];
        bool aimed = (dragged >= 0 && box == under_mouse) || (!view.locked && state.picked >= 0 && box == state.focus);
        const bool focused = !view.locked && state.picked >= 0 && box == state.focus;
        draw_box(boxes, theme, rect, aimed, focused);
        if (keyed && focused) keep_in_view(rect);
        if (view.locked) continue;
        ImGui::SetCursorScreenPos(rect.min);
        ImGui::PushID(box);
        if (ImGui::InvisibleButton("box", ImVec2(rect.max.x - rect.min.x, rect.max.y - rect.min.y)) && state.picked >= 0) {
            put(task, state, task.items[shown[static_cast<std::size_t>(state.picked)]].item.id, box);
            drop_picked(state);
        }
        ImGui::PopID();
    }
    end_boxes(boxes);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + tray_height + gap + row_height + theme.px(8)));

    if (!view.locked) {
        if (clicked >= 0) {
            if (clicked == state.picked) drop_picked(state);
            else pick(task, state, shown, clicked);
        }
        if (dragged >= 0) draw_dragged_card(theme, task.items[shown[static_cast<std::size_t>(dragged)]].item.text, cell_width);
        if (dropped >= 0 && under_mouse >= 0) {
            put(task, state, task.items[shown[static_cast<std::size_t>(dropped)]].item.id, under_mouse);
            state.focus = dropped, state.picked = -1;
        }
        if (!shown.empty()) draw_status_line(theme, status_line(theme, task, shown, state, dragged), width);
    }
    ImGui::PopID();
}

void draw_categorise_feedback(const Context& context, const QuestionView& view, float) {
    if (!view.marked) return;
    const auto& task = std::get<CategoriseTask>(view.question.body);
    const Placement placed = placement_of(view.marked->response);
    int right = 0;
    for (const CategoriseTask::Entry& entry : task.items)
        if (auto it = placed.find(entry.item.id); it != placed.end() && it->second == entry.group) ++right;
    if (right < static_cast<int>(task.items.size()))
        small_text(std::to_string(right) + " of " + std::to_string(task.items.size()) +
                       " items are in the right group (ticked); the crossed ones are not.",
                   context.theme);
}

}  // namespace primer::ui
