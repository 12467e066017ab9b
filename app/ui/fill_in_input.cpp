// Typing into blanks: each blank's label, then its text field (the text lives in
// state.typed). The first blank takes the keyboard on arrival; Tab and Shift+Tab move
// between blanks; Enter moves to the next empty blank, or checks the answer once every
// blank is filled. Escape leaves a blank without undoing what was typed (ImGui's own
// Escape would). After a check each blank says whether it was right and, once
// revealed, gives the first accepted answer.
#include "question_view.hpp"
#include "read_along.hpp"
#include "rich_text_view.hpp"
#include "widgets.hpp"

#include <imgui_stdlib.h>

namespace primer::ui {

namespace {

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

// The blank to give the keyboard to in this frame, or -1. `state.focus` is the blank that
// last had (or was last given) the keyboard, counted from 1; 0 on arrival.
int keyboard_target(const FillInTask& task, ScreenState& state) {
    const int count = static_cast<int>(task.blanks.size());
    const ImGuiIO& io = ImGui::GetIO();
    // Text fields take keys before the shortcut helpers see them, so ask ImGui directly.
    const bool typing = io.WantTextInput && state.focus > 0;
    const int current = state.focus - 1;
    if (state.focus == 0) {
        // ImGui gives the focus a frame later, so ask once, and not while the mouse is down:
        // the focus would arrive after the click and take it back from the blank clicked.
        if (ImGui::IsAnyMouseDown()) return -1;
        state.focus = 1;
        return 0;
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab))) {
        if (!typing) return current;
        return (current + (io.KeyShift ? count - 1 : 1)) % count;
    }
    if (typing && (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                   ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false))) {
        for (int step = 1; step <= count; ++step) {
            int next = (current + step) % count;
            if (blank(state.typed[static_cast<std::size_t>(next)])) return next;
        }
        state.submit = true;  // every blank is filled: Enter checks, as it does elsewhere
    }
    return -1;
}

// A framed box like the text field's, for blanks that can no longer be changed.
void draw_fixed_text(const Theme& theme, const std::string& text, float width, ImVec4 border) {
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    const float height = ImGui::GetFrameHeight();
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 bottom_right(top_left.x + width, top_left.y + height);
    draw->AddRectFilled(top_left, bottom_right, ImGui::GetColorU32(theme.colors.surface), theme.px(4));
    draw->AddRect(top_left, bottom_right, ImGui::GetColorU32(border), theme.px(4), 0, theme.px(2));
    draw->PushClipRect(top_left, bottom_right, true);
    draw->AddText(ImVec2(top_left.x + padding.x, top_left.y + padding.y), ImGui::GetColorU32(theme.colors.text),
                  text.c_str());
    draw->PopClipRect();
}

// Right or not, in words as well as colour; and the expected answer once revealed.
void draw_mark(const Theme& theme, const FillInTask& task, const Blank& item, const std::string& typed, bool reveal) {
    const bool right = blank_accepts(task, item, typed);
    ImGui::PushStyleColor(ImGuiCol_Text, right ? theme.colors.correct : theme.colors.incorrect);
    ImGui::PushFont(theme.fonts.small);
    const char* mark = theme.text(right ? "fill_in.right" : blank(typed) ? "fill_in.left_empty" : "fill_in.not_quite");
    read_along_text(mark, ImGui::GetContentRegionAvail().x, theme);
    ImGui::PopFont();
    ImGui::PopStyleColor();
    if (!right && reveal && !item.accepted.empty()) {
        // In green, as the task screen says right answers are once revealed.
        ImGui::SameLine(0, theme.px(12));
        ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.correct);
        ImGui::PushFont(theme.fonts.bold);
        read_along_text(format_text(theme.text("fill_in.accepted_answer"), {{"answer", item.accepted.front()}}),
                        ImGui::GetContentRegionAvail().x, theme);
        ImGui::PopFont();
        ImGui::PopStyleColor();
    }
}

}  // namespace

void draw_fill_in_input(const Context& context, const QuestionView& view, ScreenState& state, float width) {
    const Theme& theme = context.theme;
    const auto& task = std::get<FillInTask>(view.question.body);
    state.typed.resize(task.blanks.size());
    const int target = view.locked ? -1 : keyboard_target(task, state);
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    const float field_width = std::min(width, theme.px(420));

    ImGui::PushID(view.id.c_str());
    for (std::size_t i = 0; i < task.blanks.size(); ++i) {
        const Blank& item = task.blanks[i];
        std::string& text = state.typed[i];
        draw_rich_text(item.label, theme, TextStyle{width, nullptr, {}}, context.requests);
        const bool marked = view.marked && i < view.marked->response.size();
        const bool right = marked && blank_accepts(task, item, view.marked->response[i]);
        const ImVec4 border = !marked ? theme.colors.border : right ? theme.colors.correct : theme.colors.incorrect;
        if (view.locked) {
            draw_fixed_text(theme, marked ? view.marked->response[i] : text, field_width, border);
        } else {
            if (static_cast<int>(i) == target) ImGui::SetKeyboardFocusHere();
            ImGui::SetNextItemWidth(field_width);
            ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, marked ? theme.px(2) : theme.px(1));
            ImGui::PushStyleColor(ImGuiCol_Border, border);
            const std::string before = text;
            ImGui::PushID(static_cast<int>(i));
            ImGui::InputText("##blank", &text);
            ImGui::PopID();
            ImGui::PopStyleColor();
            ImGui::PopStyleVar();
            if (ImGui::IsItemActive()) {
                state.focus = static_cast<int>(i) + 1;
                focus_ring(theme);
            } else if (escape && state.focus == static_cast<int>(i) + 1) {
                text = before;  // ImGui's Escape puts back the text from before the field was entered
            }
        }
        if (marked) draw_mark(theme, task, item, view.marked->response[i], view.reveal);
        ImGui::Dummy(ImVec2(0, theme.px(6)));
    }
    ImGui::PopID();
}

}  // namespace primer::ui
