// The pause screen "Take a break" opens: calm, with nothing moving, saying the learner's
// place is kept and where support is. The session has already ended the sitting, so
// however long the break, it is not counted as time spent on the course. Only a timed
// assessment attempt keeps counting, and the screen says so.
#include "runtime.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace primer::ui {

namespace {

std::string place_of(const Course& course, const Progress& progress) {
    const Screen* screen = current_screen(course, progress);
    const Module* module = course.find_module(parse_screen_ref(progress.current).module_id);
    if (!screen || !module) return "the start of the course";
    return "\"" + screen->title + "\" in " + module->title;
}

}  // namespace

void draw_break(const Context& context) {
    const Theme& theme = context.theme;
    ImGui::BeginChild("break", ImVec2(0, 0), false);
    ImGui::Dummy(ImVec2(0, theme.px(72)));
    Column column = begin_column(theme);
    ImGui::PushFont(theme.fonts.display);
    ImGui::TextUnformatted("Take a break");
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, theme.px(8)));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column.width);
    ImGui::TextUnformatted("Your progress is saved. Step away for as long as you need: when you come back, you "
                           "will carry on from the same place, and the time away is not counted.");
    ImGui::Dummy(ImVec2(0, theme.px(8)));
    ImGui::TextUnformatted(("You were on " + place_of(context.course, context.progress) + ".").c_str());
    // A timed attempt's clock is the wall clock: say so rather than let a break cost an attempt.
    const AssessmentAttempt* attempt = open_attempt(attempts_at(context.progress, context.progress.current));
    if (attempt && attempt->time_allowed > 0) {
        ImGui::Dummy(ImVec2(0, theme.px(8)));
        ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.incorrect);
        ImGui::TextUnformatted("The time limit of your assessment attempt keeps running during a break.");
        ImGui::PopStyleColor();
    }
    ImGui::Dummy(ImVec2(0, theme.px(8)));
    ImGui::TextUnformatted("If something in the course has stirred up difficult feelings, you do not have to manage "
                           "them alone. Talk to someone you trust, your supervisor or manager, or one of the support "
                           "contacts.");
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, theme.px(16)));
    if (primary_button("Carry on (Enter)", theme) || pressed(ImGuiKey_Enter)) context.requests.push(EndBreak{});
    // Side by side, or wrapped onto new lines at large text sizes.
    same_line_if_room(button_width("Support contacts (S)", theme));
    if (secondary_button("Support contacts (S)", theme)) context.requests.push(ToggleSupport{});
    same_line_if_room(button_width("Close Primer (Ctrl+Q)", theme));
    if (secondary_button("Close Primer (Ctrl+Q)", theme)) context.requests.push(Quit{});
    end_column(column);
    ImGui::EndChild();
}

}  // namespace primer::ui
