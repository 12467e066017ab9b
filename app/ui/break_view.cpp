// The pause screen "Take a break" opens: calm, with nothing moving, saying the learner's
// place is kept and where support is. The session has already ended the sitting, so
// however long the break, it is not counted as time spent on the course. Only a timed
// assessment attempt keeps counting, and the screen says so.
#include "read_along.hpp"
#include "runtime.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace primer::ui {

namespace {

std::string place_of(const Theme& theme, const Course& course, const Progress& progress) {
    const Screen* screen = current_screen(course, progress);
    const Module* module = course.find_module(parse_screen_ref(progress.current).module_id);
    if (!screen || !module) return theme.text("break.start_of_course");
    return format_text(theme.text("break.screen_in_module"), {{"screen", screen->title}, {"module", module->title}});
}

}  // namespace

void draw_break(const Context& context) {
    const Theme& theme = context.theme;
    ImGui::BeginChild("break", ImVec2(0, 0), false);
    ImGui::Dummy(ImVec2(0, theme.px(72)));
    Column column = begin_column(theme);
    ImGui::PushFont(theme.fonts.display);
    read_along_text(theme.text("break.title"), column.width, theme);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, theme.px(8)));
    read_along_text(theme.text("break.saved"), column.width, theme);
    ImGui::Dummy(ImVec2(0, theme.px(8)));
    read_along_text(
        format_text(theme.text("break.you_were_on"), {{"place", place_of(theme, context.course, context.progress)}}),
        column.width, theme);
    // A timed attempt's clock is the wall clock: say so rather than let a break cost an attempt.
    const AssessmentAttempt* attempt = open_attempt(attempts_at(context.progress, context.progress.current));
    if (attempt && attempt->time_allowed > 0) {
        ImGui::Dummy(ImVec2(0, theme.px(8)));
        ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.incorrect);
        read_along_text(theme.text("break.time_keeps_running"), column.width, theme);
        ImGui::PopStyleColor();
    }
    ImGui::Dummy(ImVec2(0, theme.px(8)));
    read_along_text(theme.text("break.feelings"), column.width, theme);
    ImGui::Dummy(ImVec2(0, theme.px(16)));
    if (primary_button(theme.text("break.carry_on"), theme) || pressed(ImGuiKey_Enter)) context.requests.push(EndBreak{});
    // Side by side, or wrapped onto new lines at large text sizes.
    same_line_if_room(button_width(theme.text("break.support"), theme));
    if (secondary_button(theme.text("break.support"), theme)) context.requests.push(ToggleSupport{});
    // No top bar here, so the view has its own Read aloud button, and A.
    if (active_read_along()) same_line_if_room(button_width(read_aloud_label(theme, true).c_str(), theme));
    if (read_aloud_button(theme, true)) context.requests.push(ToggleReadAloud{});
    same_line_if_room(button_width(theme.text("break.close"), theme));
    if (secondary_button(theme.text("break.close"), theme)) context.requests.push(Quit{});
    end_column(column);
    ImGui::EndChild();
}

}  // namespace primer::ui
