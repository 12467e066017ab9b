// A question with one right answer. The learner picks an option (click, number keys or
// up/down), checks it (button or Enter), and gets feedback; after the last attempt the
// right answer is shown. The choice is UI state until checked; the check is a command.
#include "rich_text_view.hpp"
#include "runtime.hpp"
#include "views.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

enum class OptionLook { Plain, Selected, Right, Wrong };

struct Answered {
    const TaskAnswer* answer = nullptr;
    bool finished = false;
    // The latest check is on show until the learner picks a different option.
    bool showing_feedback = false;
};

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

OptionLook look_of(const ChoiceOption& option, const ScreenState& state, const Answered& answered) {
    if (answered.showing_feedback) {
        const auto& response = answered.answer->response;
        bool chosen = std::find(response.begin(), response.end(), option.id) != response.end();
        if (chosen) return option.correct ? OptionLook::Right : OptionLook::Wrong;
        if (answered.finished && option.correct) return OptionLook::Right;
        return OptionLook::Plain;
    }
    return state.selected == option.id ? OptionLook::Selected : OptionLook::Plain;
}

void draw_feedback(const Context& context, const Question& question, const Answered& answered, int tries_left,
                   float width) {
    const Theme& theme = context.theme;
    const TaskAnswer& answer = *answered.answer;
    const auto& task = std::get<ChoiceTask>(question.body);
    const ChoiceOption* chosen = answer.response.empty() ? nullptr : task.find_option(answer.response.front());
    ImGui::PushStyleColor(ImGuiCol_Text, answer.correct() ? theme.colors.correct : theme.colors.incorrect);
    ImGui::PushFont(theme.fonts.heading);
    ImGui::TextUnformatted(answer.correct() ? "Correct" : "Not quite");
    ImGui::PopFont();
    ImGui::PopStyleColor();
    const TextStyle style{width, nullptr, {}};
    const RichText& general = answer.correct() ? question.feedback.correct : question.feedback.incorrect;
    if (!general.empty()) draw_rich_text(general, theme, style, context.requests);
    if (chosen && !chosen->feedback.empty()) draw_rich_text(chosen->feedback, theme, style, context.requests);
    if (!answer.correct() && tries_left > 0) {
        std::string more = tries_left == 1 ? "You have one more try." : "You have " + std::to_string(tries_left) + " more tries.";
        small_text(more + " Choose another answer and check it again.", theme);
    } else if (!answer.correct()) {
        small_text("The right answer is highlighted in green.", theme);
    }
}

void handle_keys(const ChoiceTask& task, ScreenState& state) {
    for (size_t i = 0; i < task.options.size() && i < 9; ++i)
        if (typed(static_cast<char>('1' + i))) state.selected = task.options[i].id;
    bool down = pressed(ImGuiKey_DownArrow);
    bool up = pressed(ImGuiKey_UpArrow);
    if (!down && !up) return;
    auto it = std::find_if(task.options.begin(), task.options.end(),
                           [&](const ChoiceOption& o) { return o.id == state.selected; });
    int count = static_cast<int>(task.options.size());
    int at = it == task.options.end() ? (down ? -1 : count) : static_cast<int>(it - task.options.begin());
    at = std::clamp(at + (down ? 1 : -1), 0, count - 1);
    state.selected = task.options[static_cast<size_t>(at)].id;
}

}  // namespace

void draw_single_choice_screen(const Context& context, const Screen& screen, ScreenState& state, float width) {
    const Theme& theme = context.theme;
    const Question& question = *screen.question;
    const auto& task = std::get<ChoiceTask>(question.body);
    const std::string& id = context.progress.current;

    Answered answered;
    auto found = context.progress.answers.find(id);
    if (found != context.progress.answers.end()) answered.answer = &found->second;
    answered.finished = is_finished(screen, id, context.progress);
    answered.showing_feedback = answered.answer && !answered.answer->response.empty() &&
                                (answered.finished || state.selected.empty() ||
                                 state.selected == answered.answer->response.front());

    if (!screen.body.empty()) draw_rich_text(screen.body, theme, TextStyle{width, nullptr, {}}, context.requests);
    draw_rich_text(question.prompt, theme, TextStyle{width, theme.fonts.bold, {}}, context.requests);
    if (!answered.finished) {
        small_text("Choose one answer: click it, press its number, or use the up and down arrows. Then check it.", theme);
        handle_keys(task, state);
    }

    int number = 1;
    for (const ChoiceOption& option : task.options) {
        bool clicked = draw_option(context, option, look_of(option, state, answered), width, number++);
        if (clicked && !answered.finished) state.selected = option.id;
    }
    ImGui::Dummy(ImVec2(0, theme.px(4)));

    if (!answered.finished) {
        bool ready = !state.selected.empty() && !answered.showing_feedback;
        bool enter = pressed(ImGuiKey_Enter);
        if (primary_button("Check answer", theme, ready) || (ready && enter)) {
            Millis spent = std::max<Millis>(0, context.now - state.entered_at);
            context.requests.push(Command{Answer{id, {state.selected}, spent, {}}});
            state.entered_at = context.now;
        }
    }
    if (answered.showing_feedback) {
        draw_feedback(context, question, answered, attempts_left(screen, id, context.progress), width);
        // Bring fresh feedback into view once; after that the learner scrolls freely.
        if (state.feedback_seen != answered.answer->attempts) {
            ImGui::SetScrollHereY(1.0f);
            state.feedback_seen = answered.answer->attempts;
        }
    }
}

}  // namespace primer::ui
