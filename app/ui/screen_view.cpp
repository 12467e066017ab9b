// The screen on view: top bar, the screen's own body in a scrolling reading column,
// and the Back / Next bar. Left and right arrows are Back and Next; Enter moves on.
#include "read_along.hpp"
#include "runtime.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace primer::ui {

namespace {

struct Position {
    int index = 0;  // 1-based within the module
    int count = 0;
    const Module* module = nullptr;
};

Position position_of(const Course& course, const std::string& qualified_id) {
    ScreenRef ref = parse_screen_ref(qualified_id);
    Position position;
    position.module = course.find_module(ref.module_id);
    if (!position.module) return position;
    position.count = static_cast<int>(position.module->screens.size());
    for (int i = 0; i < position.count; ++i)
        if (position.module->screens[static_cast<size_t>(i)].id == ref.screen_id) position.index = i + 1;
    return position;
}

void draw_body(const Context& context, const Screen& screen, ScreenState& state, float width) {
    switch (screen.kind) {
    case ScreenKind::Text: draw_text_screen(context, screen, width); break;
    case ScreenKind::Image: draw_image_screen(context, screen, width); break;
    case ScreenKind::Summary: draw_summary_screen(context, screen, width); break;
    case ScreenKind::Conversation: draw_conversation_screen(context, screen, state, width); break;
    case ScreenKind::Assessment: draw_assessment_screen(context, screen, state, width); break;
    case ScreenKind::Explainer: draw_explainer_screen(context, screen, state, width); break;
    default:
        if (screen.question) draw_task_screen(context, screen, state, width);
        break;
    }
}

void draw_source(const Context& context, const Screen& screen, ScreenState& state) {
    if (screen.source.empty()) return;
    const Theme& theme = context.theme;
    ImGui::Dummy(ImVec2(0, theme.px(4)));
    const bool toggled =
        secondary_button(theme.text(state.show_source ? "screen.hide_source" : "screen.show_source"), theme) || typed('w');
    if (toggled) state.show_source = !state.show_source;
    if (!state.show_source) return;
    small_text(format_text(theme.text("screen.source"), {{"source", screen.source}}), theme);
    // W may show it below the fold, where a keyboard user would never see it appear.
    if (toggled) ImGui::SetScrollHereY(1.0f);
}

// While reading aloud with no sound, says so above the column's top right, as the explainer does.
void draw_reading_note(const Theme& theme, float width) {
    const ReadAlong* read_along = active_read_along();
    if (!read_along || !read_along->reading() || read_along->status().sentence < 0 || read_along->status().heard) return;
    const char* note = theme.text("screen.no_sound");
    ImGui::PushFont(theme.fonts.small);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size = ImGui::CalcTextSize(note);
    ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + width - size.x, at.y - size.y - theme.px(8)),
                                        ImGui::GetColorU32(theme.colors.muted_text), note);
    ImGui::PopFont();
}

void draw_progress_line(const Context& context, const Position& position) {
    if (position.count == 0) return;
    ImVec2 start = ImGui::GetCursorScreenPos();
    float width = ImGui::GetWindowWidth();
    float done = width * static_cast<float>(position.index) / static_cast<float>(position.count);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float thickness = context.theme.px(4);
    draw->AddRectFilled(start, ImVec2(start.x + width, start.y + thickness), ImGui::GetColorU32(context.theme.colors.border));
    draw->AddRectFilled(start, ImVec2(start.x + done, start.y + thickness), ImGui::GetColorU32(context.theme.colors.primary));
    ImGui::Dummy(ImVec2(width, thickness));
}

// `forward` is false while a content note asks its question: moving on is one of its answers.
void draw_nav_bar(const Context& context, const ScreenState& state, const Position& position, float height,
                  bool forward) {
    const Theme& theme = context.theme;
    bool back = can_go_back(context.course, context.progress);
    bool next = forward && can_go_next(context.course, context.progress);
    bool last = forward && !next && !attempt_open_on_view(context.progress) &&
                is_finished(*current_screen(context.course, context.progress), context.progress.current,
                            context.progress);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.colors.surface);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme.px(24), (height - ImGui::GetFrameHeight()) * 0.5f));
    ImGui::BeginChild("nav-bar", ImVec2(0, height), false, ImGuiWindowFlags_AlwaysUseWindowPadding);

    if (secondary_button(theme.text("screen.back"), theme, back) || (back && pressed(ImGuiKey_LeftArrow)))
        context.requests.push(Command{Back{}});

    std::string where = format_text(theme.text("screen.position"),
                                    {{"index", std::to_string(position.index)}, {"count", std::to_string(position.count)}});
    ImGui::SameLine();
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - ImGui::CalcTextSize(where.c_str()).x) * 0.5f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", where.c_str());

    const char* label = theme.text(last ? "screen.finish" : "screen.next");
    ImGui::SameLine();
    align_right(button_width(label, theme));
    bool key = pressed(ImGuiKey_RightArrow) || (!state.keeps_enter && pressed(ImGuiKey_Enter));
    if (primary_button(label, theme, next || last) || ((next || last) && key))
        context.requests.push(last ? Request{ShowMap{}} : Request{Command{Next{}}});

    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

}  // namespace

void draw_screen(const Context& context, ScreenState& state) {
    const Screen* screen = current_screen(context.course, context.progress);
    if (!screen) return;
    const Theme& theme = context.theme;
    Position position = position_of(context.course, context.progress.current);
    draw_top_bar(context, position.module ? position.module->title.c_str() : "");
    draw_progress_line(context, position);

    const float nav_height = theme.px(72);
    // One scrolling child per screen, so a new screen starts at its top rather than where
    // the last one was scrolled to (feedback scrolls into view), and Back finds it as left.
    ImGui::BeginChild(("screen##" + context.progress.current).c_str(), ImVec2(0, -nav_height), false);
    ImGui::Dummy(ImVec2(0, theme.px(28)));
    Column column = begin_column(theme);
    draw_reading_note(theme, column.width);
    ImGui::PushFont(theme.fonts.heading);
    read_along_text(screen->title, column.width, theme);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, theme.px(6)));
    state.keeps_enter = false;
    const bool note_on_view = screen->content_note && !state.note_read;
    if (note_on_view) {
        draw_content_note(context, *screen, state, column.width);
    } else {
        draw_body(context, *screen, state, column.width);
        draw_source(context, *screen, state);
    }
    ImGui::Dummy(ImVec2(0, theme.px(32)));
    end_column(column);
    ImGui::EndChild();

    draw_nav_bar(context, state, position, nav_height, !note_on_view);
}

}  // namespace primer::ui
