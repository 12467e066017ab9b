// Free text for a reflection: a note on where it is kept, a box that takes the keyboard
// on arrival, and a count of characters against the author's minimum. Escape leaves the
// box without undoing what was written (ImGui's own Escape would), and so does Tab, on to
// the links in the screen's text when there are any; Enter then saves, or Ctrl+Enter saves
// from inside the box. Once saved, the text is shown as written.
#include "question_view.hpp"
#include "read_along.hpp"
#include "rich_text_view.hpp"
#include "widgets.hpp"

#include "text_match.hpp"

// ClearActiveID: letting go of the box when Tab leaves it (ImGui 1.86 has no public call).
#include <imgui_internal.h>
#include <imgui_stdlib.h>

namespace primer::ui {

namespace {

// The saved text in a framed panel, wrapped to the column.
void draw_saved(const Theme& theme, const std::string& text, float width) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.colors.surface);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme.px(14), theme.px(12)));
    const float wrap = width - theme.px(28);
    const float height = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y + theme.px(24);
    ImGui::BeginChild("saved-reflection", ImVec2(width, height), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    read_along_text(text, wrap, theme);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

void draw_count(const Theme& theme, const ReflectionTask& task, const std::string& text, float width) {
    const std::size_t count = count_characters(collapse_spaces(text));
    std::string line = std::to_string(count) + (count == 1 ? " character" : " characters");
    if (task.min_characters > 0) line += " (at least " + std::to_string(task.min_characters) + ")";
    small_text(line, theme, width);
}

}  // namespace

void draw_reflection_input(const Context& context, const QuestionView& view, ScreenState& state, float width) {
    const Theme& theme = context.theme;
    const auto& task = std::get<ReflectionTask>(view.question.body);
    state.typed.resize(1);
    std::string& text = state.typed.front();
    small_text(theme.text("reflection.privacy"), theme, width);
    if (view.locked) {
        draw_saved(theme, view.marked && !view.marked->response.empty() ? view.marked->response.front() : text, width);
        return;
    }

    // `state.focus` is 1 once the box has been given the keyboard; 0 gives it the keyboard
    // on arrival (once: ImGui gives it a frame later).
    const ImGuiIO& io = ImGui::GetIO();
    const bool typing = io.WantTextInput && state.focus > 0;
    const bool enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    if (typing && io.KeyCtrl && enter) state.submit = true;
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    // Tab in the box leaves it for the text's links (the text is kept), or with no links
    // just leaves it, so that Enter then saves; Tab from outside comes back in.
    const AnswerTab tab = answer_tab();
    const bool enter_box = state.focus == 0 || tab == AnswerTab::EnterFirst || tab == AnswerTab::EnterLast;
    if (enter_box) {
        ImGui::SetKeyboardFocusHere();
        state.focus = 1;
    } else if (typing && tab != AnswerTab::None) {
        ImGui::ClearActiveID();
    }

    // ImGui 1.86 has no placeholder for a multi-line box: draw one under a clear frame.
    const ImVec2 size(width, theme.px(170));
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(top_left, ImVec2(top_left.x + size.x, top_left.y + size.y), ImGui::GetColorU32(ImGuiCol_FrameBg),
                        ImGui::GetStyle().FrameRounding);
    if (text.empty() && !task.placeholder.empty()) {
        const ImVec2 padding = ImGui::GetStyle().FramePadding;
        draw->AddText(nullptr, 0.0f, ImVec2(top_left.x + padding.x, top_left.y + padding.y),
                      ImGui::GetColorU32(theme.colors.muted_text), task.placeholder.c_str(), nullptr,
                      size.x - padding.x * 2);
    }
    const std::string before = text;
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0, 0, 0, 0));
    ImGui::PushID(view.id.c_str());
    ImGui::PushAllowKeyboardFocus(false);  // Tab is answer_tab()'s, not ImGui's tabbing as well
    ImGui::InputTextMultiline("##reflection", &text, size);
    ImGui::PopAllowKeyboardFocus();
    ImGui::PopID();
    ImGui::PopStyleColor();
    const bool active = ImGui::IsItemActive();
    answer_focus(active || enter_box, true, true, active);
    if (active) {
        state.focus = 1;
        focus_ring(theme);
    } else if (escape && typing) {
        text = before;  // ImGui's Escape puts back the text from before the box was entered
    }
    draw_count(theme, task, text, width);
}

}  // namespace primer::ui
