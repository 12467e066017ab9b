// Choosing options: single choice today (one option; click, number keys or up/down).
// The chosen option ids are the draft; after a check the options are coloured by whether
// the learner's picks were right, and, once revealed, where the right answers are.
#include "question_view.hpp"
#include "rich_text_view.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

enum class OptionLook { Plain, Selected, Right, Wrong };

bool contains(const Response& response, const std::string& id) {
    return std::find(response.begin(), response.end(), id) != response.end();
}

bool draw_option(const Context& context, const ChoiceOption& option, OptionLook look, float width, int number) {
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
    draw->AddCircle(centre, marker * 0.5f, ImGui::GetColorU32(look == OptionLook::Plain ? c.muted_text : border), 24,
                    theme.px(2));
    if (look != OptionLook::Plain) draw->AddCircleFilled(centre, marker * 0.25f, ImGui::GetColorU32(border), 24);
    std::string key = std::to_string(number);
    ImVec2 key_size = ImGui::CalcTextSize(key.c_str());
    if (look == OptionLook::Plain)
        draw->AddText(ImVec2(centre.x - key_size.x * 0.5f, centre.y - key_size.y * 0.5f),
                      ImGui::GetColorU32(c.muted_text), key.c_str());

    ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(top_left.x + pad * 2 + marker, top_left.y + (height - text_height) * 0.5f));
    draw_rich_text(option.text, theme, style, context.requests);
    ImGui::SetCursorScreenPos(after);
    return clicked;
}

OptionLook look_of(const ChoiceOption& option, const QuestionView& view, const ScreenState& state) {
    if (view.marked) {
        if (contains(view.marked->response, option.id)) return option.correct ? OptionLook::Right : OptionLook::Wrong;
        if (view.reveal && option.correct) return OptionLook::Right;
        return OptionLook::Plain;
    }
    return contains(state.draft, option.id) ? OptionLook::Selected : OptionLook::Plain;
}

void handle_keys(const ChoiceTask& task, ScreenState& state) {
    for (size_t i = 0; i < task.options.size() && i < 9; ++i)
        if (typed(static_cast<char>('1' + i))) state.draft = {task.options[i].id};
    bool down = pressed(ImGuiKey_DownArrow);
    bool up = pressed(ImGuiKey_UpArrow);
    if (!down && !up) return;
    const std::string selected = state.draft.empty() ? "" : state.draft.front();
    auto it = std::find_if(task.options.begin(), task.options.end(),
                           [&](const ChoiceOption& o) { return o.id == selected; });
    int count = static_cast<int>(task.options.size());
    int at = it == task.options.end() ? (down ? -1 : count) : static_cast<int>(it - task.options.begin());
    at = std::clamp(at + (down ? 1 : -1), 0, count - 1);
    state.draft = {task.options[static_cast<size_t>(at)].id};
}

}  // namespace

void draw_choice_input(const Context& context, const QuestionView& view, ScreenState& state, float width) {
    const auto& task = std::get<ChoiceTask>(view.question.body);
    if (!view.locked) handle_keys(task, state);
    ImGui::PushID(view.id.c_str());
    int number = 1;
    for (const ChoiceOption& option : task.options) {
        bool clicked = draw_option(context, option, look_of(option, view, state), width, number++);
        if (clicked && !view.locked) state.draft = {option.id};
    }
    ImGui::PopID();
}

void draw_choice_feedback(const Context& context, const QuestionView& view, float width) {
    if (!view.marked) return;
    const auto& task = std::get<ChoiceTask>(view.question.body);
    for (const std::string& id : view.marked->response)
        if (const ChoiceOption* chosen = task.find_option(id); chosen && !chosen->feedback.empty())
            draw_rich_text(chosen->feedback, context.theme, TextStyle{width, nullptr, {}}, context.requests);
}

}  // namespace primer::ui
