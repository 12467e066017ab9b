// Matching: each item on the left gets one answer from a numbered pool below; an answer
// goes to one item at most, and some answers may match nothing. Mouse: drag an answer onto
// an item's slot (or from one slot to another, or back to the pool), or click an item and
// then an answer. Keyboard: up and down move between items, an answer's number gives it to
// the focused item; Space picks the item, and then a number, or up and down and Space,
// chooses its answer; Escape cancels.
//
// While an item is picked, state.picked is its index and state.focus is the answer the
// keyboard is on, in the pool's shown order.
#include "question_view.hpp"
#include "shuffle.hpp"
#include "sort_cards.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <map>
#include <optional>

namespace primer::ui {

namespace {

using Matches = std::map<std::string, std::string>;  // left id -> right id

Matches matches_of(const Response& response) {
    Matches matches;
    const std::string separator = kPairSeparator;
    for (const std::string& token : response)
        if (auto at = token.find(separator); at != std::string::npos)
            matches[token.substr(0, at)] = token.substr(at + separator.size());
    return matches;
}

// Tokens in the author's order of the left items.
Response tokens_of(const MatchingTask& task, const Matches& matches) {
    Response tokens;
    for (const MatchingTask::Pair& pair : task.left)
        if (auto it = matches.find(pair.left.id); it != matches.end()) tokens.push_back(pair.left.id + kPairSeparator + it->second);
    return tokens;
}

const Item* find_right(const MatchingTask& task, const std::string& id) {
    auto it = std::find_if(task.right.begin(), task.right.end(), [&](const Item& item) { return item.id == id; });
    return it == task.right.end() ? nullptr : &*it;
}

// Gives `right` to `left` (empty `left`: back to the pool); an answer is used once at most.
void give(const MatchingTask& task, ScreenState& state, const std::string& left, const std::string& right) {
    Matches matches = matches_of(state.draft);
    for (auto it = matches.begin(); it != matches.end();)
        it = it->second == right ? matches.erase(it) : std::next(it);
    if (!left.empty()) matches[left] = right;
    state.draft = tokens_of(task, matches);
}

// The letter an item is shown with ("A" for the first).
char left_letter(const MatchingTask& task, const std::string& left) {
    for (std::size_t at = 0; at < task.left.size(); ++at)
        if (task.left[at].left.id == left) return static_cast<char>('A' + at);
    return '?';
}

void drop_picked(ScreenState& state) {
    state.focus = state.picked;
    state.picked = -1;
}

void pick(const MatchingTask& task, const std::vector<std::size_t>& shown, ScreenState& state, int left) {
    state.picked = left;
    state.focus = 0;
    const Matches matches = matches_of(state.draft);
    if (auto it = matches.find(task.left[static_cast<std::size_t>(left)].left.id); it != matches.end())
        for (std::size_t at = 0; at < shown.size(); ++at)
            if (task.right[shown[at]].id == it->second) state.focus = static_cast<int>(at);
}

int typed_answer(int answers) {
    for (int key = 1; key <= answers && key <= 9; ++key)
        if (typed(static_cast<char>('0' + key))) return key - 1;
    return -1;
}

// True when a key acted, so that the focus can be brought into view.
bool handle_keys(const MatchingTask& task, const std::vector<std::size_t>& shown, ScreenState& state) {
    const int lefts = static_cast<int>(task.left.size()), answers = static_cast<int>(shown.size());
    const bool up = pressed(ImGuiKey_UpArrow), down = pressed(ImGuiKey_DownArrow);
    const bool space = pressed(ImGuiKey_Space), escape = pressed(ImGuiKey_Escape);
    const int step = (down ? 1 : 0) - (up ? 1 : 0);
    const int number = typed_answer(answers);
    auto answer_id = [&](int at) { return task.right[shown[static_cast<std::size_t>(at)]].id; };
    if (state.picked >= 0) {
        const std::string& left = task.left[static_cast<std::size_t>(state.picked)].left.id;
        state.focus = std::clamp(state.focus + step, 0, answers - 1);
        if (number >= 0 || space) give(task, state, left, answer_id(number >= 0 ? number : state.focus));
        if (number >= 0 || space || escape) drop_picked(state);
    } else {
        state.focus = std::clamp(state.focus + step, 0, lefts - 1);
        if (number >= 0) give(task, state, task.left[static_cast<std::size_t>(state.focus)].left.id, answer_id(number));
        else if (space) pick(task, shown, state, state.focus);
    }
    return up || down || space || escape || number >= 0;
}

std::string status_line(const Theme& theme, const MatchingTask& task, const std::vector<std::size_t>& shown,
                        const ScreenState& state, const std::string& dragged) {
    if (!dragged.empty()) return format_text(theme.text("matching.moving"), {{"answer", quoted(find_right(task, dragged)->text)}});
    const std::size_t count = std::min<std::size_t>(shown.size(), 9);
    if (state.picked >= 0)
        return format_text(theme.text("matching.choosing"),
                           {{"item", quoted(task.left[static_cast<std::size_t>(state.picked)].left.text)},
                            {"count", std::to_string(count)},
                            {"answer", quoted(task.right[shown[static_cast<std::size_t>(state.focus)]].text)}});
    const MatchingTask::Pair& pair = task.left[static_cast<std::size_t>(state.focus)];
    const Matches matches = matches_of(state.draft);
    auto it = matches.find(pair.left.id);
    const Item* answer = it == matches.end() ? nullptr : find_right(task, it->second);
    return answer ? format_text(theme.text("matching.matched"), {{"item", quoted(pair.left.text)}, {"answer", quoted(answer->text)}})
                  : format_text(theme.text("matching.no_answer_yet"), {{"item", quoted(pair.left.text)}});
}

}  // namespace

void draw_matching_input(const Context& context, const QuestionView& view, ScreenState& state, float width) {
    const Theme& theme = context.theme;
    const auto& task = std::get<MatchingTask>(view.question.body);
    const std::vector<std::size_t> shown = shuffled_out_of_order(task.right.size(), view.order_seed);
    const int lefts = static_cast<int>(task.left.size());
    const bool keyed = !view.locked && lefts > 0 && handle_keys(task, shown, state);
    const Matches matches = matches_of(view.marked ? view.marked->response : state.draft);
    std::map<std::string, std::string> used_by;  // right id -> left id
    for (const auto& [left, right] : matches) used_by[right] = left;

    const float gap = theme.px(12), pad = theme.px(6), row_gap = theme.px(6);
    const float left_width = width * 0.42f, slot_width = width - left_width - gap;
    // Every slot has the room of the tallest answer, so rows stay put as answers come and go.
    float tallest_answer = 0;
    for (const Item& answer : task.right)
        tallest_answer = std::max(tallest_answer, card_height(theme, Card(answer.text), slot_width - pad * 2));
    ImGui::PushID(view.id.c_str());
    Boxes boxes = begin_boxes();
    std::vector<Rect> rows;
    std::string dragged, dropped;  // answer ids
    int clicked_left = -1, clicked_answer = -1;

    for (int at = 0; at < lefts; ++at) {
        const MatchingTask::Pair& pair = task.left[static_cast<std::size_t>(at)];
        Card left(pair.left.text);
        left.badge = std::string(1, left_letter(task, pair.left.id));
        left.movable = false;  // answers move to items, not items to answers
        left.focused = !view.locked && at == (state.picked >= 0 ? state.picked : state.focus);
        if (!view.locked && at == state.picked) left.look = CardLook::Picked;
        auto it = matches.find(pair.left.id);
        const Item* answer = it == matches.end() ? nullptr : find_right(task, it->second);
        std::optional<Card> slot;
        if (answer) {
            slot.emplace(answer->text);
            if (view.marked) {
                bool good = answer->id == pair.match;
                slot->look = good ? CardLook::Right : CardLook::Wrong;
                if (!good && view.reveal)
                    if (const Item* right = find_right(task, pair.match)) slot->note = format_text(theme.text("matching.right_answer"), {{"answer", plain_text(right->text)}});
            }
        }
        const float slot_inner = slot_width - pad * 2;
        const float height = std::max({card_height(theme, left, left_width), tallest_answer + pad * 2,
                                       slot ? card_height(theme, *slot, slot_inner) + pad * 2 : 0.0f});
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const Rect slot_rect{ImVec2(top.x + left_width + gap, top.y), ImVec2(top.x + width, top.y + height)};
        rows.push_back({top, slot_rect.max});

        ImGui::PushID(at);
        CardInput left_input = draw_card(context, "left", left, left_width, !view.locked);
        if (left_input.clicked) clicked_left = at;
        if (keyed && state.picked < 0 && left.focused) keep_in_view(rows.back());
        ImGui::SetCursorScreenPos(ImVec2(slot_rect.min.x + pad, slot_rect.min.y + pad));
        if (slot) {
            ImGui::SetCursorScreenPos(ImVec2(slot_rect.min.x + pad, top.y + (height - card_height(theme, *slot, slot_inner)) * 0.5f));
            CardInput input = draw_card(context, "answer", *slot, slot_inner, !view.locked);
            if (input.dragging) dragged = answer->id;
            if (input.dropped) dropped = answer->id;
            if (input.clicked) clicked_left = at;
        } else {
            ImGui::SetCursorScreenPos(ImVec2(slot_rect.min.x + pad, top.y + (height - ImGui::GetTextLineHeight()) * 0.5f));
            small_text(theme.text(view.locked ? "matching.no_answer" : "matching.drop_here"), theme);
        }
        bool aimed = !view.locked && state.picked == at;
        draw_box(boxes, theme, slot_rect, aimed, false);
        if (!view.locked) {
            ImGui::SetCursorScreenPos(slot_rect.min);
            if (ImGui::InvisibleButton("slot", ImVec2(slot_width, height))) clicked_left = at;
        }
        ImGui::PopID();
        ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + height + row_gap));
    }

    // The pool: every answer, numbered; those already given are faded.
    ImGui::Dummy(ImVec2(0, theme.px(4)));
    draw_box_heading(theme, "", theme.text("matching.answers"), width);
    ImGui::Dummy(ImVec2(0, theme.px(2)));
    const ImVec2 pool_top = ImGui::GetCursorScreenPos();
    ImGui::PushFont(theme.fonts.small);
    const float tag_room = ImGui::CalcTextSize(format_text(theme.text("matching.given_to"), {{"letter", "W"}}).c_str()).x + theme.px(8);
    ImGui::PopFont();
    const float column = (width - gap) * 0.5f;
    float y = pool_top.y + pad;
    for (std::size_t at = 0; at < shown.size(); at += 2) {
        float row = 0;
        for (std::size_t k = at; k < std::min(at + 2, shown.size()); ++k) {
            const Item& answer = task.right[shown[k]];
            Card card(answer.text);
            card.badge = std::to_string(k + 1);
            card.tag_room = tag_room;
            if (auto user = used_by.find(answer.id); user != used_by.end()) {
                card.look = CardLook::Faded;
                card.tag = format_text(theme.text("matching.given_to"), {{"letter", std::string(1, left_letter(task, user->second))}});
            }
            card.focused = !view.locked && state.picked >= 0 && static_cast<int>(k) == state.focus;
            const float x = pool_top.x + pad + static_cast<float>(k - at) * (column + gap - pad);
            ImGui::SetCursorScreenPos(ImVec2(x, y));
            CardInput input = draw_card(context, "pool-" + answer.id, card, column - pad, !view.locked);
            row = std::max(row, input.rect.max.y - input.rect.min.y);
            if (input.dragging) dragged = answer.id;
            if (input.dropped) dropped = answer.id;
            if (input.clicked) clicked_answer = static_cast<int>(k);
            if (keyed && card.focused) keep_in_view(input.rect);
        }
        y += row + row_gap;
    }
    const Rect pool{pool_top, ImVec2(pool_top.x + width, y - row_gap + pad)};
    draw_box(boxes, theme, pool, false, false);
    end_boxes(boxes);
    ImGui::SetCursorScreenPos(ImVec2(pool_top.x, pool.max.y + theme.px(8)));
    ImGui::Dummy(ImVec2(width, 0));

    if (!view.locked) {
        const ImVec2 mouse = ImGui::GetMousePos();
        if (!dragged.empty()) {
            for (const Rect& row : rows)
                if (row.contains(mouse)) draw_focus_ring(theme, row);
            draw_dragged_card(theme, find_right(task, dragged)->text, slot_width);
        }
        if (!dropped.empty()) {
            for (int at = 0; at < lefts; ++at)
                if (rows[static_cast<std::size_t>(at)].contains(mouse)) {
                    give(task, state, task.left[static_cast<std::size_t>(at)].left.id, dropped);
                    state.focus = at, state.picked = -1;
                }
            if (pool.contains(mouse)) give(task, state, "", dropped);
        }
        if (clicked_answer >= 0 && state.picked >= 0) {
            give(task, state, task.left[static_cast<std::size_t>(state.picked)].left.id,
                 task.right[shown[static_cast<std::size_t>(clicked_answer)]].id);
            drop_picked(state);
        } else if (clicked_left >= 0) {
            if (clicked_left == state.picked) drop_picked(state);
            else pick(task, shown, state, clicked_left);
        }
        if (lefts > 0) draw_status_line(theme, status_line(theme, task, shown, state, dragged), width);
    }
    ImGui::PopID();
}

void draw_matching_feedback(const Context& context, const QuestionView& view, float) {
    if (!view.marked) return;
    const auto& task = std::get<MatchingTask>(view.question.body);
    const Matches matches = matches_of(view.marked->response);
    int right = 0;
    for (const MatchingTask::Pair& pair : task.left)
        if (auto it = matches.find(pair.left.id); it != matches.end() && it->second == pair.match) ++right;
    if (right < static_cast<int>(task.left.size()))
        small_text(std::to_string(right) + " of " + std::to_string(task.left.size()) +
                       " items have the right answer (ticked); the crossed ones do not.",
                   context.theme);
}

}  // namespace primer::ui
