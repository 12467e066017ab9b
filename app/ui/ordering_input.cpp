// Ordering: the items in a list that the learner puts in order. Mouse: drag a card to its
// place, or use its up and down buttons. Keyboard: up and down move the focus, Space picks
// the focused item up, up and down then carry it, Space or Escape puts it down. The draft
// is every item id in the order shown, so the list can be checked as soon as it is seen.
#include "question_view.hpp"
#include "read_along.hpp"
#include "rich_text_view.hpp"
#include "shuffle.hpp"
#include "sort_cards.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

const Item* find_item(const OrderingTask& task, const std::string& id) {
    auto it = std::find_if(task.items.begin(), task.items.end(), [&](const Item& item) { return item.id == id; });
    return it == task.items.end() ? nullptr : &*it;
}

int position_of(const OrderingTask& task, const std::string& id) {
    const Item* item = find_item(task, id);
    return item ? static_cast<int>(item - task.items.data()) : -1;
}

// Shuffled by the learner's seed, and never already in order.
Response shown_order(const OrderingTask& task, std::uint64_t seed) {
    Response order;
    for (std::size_t at : shuffled_out_of_order(task.items.size(), seed)) order.push_back(task.items[at].id);
    return order;
}

void move(Response& order, int from, int to) {
    std::string id = order[static_cast<std::size_t>(from)];
    order.erase(order.begin() + from);
    order.insert(order.begin() + to, id);
}

// True when a key acted, so that the focus can be brought into view.
bool handle_keys(Response& order, ScreenState& state) {
    const int count = static_cast<int>(order.size());
    const bool up = pressed(ImGuiKey_UpArrow), down = pressed(ImGuiKey_DownArrow);
    const bool space = pressed(ImGuiKey_Space), escape = pressed(ImGuiKey_Escape);
    if (state.picked >= 0) {
        int to = std::clamp(state.picked + (down ? 1 : 0) - (up ? 1 : 0), 0, count - 1);
        if (to != state.picked) move(order, state.picked, to);
        state.picked = state.focus = to;
        if (space || escape) state.picked = -1;
    } else {
        state.focus = std::clamp(state.focus + (down ? 1 : 0) - (up ? 1 : 0), 0, count - 1);
        if (space) state.picked = state.focus;
    }
    return up || down || space || escape;
}

std::string place(const Theme& theme, int at, int count) {
    return format_text(theme.text("ordering.position"), {{"index", std::to_string(at + 1)}, {"count", std::to_string(count)}});
}

std::string status_line(const Theme& theme, const OrderingTask& task, const Response& order, const ScreenState& state,
                        int dragged) {
    const int count = static_cast<int>(order.size());
    auto name = [&](int at) {
        const Item* item = find_item(task, order[static_cast<std::size_t>(at)]);
        return item ? quoted(item->text) : std::string(theme.text("ordering.this_item"));
    };
    if (dragged >= 0) return format_text(theme.text("ordering.moving"), {{"item", name(dragged)}});
    if (state.picked >= 0)
        return format_text(theme.text("ordering.picked_up"),
                           {{"item", name(state.picked)}, {"place", place(theme, state.picked, count)}});
    return format_text(theme.text("ordering.is_at"), {{"item", name(state.focus)}, {"place", place(theme, state.focus, count)}});
}

// The up and down buttons over the right end of a card; true when one was pressed.
int draw_move_buttons(const Theme& theme, const Rect& card, int at, int count) {
    const ImVec2 after = ImGui::GetCursorScreenPos();
    const float size = ImGui::GetFrameHeight();
    const float gap = theme.px(4);
    ImGui::SetCursorScreenPos(
        ImVec2(card.max.x - theme.px(10) - size * 2 - gap, (card.min.y + card.max.y - size) * 0.5f));
    int step = 0;
    ImGui::PushID(at);
    ImGui::BeginDisabled(at == 0);
    if (ImGui::ArrowButton("up", ImGuiDir_Up)) step = -1;
    ImGui::EndDisabled();
    ImGui::SameLine(0, gap);
    ImGui::BeginDisabled(at == count - 1);
    if (ImGui::ArrowButton("down", ImGuiDir_Down)) step = 1;
    ImGui::EndDisabled();
    ImGui::PopID();
    ImGui::SetCursorScreenPos(after);
    return step;
}

// Where a card dropped at `y` goes: before the first card whose middle is below it.
int insertion_slot(const std::vector<Rect>& cards, float y) {
    int slot = 0;
    for (const Rect& card : cards)
        if ((card.min.y + card.max.y) * 0.5f < y) ++slot;
    return slot;
}

}  // namespace

void draw_ordering_input(const Context& context, const QuestionView& view, ScreenState& state, float width) {
    const Theme& theme = context.theme;
    const auto& task = std::get<OrderingTask>(view.question.body);
    const int count = static_cast<int>(task.items.size());
    if (state.draft.size() != task.items.size() && !view.locked) state.draft = shown_order(task, view.order_seed);
    const bool keyed = !view.locked && handle_keys(state.draft, state);
    Response order = view.marked ? view.marked->response : state.draft;
    if (order.size() != task.items.size()) order = shown_order(task, view.order_seed);
    const std::vector<bool> marks = view.marked ? in_order(task, order) : std::vector<bool>{};

    ImGui::PushID(view.id.c_str());
    const float buttons = view.locked ? 0 : ImGui::GetFrameHeight() * 2 + theme.px(18);
    std::vector<Rect> rects;
    int dragged = -1, dropped = -1, step = 0, stepped = -1;
    for (int at = 0; at < count; ++at) {
        const std::string& id = order[static_cast<std::size_t>(at)];
        const Item* item = find_item(task, id);
        if (!item) continue;
        Card card(item->text);
        card.badge = std::to_string(at + 1);
        card.reserve_right = buttons;
        card.focused = !view.locked && at == state.focus;
        if (!view.locked && at == state.picked) card.look = CardLook::Picked;
        if (!marks.empty()) card.look = marks[static_cast<std::size_t>(at)] ? CardLook::Right : CardLook::Wrong;
        if (view.reveal && !marks.empty() && !marks[static_cast<std::size_t>(at)])
            card.note = format_text(theme.text("ordering.belongs_at"), {{"index", std::to_string(position_of(task, id) + 1)}});
        CardInput input = draw_card(context, id, card, width, !view.locked);
        rects.push_back(input.rect);
        if (keyed && card.focused) keep_in_view(input.rect);
        if (input.clicked) state.focus = at, state.picked = -1;
        if (input.dragging) dragged = at;
        if (input.dropped) dropped = at;
        if (!view.locked)
            if (int s = draw_move_buttons(theme, input.rect, at, count)) step = s, stepped = at;
    }

    if (!view.locked) {
        const float y = ImGui::GetMousePos().y;
        if (dragged >= 0) {
            // A line where the card would land, and the card itself under the mouse.
            int slot = insertion_slot(rects, y);
            float line_y = slot == 0 ? rects.front().min.y - theme.px(4) : rects[static_cast<std::size_t>(slot - 1)].max.y + theme.px(3);
            ImGui::GetWindowDrawList()->AddLine(ImVec2(rects.front().min.x, line_y), ImVec2(rects.front().max.x, line_y),
                                                ImGui::GetColorU32(theme.colors.primary), theme.px(3));
            draw_dragged_card(theme, find_item(task, order[static_cast<std::size_t>(dragged)])->text, width * 0.8f);
        }
        if (dropped >= 0) {
            int slot = insertion_slot(rects, y);
            int to = std::clamp(slot > dropped ? slot - 1 : slot, 0, count - 1);
            move(state.draft, dropped, to);
            state.focus = to, state.picked = -1;
        }
        if (stepped >= 0) {
            move(state.draft, stepped, stepped + step);
            state.focus = stepped + step, state.picked = -1;
        }
        draw_status_line(theme, status_line(theme, task, state.draft, state, dragged), width);
    }
    ImGui::PopID();
}

void draw_ordering_feedback(const Context& context, const QuestionView& view, float width) {
    if (!view.marked) return;
    const Theme& theme = context.theme;
    const auto& task = std::get<OrderingTask>(view.question.body);
    const std::vector<bool> marks = in_order(task, view.marked->response);
    const auto right = std::count(marks.begin(), marks.end(), true);
    if (right == 0)
        small_text(theme.text("ordering.none_in_order"), theme);
    else if (right < static_cast<long>(marks.size()))
        small_text(format_text(theme.text("ordering.some_in_order"),
                               {{"right", std::to_string(right)}, {"count", std::to_string(marks.size())}}),
                   theme);
    if (!view.reveal) return;
    ImGui::PushFont(theme.fonts.bold);
    read_along_text(theme.text("ordering.right_order"), width, theme);
    ImGui::PopFont();
    const float indent = theme.px(28);
    for (std::size_t at = 0; at < task.items.size(); ++at) {
        const ImVec2 start = ImGui::GetCursorScreenPos();
        ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.correct);
        ImGui::Text("%zu.", at + 1);
        ImGui::PopStyleColor();
        ImGui::SetCursorScreenPos(ImVec2(start.x + indent, start.y));
        draw_rich_text(task.items[at].text, theme, TextStyle{width - indent, nullptr, theme.colors.correct},
                       context.requests);
    }
}

}  // namespace primer::ui
