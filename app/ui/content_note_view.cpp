// A screen's content note, shown in place of the screen until the learner chooses: read
// on, skip ahead (when the module allows it), or take a break. The choice is asked on
// every visit, because a learner who read on once may not want to see it again.
#include "read_along.hpp"
#include "runtime.hpp"
#include "rich_text_view.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace primer::ui {

namespace {

// Where skipping lands, as the learner would recognise it.
std::string skip_label(const Theme& theme, const Course& course, const std::string& qualified_id, const ContentNote& note) {
    const Module* module = course.find_module(parse_screen_ref(qualified_id).module_id);
    const Screen* target = note.skip_to.empty() || !module ? nullptr : module->find_screen(note.skip_to);
    return target ? format_text(theme.text("content_note.skip_to"), {{"screen", target->title}})
                  : theme.text("content_note.skip_screen");
}

}  // namespace

void draw_content_note(const Context& context, const Screen& screen, ScreenState& state, float width) {
    const Theme& theme = context.theme;
    const ContentNote& note = *screen.content_note;
    ImGui::PushFont(theme.fonts.bold);
    read_along_text(theme.text("content_note.title"), width, theme);
    ImGui::PopFont();
    draw_rich_text(note.text, theme, TextStyle{width, nullptr, {}}, context.requests);
    ImGui::Dummy(ImVec2(0, theme.px(8)));
    if (screen.required) {
        read_along_text(theme.text("content_note.required"), width, theme);
        ImGui::Dummy(ImVec2(0, theme.px(8)));
    }
    state.keeps_enter = true;  // Enter means "read on" here, not the nav bar's Next
    if (primary_button(theme.text("content_note.continue"), theme) || pressed(ImGuiKey_Enter)) state.note_read = true;
    if (!screen.required) {
        ImGui::SameLine();
        if (secondary_button(skip_label(theme, context.course, context.progress.current, note).c_str(), theme) || typed('x'))
            context.requests.push(Command{SkipSection{context.progress.current}});
    }
    ImGui::SameLine();
    if (secondary_button(theme.text("content_note.take_break"), theme)) context.requests.push(TakeBreak{});
}

}  // namespace primer::ui
