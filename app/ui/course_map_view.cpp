// The course map: every module with its status and progress, and the button that
// starts, continues or reviews it. Up and down choose a module; Enter opens it.
#include "runtime.hpp"
#include "views.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

const char* status_text(ModuleStatus status) {
    switch (status) {
    case ModuleStatus::NotStarted: return "Not started";
    case ModuleStatus::InProgress: return "In progress";
    case ModuleStatus::Completed: return "Completed";
    }
    return "";
}

const char* action_text(ModuleStatus status) {
    switch (status) {
    case ModuleStatus::NotStarted: return "Start";
    case ModuleStatus::InProgress: return "Continue";
    case ModuleStatus::Completed: return "Review";
    }
    return "";
}

bool draw_module_card(const Context& context, const Module& module, int number, bool focused, float width) {
    const Theme& theme = context.theme;
    ModuleStatus status = module_status(module, context.progress);
    int seen = screens_visited(module, context.progress);
    int total = static_cast<int>(module.screens.size());
    const float pad = theme.px(20);

    ImGui::PushID(module.id.c_str());
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.colors.surface);
    ImGui::PushStyleColor(ImGuiCol_Border, focused ? theme.colors.focus : theme.colors.border);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, focused ? theme.px(3) : theme.px(1));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad));
    // The title and outcomes wrap (long ones, and every one at large text sizes), so the
    // card's height is measured from them.
    const std::string title = std::to_string(number) + ". " + module.title;
    const float inner = width - pad * 2;
    ImGui::PushFont(theme.fonts.heading);
    float height = pad * 2 + ImGui::CalcTextSize(title.c_str(), nullptr, false, inner).y + ImGui::GetStyle().ItemSpacing.y;
    ImGui::PopFont();
    ImGui::PushFont(theme.fonts.small);
    const float bullet_indent = ImGui::GetTreeNodeToLabelSpacing();
    for (size_t i = 0; i < module.outcomes.size() && i < 3; ++i)
        height += ImGui::CalcTextSize(module.outcomes[i].c_str(), nullptr, false, inner - bullet_indent).y +
                  ImGui::GetStyle().ItemSpacing.y;
    ImGui::PopFont();
    height += ImGui::GetFrameHeightWithSpacing() * 2;
    ImGui::BeginChild("card", ImVec2(width, height), true, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
    // The card's frame is drawn by BeginChild; its widgets keep the normal style.
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);

    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushFont(theme.fonts.heading);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopFont();
    ImGui::PushFont(theme.fonts.small);
    for (size_t i = 0; i < module.outcomes.size() && i < 3; ++i) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddCircleFilled(
            ImVec2(at.x + bullet_indent * 0.5f, at.y + ImGui::GetTextLineHeight() * 0.5f), theme.px(2.5f),
            ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::Indent(bullet_indent);
        ImGui::TextUnformatted(module.outcomes[i].c_str());
        ImGui::Unindent(bullet_indent);
    }
    ImGui::PopFont();
    ImGui::PopTextWrapPos();

    std::string status_line = std::string(status_text(status)) + "  -  " + std::to_string(seen) + " of " +
                              std::to_string(total) + " screens";
    ImGui::PushStyleColor(ImGuiCol_Text, status == ModuleStatus::Completed ? theme.colors.correct : theme.colors.muted_text);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(status_line.c_str());
    ImGui::PopStyleColor();
    ImGui::ProgressBar(total ? static_cast<float>(seen) / static_cast<float>(total) : 0.0f,
                       ImVec2(ImGui::GetContentRegionAvail().x * 0.5f, theme.px(8)), "");
    ImGui::SameLine();
    const char* action = action_text(status);
    align_right(button_width(action, theme));
    bool open = primary_button(action, theme);

    ImGui::EndChild();
    ImGui::PopID();
    return open;
}

}  // namespace

void draw_course_map(const Context& context, int& focused_module) {
    const Theme& theme = context.theme;
    const Course& course = context.course;
    draw_top_bar(context, "Course map");
    ImGui::BeginChild("map", ImVec2(0, 0), false);
    ImGui::Dummy(ImVec2(0, theme.px(28)));
    Column column = begin_column(theme);

    ImGui::PushFont(theme.fonts.display);
    ImGui::TextUnformatted("Your course");
    ImGui::PopFont();
    std::string greeting = "Signed in as " + context.learner.name + ". ";
    greeting += context.progress.completed_at ? "You have completed every module." : "Your progress is saved as you go.";
    small_text(greeting, theme);
    ImGui::Dummy(ImVec2(0, theme.px(8)));

    int count = static_cast<int>(course.modules.size());
    if (pressed(ImGuiKey_DownArrow)) focused_module = std::min(focused_module + 1, count - 1);
    if (pressed(ImGuiKey_UpArrow)) focused_module = std::max(focused_module - 1, 0);
    bool enter = pressed(ImGuiKey_Enter);
    for (int i = 0; i < count; ++i) {
        const Module& module = course.modules[static_cast<size_t>(i)];
        bool open = draw_module_card(context, module, i + 1, i == focused_module, column.width);
        if (open || (enter && i == focused_module))
            context.requests.push(Command{GoTo{module_entry_point(module, context.progress).qualified()}});
    }
    small_text("Up and down arrows choose a module; Enter opens it. S opens support at any time.", theme);
    ImGui::Dummy(ImVec2(0, theme.px(32)));
    end_column(column);
    ImGui::EndChild();
}

}  // namespace primer::ui
