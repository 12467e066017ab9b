// Choosing options: single choice and true-false (one option: click, number keys, or up
// and down), and multiple response (any number: click or number keys toggle; up and down
// move the keyboard focus and Space toggles the focused option). With `shuffle` the
// options appear in the learner's own seeded order, and the number keys follow what is
// shown. The chosen option ids are the draft, kept in the author's order; after a check
// the options are coloured by whether the learner's picks were right, and, once
// revealed, where the right answers are.
#include "question_view.hpp"
#include "rich_text_view.hpp"
#include "shuffle.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <numeric>

namespace primer::ui {

namespace {

enum class OptionLook { Plain, Selected, Right, Wrong };

struct OptionState {
    OptionLook look = OptionLook::Plain;
    bool chosen = false;   // in the draft, or in the checked response
    bool focused = false;  // the keyboard focus (multiple response)
};

bool contains(const Response& response, const std::string& id) {
    return std::find(response.begin(), response.end(), id) != response.end();
}

bool is_multiple(const Question& question) { return question.kind == ScreenKind::MultipleResponse; }

// The options' indexes in the order the learner sees them.
std::vector<std::size_t> shown_order(const QuestionView& view, std::size_t count) {
    if (view.question.shuffle) return shuffled_order(count, view.order_seed);
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t{0});
    return order;
}

// A round radio marker, or a square check box for multiple response; the number key
// shows inside it until it is chosen.
void draw_marker(const Theme& theme, ImVec2 centre, float size, ImVec4 colour, bool chosen, bool square, int number) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 ink = ImGui::GetColorU32(colour);
    const float half = size * 0.5f;
    if (square) {
        ImVec2 min(centre.x - half, centre.y - half), max(centre.x + half, centre.y + half);
        if (chosen) {
            draw->AddRectFilled(min, max, ink, theme.px(4));
            // A tick in two strokes, on the filled box.
            ImVec2 a(centre.x - half * 0.55f, centre.y), b(centre.x - half * 0.15f, centre.y + half * 0.45f),
                c(centre.x + half * 0.6f, centre.y - half * 0.5f);
            draw->AddLine(a, b, ImGui::GetColorU32(theme.colors.on_fill), theme.px(2.5f));
            draw->AddLine(b, c, ImGui::GetColorU32(theme.colors.on_fill), theme.px(2.5f));
        } else {
            draw->AddRect(min, max, ink, theme.px(4), 0, theme.px(2));
        }
    } else {
        draw->AddCircle(centre, half, ink, 24, theme.px(2));
        if (chosen) draw->AddCircleFilled(centre, half * 0.5f, ink, 24);
    }
    if (chosen) return;
    std::string key = std::to_string(number);
    ImVec2 key_size = ImGui::CalcTextSize(key.c_str());
    draw->AddText(ImVec2(centre.x - key_size.x * 0.5f, centre.y - key_size.y * 0.5f),
                  ImGui::GetColorU32(theme.colors.muted_text), key.c_str());
}

bool draw_option(const Context& context, const ChoiceOption& option, const OptionState& state, bool square,
                 float width, int number) {
    const Theme& theme = context.theme;
    const Palette& c = theme.colors;
    const float pad = theme.px(16);
    const float marker = theme.px(22);
    const TextStyle style{width - pad * 3 - marker, nullptr, {}};
    const float text_height = measure_rich_text(option.text, theme, style);
    const float height = std::max(text_height, marker) + pad * 1.5f;

    ImVec2 top_left = ImGui::GetCursorScreenPos();
    ImVec2 bottom_right(top_left.x + width, top_left.y + height);
    ImGui::PushID(option.id.c_str());
    bool clicked = ImGui::InvisibleButton("option", ImVec2(width, height));
    bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    if (state.focused) focus_ring(theme);

    const OptionLook look = state.look;
    ImVec4 fill = c.surface, border = c.border;
    if (look == OptionLook::Selected) fill = c.selected, border = c.primary;
    if (look == OptionLook::Right) fill = c.correct_fill, border = c.correct;
    if (look == OptionLook::Wrong) fill = c.incorrect_fill, border = c.incorrect;
    if (hovered && look == OptionLook::Plain) fill = c.selected;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float rounding = theme.px(8);
    draw->AddRectFilled(top_left, bottom_right, ImGui::GetColorU32(fill), rounding);
    draw->AddRect(top_left, bottom_right, ImGui::GetColorU32(border), rounding, 0,
                  look == OptionLook::Plain ? theme.px(1) : theme.px(2.5f));

    ImVec2 centre(top_left.x + pad + marker * 0.5f, top_left.y + height * 0.5f);
    draw_marker(theme, centre, marker, look == OptionLook::Plain ? c.muted_text : border, state.chosen, square, number);

    ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(top_left.x + pad * 2 + marker, top_left.y + (height - text_height) * 0.5f));
    draw_rich_text(option.text, theme, style, context.requests);
    ImGui::SetCursorScreenPos(after);
    return clicked;
}

OptionState state_of(const ChoiceOption& option, const QuestionView& view, const ScreenState& state) {
    OptionState shown;
    if (view.marked) {
        shown.chosen = contains(view.marked->response, option.id);
        if (shown.chosen) shown.look = option.correct ? OptionLook::Right : OptionLook::Wrong;
        else if (view.reveal && option.correct) shown.look = OptionLook::Right;
        return shown;
    }
    shown.chosen = contains(state.draft, option.id);
    shown.look = shown.chosen ? OptionLook::Selected : OptionLook::Plain;
    return shown;
}

// Adds or removes `id`, keeping the draft in the author's order so that a response reads
// the same however it was built.
void toggle(const ChoiceTask& task, ScreenState& state, const std::string& id) {
    Response chosen;
    for (const ChoiceOption& option : task.options) {
        bool was = contains(state.draft, option.id);
        if (option.id == id ? !was : was) chosen.push_back(option.id);
    }
    state.draft = std::move(chosen);
}

// `state.focus` is the focused option's place in the shown order, counted from 1; 0 until
// the keyboard is used, so no focus ring shows for a learner using the mouse.
void handle_multiple_keys(const ChoiceTask& task, const std::vector<std::size_t>& order, ScreenState& state) {
    const int count = static_cast<int>(order.size());
    for (int i = 0; i < count && i < 9; ++i)
        if (typed(static_cast<char>('1' + i))) {
            toggle(task, state, task.options[order[static_cast<std::size_t>(i)]].id);
            state.focus = i + 1;
        }
    if (pressed(ImGuiKey_DownArrow)) state.focus = std::min(state.focus + 1, count);
    if (pressed(ImGuiKey_UpArrow)) state.focus = std::max(state.focus - 1, 1);
    if (pressed(ImGuiKey_Space)) {
        if (state.focus == 0)
            state.focus = 1;  // the first Space shows where the focus is
        else
            toggle(task, state, task.options[order[static_cast<std::size_t>(state.focus - 1)]].id);
    }
}

void handle_single_keys(const Question& question, const ChoiceTask& task, const std::vector<std::size_t>& order,
                        ScreenState& state) {
    const int count = static_cast<int>(order.size());
    for (int i = 0; i < count && i < 9; ++i)
        if (typed(static_cast<char>('1' + i))) state.draft = {task.options[order[static_cast<std::size_t>(i)]].id};
    if (question.kind == ScreenKind::TrueFalse) {
        if (typed('t')) state.draft = {"true"};
        if (typed('f')) state.draft = {"false"};
    }
    bool down = pressed(ImGuiKey_DownArrow);
    bool up = pressed(ImGuiKey_UpArrow);
    if (!down && !up) return;
    const std::string selected = state.draft.empty() ? "" : state.draft.front();
    auto it = std::find_if(order.begin(), order.end(),
                           [&](std::size_t i) { return task.options[i].id == selected; });
    int at = it == order.end() ? (down ? -1 : count) : static_cast<int>(it - order.begin());
    at = std::clamp(at + (down ? 1 : -1), 0, count - 1);
    state.draft = {task.options[order[static_cast<std::size_t>(at)]].id};
}

}  // namespace

void draw_choice_input(const Context& context, const QuestionView& view, ScreenState& state, float width) {
    const auto& task = std::get<ChoiceTask>(view.question.body);
    const bool multiple = is_multiple(view.question);
    const std::vector<std::size_t> order = shown_order(view, task.options.size());
    if (!view.locked) {
        if (multiple)
            handle_multiple_keys(task, order, state);
        else
            handle_single_keys(view.question, task, order, state);
    }
    ImGui::PushID(view.id.c_str());
    for (std::size_t place = 0; place < order.size(); ++place) {
        const ChoiceOption& option = task.options[order[place]];
        OptionState shown = state_of(option, view, state);
        shown.focused = multiple && !view.locked && state.focus == static_cast<int>(place) + 1;
        bool clicked = draw_option(context, option, shown, multiple, width, static_cast<int>(place) + 1);
        if (!clicked || view.locked) continue;
        if (multiple) {
            toggle(task, state, option.id);
            state.focus = 0;  // the mouse took over; the focus ring would only distract
        } else {
            state.draft = {option.id};
        }
    }
    ImGui::PopID();
}

void draw_choice_feedback(const Context& context, const QuestionView& view, float width) {
    if (!view.marked) return;
    const auto& task = std::get<ChoiceTask>(view.question.body);
    const bool multiple = is_multiple(view.question);
    for (const std::string& id : view.marked->response) {
        const ChoiceOption* chosen = task.find_option(id);
        if (!chosen || chosen->feedback.empty()) continue;
        // With several answers chosen, say which answer each note is about.
        if (multiple) small_text(plain_text(chosen->text), context.theme, width);
        draw_rich_text(chosen->feedback, context.theme, TextStyle{width, nullptr, {}}, context.requests);
    }
}

}  // namespace primer::ui
