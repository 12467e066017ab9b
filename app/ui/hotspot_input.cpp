// Choosing areas of a picture: click inside a region, or move between regions with Tab,
// Shift+Tab or the up and down arrows (the focused region is outlined on the picture and
// named below it; links in the screen's text come first in Tab order) and press Space. When more than one region is right each choice
// toggles; otherwise a new choice replaces the old. After a check the chosen regions are
// marked right or wrong (colour and a tick or cross), and once revealed the right ones
// are outlined too. The picture is scaled to the column; regions are in its own pixels.
#include "question_view.hpp"
#include "read_along.hpp"
#include "rich_text_view.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

enum class RegionLook { Hidden, Hovered, Selected, Right, Wrong, Revealed };

bool contains(const Response& response, const std::string& id) {
    return std::find(response.begin(), response.end(), id) != response.end();
}

bool several_right(const HotspotTask& task) {
    return std::count_if(task.regions.begin(), task.regions.end(), [](const Region& r) { return r.correct; }) > 1;
}

float area(const Region& region) {
    return region.shape == Region::Shape::Circle ? 3.14159f * region.radius * region.radius
                                                 : region.width * region.height;
}

// The region under an image pixel; where regions overlap, the smallest, so that an area
// drawn inside a larger one can still be chosen. -1 for none.
int region_at(const HotspotTask& task, float x, float y) {
    int found = -1;
    for (int i = 0; i < static_cast<int>(task.regions.size()); ++i) {
        const Region& region = task.regions[static_cast<std::size_t>(i)];
        if (region.contains(x, y) && (found < 0 || area(region) < area(task.regions[static_cast<std::size_t>(found)])))
            found = i;
    }
    return found;
}

void choose(const HotspotTask& task, ScreenState& state, const std::string& id) {
    if (!several_right(task)) {
        state.draft = {id};
        return;
    }
    Response chosen;  // kept in the author's order, like multiple response
    for (const Region& region : task.regions) {
        bool was = contains(state.draft, region.id);
        if (region.id == id ? !was : was) chosen.push_back(region.id);
    }
    state.draft = std::move(chosen);
}

// `state.focus` is the focused region, counted from 1; 0 until the keyboard is used, so
// that no region is outlined (and so hinted at) before the learner asks.
void handle_keys(const HotspotTask& task, ScreenState& state) {
    const int count = static_cast<int>(task.regions.size());
    const AnswerTab tab = answer_tab();  // the text's links come before the regions
    const bool back = tab == AnswerTab::Previous || tab == AnswerTab::EnterLast || pressed(ImGuiKey_UpArrow);
    const bool forward = tab == AnswerTab::Next || tab == AnswerTab::EnterFirst || pressed(ImGuiKey_DownArrow);
    if (tab == AnswerTab::Leave || tab == AnswerTab::EnterFirst || tab == AnswerTab::EnterLast) state.focus = 0;
    if (forward) state.focus = state.focus % count + 1;
    if (back) state.focus = state.focus <= 1 ? count : state.focus - 1;
    if (pressed(ImGuiKey_Space)) {
        if (state.focus == 0)
            state.focus = 1;
        else
            choose(task, state, task.regions[static_cast<std::size_t>(state.focus - 1)].id);
    }
}

RegionLook look_of(const Region& region, const QuestionView& view, const ScreenState& state, bool hovered) {
    if (view.marked) {
        if (contains(view.marked->response, region.id)) return region.correct ? RegionLook::Right : RegionLook::Wrong;
        if (view.reveal && region.correct) return RegionLook::Revealed;
        return RegionLook::Hidden;
    }
    if (contains(state.draft, region.id)) return RegionLook::Selected;
    return hovered ? RegionLook::Hovered : RegionLook::Hidden;
}

struct Placement {
    ImVec2 origin;  // the image's top-left corner on screen
    float scale;    // screen pixels per image pixel
};

// The region's outline (and fill) in screen space.
void draw_shape(ImDrawList* draw, const Region& region, const Placement& at, ImU32 fill, ImU32 line, float thickness,
                float grow = 0) {
    if (region.shape == Region::Shape::Circle) {
        ImVec2 centre(at.origin.x + region.x * at.scale, at.origin.y + region.y * at.scale);
        float radius = region.radius * at.scale + grow;
        if (fill) draw->AddCircleFilled(centre, radius, fill, 48);
        draw->AddCircle(centre, radius, line, 48, thickness);
        return;
    }
    ImVec2 min(at.origin.x + region.x * at.scale - grow, at.origin.y + region.y * at.scale - grow);
    ImVec2 max(at.origin.x + (region.x + region.width) * at.scale + grow,
               at.origin.y + (region.y + region.height) * at.scale + grow);
    if (fill) draw->AddRectFilled(min, max, fill, 4.0f);
    draw->AddRect(min, max, line, 4.0f, 0, thickness);
}

// A tick or a cross in a disc on the region's top-right corner, so right and wrong do not
// rest on colour alone (and do not cover text, which usually starts at the left).
void draw_badge(ImDrawList* draw, const Region& region, const Placement& at, bool right, const Theme& theme) {
    const float r = theme.px(11);
    const bool circle = region.shape == Region::Shape::Circle;
    float corner_x = circle ? region.x + region.radius * 0.7f : region.x + region.width;
    float corner_y = circle ? region.y - region.radius * 0.7f : region.y;
    ImVec2 c(at.origin.x + corner_x * at.scale, at.origin.y + corner_y * at.scale);
    draw->AddCircleFilled(c, r, ImGui::GetColorU32(right ? theme.colors.correct : theme.colors.incorrect), 24);
    const float k = r * 0.45f, w = theme.px(2.5f);
    const ImU32 ink = ImGui::GetColorU32(theme.colors.on_fill);
    if (right) {
        draw->AddLine(ImVec2(c.x - k, c.y), ImVec2(c.x - k * 0.2f, c.y + k * 0.8f), ink, w);
        draw->AddLine(ImVec2(c.x - k * 0.2f, c.y + k * 0.8f), ImVec2(c.x + k, c.y - k * 0.8f), ink, w);
    } else {
        draw->AddLine(ImVec2(c.x - k, c.y - k), ImVec2(c.x + k, c.y + k), ink, w);
        draw->AddLine(ImVec2(c.x - k, c.y + k), ImVec2(c.x + k, c.y - k), ink, w);
    }
}

ImU32 with_alpha(ImVec4 colour, float alpha) {
    colour.w = alpha;
    return ImGui::GetColorU32(colour);
}

void draw_regions(const Context& context, const QuestionView& view, const ScreenState& state, const Placement& at,
                  int hovered) {
    const HotspotTask& task = std::get<HotspotTask>(view.question.body);
    const Palette& c = context.theme.colors;
    const Theme& theme = context.theme;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (int i = 0; i < static_cast<int>(task.regions.size()); ++i) {
        const Region& region = task.regions[static_cast<std::size_t>(i)];
        switch (look_of(region, view, state, i == hovered && !view.locked)) {
        case RegionLook::Hidden: break;
        case RegionLook::Hovered: draw_shape(draw, region, at, 0, with_alpha(c.primary, 0.8f), theme.px(2)); break;
        case RegionLook::Selected:
            draw_shape(draw, region, at, with_alpha(c.primary, 0.18f), ImGui::GetColorU32(c.primary), theme.px(3));
            break;
        case RegionLook::Right:
            draw_shape(draw, region, at, with_alpha(c.correct, 0.18f), ImGui::GetColorU32(c.correct), theme.px(3));
            draw_badge(draw, region, at, true, theme);
            break;
        case RegionLook::Wrong:
            draw_shape(draw, region, at, with_alpha(c.incorrect, 0.18f), ImGui::GetColorU32(c.incorrect), theme.px(3));
            draw_badge(draw, region, at, false, theme);
            break;
        case RegionLook::Revealed: draw_shape(draw, region, at, 0, ImGui::GetColorU32(c.correct), theme.px(3)); break;
        }
        if (!view.locked && state.focus == i + 1)
            draw_shape(draw, region, at, 0, ImGui::GetColorU32(c.focus), theme.px(3), theme.px(4));
    }
}

// Returns the region clicked, or -1.
int draw_picture(const Context& context, const QuestionView& view, const ScreenState& state, const ImageHandle& image,
                 float width) {
    const HotspotTask& task = std::get<HotspotTask>(view.question.body);
    // Filling the column makes the areas easier to hit, so the picture may grow past its
    // own size (unlike an image screen's), as long as the question around it still fits.
    const float max_height = ImGui::GetMainViewport()->Size.y * 0.45f;
    const float scale =
        std::min(width / static_cast<float>(image.width), max_height / static_cast<float>(image.height));
    const ImVec2 size(static_cast<float>(image.width) * scale, static_cast<float>(image.height) * scale);
    const Placement at{ImGui::GetCursorScreenPos(), scale};
    ImGui::PushID(view.id.c_str());
    bool clicked = ImGui::InvisibleButton("picture", size);
    bool over = ImGui::IsItemHovered();
    ImGui::PopID();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddImage(image.texture, at.origin, ImVec2(at.origin.x + size.x, at.origin.y + size.y));
    draw->AddRect(at.origin, ImVec2(at.origin.x + size.x, at.origin.y + size.y),
                  ImGui::GetColorU32(context.theme.colors.border));

    int hovered = -1;
    if (over) {
        ImVec2 mouse = ImGui::GetMousePos();
        hovered = region_at(task, (mouse.x - at.origin.x) / scale, (mouse.y - at.origin.y) / scale);
    }
    draw_regions(context, view, state, at, hovered);
    if (hovered >= 0 && !view.locked) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetTooltip("%s", task.regions[static_cast<std::size_t>(hovered)].label.c_str());
    }
    return clicked ? hovered : -1;
}

// Without the picture, the regions are a list to choose from, so the question can still
// be answered. Returns the region clicked, or -1.
int draw_region_list(const Context& context, const QuestionView& view, const ScreenState& state, float width) {
    const HotspotTask& task = std::get<HotspotTask>(view.question.body);
    small_text(format_text(context.theme.text("hotspot.missing_picture"), {{"description", task.image.alt}}), context.theme, width);
    int clicked = -1;
    for (int i = 0; i < static_cast<int>(task.regions.size()); ++i) {
        const Region& region = task.regions[static_cast<std::size_t>(i)];
        const Response& chosen = view.marked ? view.marked->response : state.draft;
        std::string label = region.label + (contains(chosen, region.id) ? std::string("  ") + context.theme.text("hotspot.chosen_mark") : "") +
                            "##" + region.id;
        if (secondary_button(label.c_str(), context.theme, !view.locked, width)) clicked = i;
        if (!view.locked && state.focus == i + 1) focus_ring(context.theme);
    }
    return clicked;
}

// Names the focused region, and what is chosen, in words.
void draw_status(const Context& context, const QuestionView& view, const ScreenState& state, float width) {
    const HotspotTask& task = std::get<HotspotTask>(view.question.body);
    const int count = static_cast<int>(task.regions.size());
    if (!view.locked && state.focus > 0) {
        const Region& region = task.regions[static_cast<std::size_t>(state.focus - 1)];
        std::string line = format_text(context.theme.text("hotspot.area"), {{"index", std::to_string(state.focus)},
                                                                           {"count", std::to_string(count)},
                                                                           {"label", region.label}}) +
                           (contains(state.draft, region.id) ? std::string(" ") + context.theme.text("hotspot.chosen_mark") : "");
        ImGui::PushFont(context.theme.fonts.bold);
        read_along_text(line, width, context.theme);
        ImGui::PopFont();
    }
    const Response& chosen = view.marked ? view.marked->response : state.draft;
    if (chosen.empty()) return;
    std::string names;
    for (const Region& region : task.regions)
        if (contains(chosen, region.id)) names += (names.empty() ? "" : "; ") + region.label;
    small_text(format_text(context.theme.text("hotspot.chosen"), {{"names", names}}), context.theme, width);
}

}  // namespace

void draw_hotspot_input(const Context& context, const QuestionView& view, ScreenState& state, float width) {
    const HotspotTask& task = std::get<HotspotTask>(view.question.body);
    if (task.regions.empty()) return;
    if (!view.locked) handle_keys(task, state);
    ImageHandle image = context.images(task.image.path);
    int clicked = image.ok ? draw_picture(context, view, state, image, width)
                           : draw_region_list(context, view, state, width);
    if (clicked >= 0 && !view.locked) {
        choose(task, state, task.regions[static_cast<std::size_t>(clicked)].id);
        state.focus = 0;  // the mouse took over
    }
    const int regions = static_cast<int>(task.regions.size());
    if (!view.locked) answer_focus(state.focus > 0, state.focus == 1, state.focus == regions);
    if (!task.image.caption.empty())
        draw_rich_text(task.image.caption, context.theme,
                       TextStyle{width, context.theme.fonts.small, context.theme.colors.muted_text}, context.requests);
    draw_status(context, view, state, width);
}

void draw_hotspot_feedback(const Context& context, const QuestionView& view, float width) {
    if (!view.marked) return;
    const HotspotTask& task = std::get<HotspotTask>(view.question.body);
    for (const Region& region : task.regions) {
        if (!contains(view.marked->response, region.id) || region.feedback.empty()) continue;
        small_text(region.label, context.theme, width);
        draw_rich_text(region.feedback, context.theme, TextStyle{width, nullptr, {}}, context.requests);
    }
}

bool hotspot_takes_several(const Question& question) {
    return several_right(std::get<HotspotTask>(question.body));
}

}  // namespace primer::ui
