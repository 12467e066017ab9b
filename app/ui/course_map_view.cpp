// The course map: every module with its status and progress, and the button that
// starts, continues or reviews it. Up and down choose a module; Enter opens it.
#include "read_along.hpp"
#include "runtime.hpp"
#include "views.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

// Keys into the locale file.
const char* status_key(ModuleStatus status) {
    switch (status) {
    case ModuleStatus::NotStarted: return "course_map.not_started";
    case ModuleStatus::InProgress: return "course_map.in_progress";
    case ModuleStatus::Completed: return "course_map.completed";
    }
    return "";
}

const char* action_key(ModuleStatus status) {
    switch (status) {
    case ModuleStatus::NotStarted: return "course_map.start";
    case ModuleStatus::InProgress: return "course_map.continue";
    case ModuleStatus::Completed: return "course_map.review";
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

    // Read aloud (A) in the order drawn: the title, the outcomes, then the status line.
    ImGui::PushFont(theme.fonts.heading);
    read_along_text(title, inner, theme);
    ImGui::PopFont();
    ImGui::PushFont(theme.fonts.small);
    for (size_t i = 0; i < module.outcomes.size() && i < 3; ++i) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddCircleFilled(
            ImVec2(at.x + bullet_indent * 0.5f, at.y + ImGui::GetTextLineHeight() * 0.5f), theme.px(2.5f),
            ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::Indent(bullet_indent);
        read_along_text(module.outcomes[i], inner - bullet_indent, theme);
        ImGui::Unindent(bullet_indent);
    }
    ImGui::PopFont();

    std::string status_line =
        std::string(theme.text(status_key(status))) + "  -  " +
        format_text(theme.text("course_map.screens_seen"), {{"seen", std::to_string(seen)}, {"total", std::to_string(total)}});
    ImGui::PushStyleColor(ImGuiCol_Text, status == ModuleStatus::Completed ? theme.colors.correct : theme.colors.muted_text);
    // Set on the line of the progress bar and the button: the highlight is as tall as they are.
    read_along_row(read_source(status_line), ImVec2(ImGui::CalcTextSize(status_line.c_str()).x, ImGui::GetFrameHeight()),
                   theme);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(status_line.c_str());
    ImGui::PopStyleColor();
    ImGui::ProgressBar(total ? static_cast<float>(seen) / static_cast<float>(total) : 0.0f,
                       ImVec2(ImGui::GetContentRegionAvail().x * 0.5f, theme.px(8)), "");
    ImGui::SameLine();
    const char* action = theme.text(action_key(status));
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
    draw_top_bar(context, theme.text("course_map.heading"));
    ImGui::BeginChild("map", ImVec2(0, 0), false);
    ImGui::Dummy(ImVec2(0, theme.px(28)));
    Column column = begin_column(theme);

    ImGui::PushFont(theme.fonts.display);
    read_along_text(theme.text("course_map.title"), column.width, theme);
    ImGui::PopFont();
    std::string greeting = format_text(theme.text("course_map.signed_in_as"), {{"name", context.learner.name}}) + " ";
    greeting += theme.text(context.progress.completed_at ? "course_map.all_completed" : "course_map.saved_as_you_go");
    small_text(greeting, theme);
    ImGui::Dummy(ImVec2(0, theme.px(8)));
    if (context.certificate.earned) {
        draw_certificate_offer(context, column.width);
        ImGui::Dummy(ImVec2(0, theme.px(8)));
    }

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
    small_text(theme.text("course_map.keys"), theme);
    ImGui::Dummy(ImVec2(0, theme.px(32)));
    end_column(column);
    ImGui::EndChild();
}

}  // namespace primer::ui
