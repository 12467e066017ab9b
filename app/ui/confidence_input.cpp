// A confidence rating: five large buttons in a row, each with its number and label.
// Click one, press 1 to 5, or move with Tab, Shift+Tab or the up and down arrows (the
// choice follows the keyboard, like a set of radio buttons); links in the screen's text come
// before the scale in Tab order. Once saved, a screen that
// compares with an earlier rating shows both, and says what the change means, kindly.
#include "question_view.hpp"
#include "rich_text_view.hpp"
#include "read_along.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

constexpr int kPoints = 5;

int rating_of(const Response& response) {
    if (response.size() != 1 || response.front().size() != 1) return 0;
    int value = response.front()[0] - '0';
    return value >= 1 && value <= kPoints ? value : 0;
}

// `state.focus` is 1 while the keyboard is on the scale, 0 while it is elsewhere (a link).
void handle_keys(ScreenState& state) {
    const int at = rating_of(state.draft);
    int to = at;
    for (int point = 1; point <= kPoints; ++point)
        if (typed(static_cast<char>('0' + point))) to = point;
    // Down and Tab go to the next point along the row, as they go to the next item in a list;
    // Tab into the scale lands on the chosen point, like a set of radio buttons.
    const AnswerTab tab = answer_tab();
    if (pressed(ImGuiKey_DownArrow) || tab == AnswerTab::Next) to = at == 0 ? 1 : std::min(at + 1, kPoints);
    if (pressed(ImGuiKey_UpArrow) || tab == AnswerTab::Previous) to = at == 0 ? kPoints : std::max(at - 1, 1);
    if (tab == AnswerTab::EnterFirst) to = at == 0 ? 1 : at;
    if (tab == AnswerTab::EnterLast) to = at == 0 ? kPoints : at;
    if (to != at || tab == AnswerTab::EnterFirst || tab == AnswerTab::EnterLast) state.focus = 1;
    if (tab == AnswerTab::Leave) state.focus = 0;
    if (to != at) state.draft = {std::to_string(to)};
}

// One point of the scale; returns whether it was clicked. `read`: it is being read aloud, and
// takes the reading highlight as its fill.
bool draw_point(const Theme& theme, int point, const std::string& label, bool chosen, bool enabled, ImVec2 size,
                bool read) {
    const Palette& c = theme.colors;
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    ImGui::PushID(point);
    bool clicked = ImGui::InvisibleButton("point", size) && enabled;
    bool hovered = enabled && ImGui::IsItemHovered();
    ImGui::PopID();
    if (chosen && enabled && !link_has_focus()) focus_ring(theme);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 bottom_right(top_left.x + size.x, top_left.y + size.y);
    ImVec4 fill = read ? c.reading : chosen ? c.primary : hovered ? c.selected : c.surface;
    if (read) read_along_band(top_left, bottom_right, theme);  // kept in view; the fill covers it
    draw->AddRectFilled(top_left, bottom_right, ImGui::GetColorU32(fill), theme.px(10));
    draw->AddRect(top_left, bottom_right, ImGui::GetColorU32(chosen ? c.primary : c.border), theme.px(10), 0,
                  theme.px(chosen ? 2.5f : 1.0f));
    const ImU32 ink = ImGui::GetColorU32(chosen && !read ? c.on_fill : c.text);

    const std::string number = std::to_string(point);
    ImGui::PushFont(theme.fonts.heading);
    ImVec2 number_size = ImGui::CalcTextSize(number.c_str());
    draw->AddText(ImVec2(top_left.x + (size.x - number_size.x) * 0.5f, top_left.y + theme.px(10)), ink,
                  number.c_str());
    ImGui::PopFont();

    // The label, centred line by line under the number, wrapped to the button.
    ImGui::PushFont(theme.fonts.small);
    ImFont* font = ImGui::GetFont();
    const float wrap = size.x - theme.px(12);
    float y = top_left.y + theme.px(18) + number_size.y;
    const char* text = label.c_str();
    const char* end = text + label.size();
    while (text < end) {
        const char* line_end = font->CalcWordWrapPositionA(1.0f, text, end, wrap);
        if (line_end == text) ++line_end;  // a word wider than the button still moves on
        ImVec2 line = ImGui::CalcTextSize(text, line_end);
        draw->AddText(ImVec2(top_left.x + (size.x - line.x) * 0.5f, y), ink, text, line_end);
        y += ImGui::GetTextLineHeight();
        text = line_end;
        while (text < end && *text == ' ') ++text;
    }
    ImGui::PopFont();
    return clicked;
}

std::string point_name(const ConfidenceTask& task, int point) {
    std::string name = std::to_string(point);
    if (point >= 1 && point <= static_cast<int>(task.labels.size()))
        name += " (" + task.labels[static_cast<std::size_t>(point - 1)] + ")";
    return name;
}

}  // namespace

void draw_confidence_input(const Context& context, const QuestionView& view, ScreenState& state, float width) {
    const Theme& theme = context.theme;
    const auto& task = std::get<ConfidenceTask>(view.question.body);
    if (!view.locked) handle_keys(state);
    const int chosen = rating_of(view.marked ? view.marked->response : state.draft);
    const float gap = theme.px(10);
    const ImVec2 size((width - gap * (kPoints - 1)) / kPoints, theme.px(110));
    const std::vector<std::string> labels = task.labels.size() == kPoints ? task.labels : std::vector<std::string>(kPoints);
    const ReadItem* reading = read_along_add(read_source(labels));  // each point, read in turn
    ImGui::PushID(view.id.c_str());
    for (int point = 1; point <= kPoints; ++point) {
        if (point > 1) ImGui::SameLine(0, gap);
        const std::string& label = labels[static_cast<std::size_t>(point - 1)];
        const bool read = reading && reading->part == point - 1;
        if (draw_point(theme, point, label, point == chosen, !view.locked, size, read)) {
            state.draft = {std::to_string(point)};
            state.focus = 1;
        }
    }
    ImGui::PopID();
    const int now = rating_of(state.draft);
    if (!view.locked) answer_focus(state.focus > 0, now <= 1, now == kPoints);
}

void draw_confidence_feedback(const Context& context, const QuestionView& view, float width) {
    if (!view.marked) return;
    const auto& task = std::get<ConfidenceTask>(view.question.body);
    if (task.compare_with.empty()) return;
    auto earlier = context.progress.answers.find(task.compare_with);
    if (earlier == context.progress.answers.end()) return;
    const int before = rating_of(earlier->second.response);
    const int now = rating_of(view.marked->response);
    if (before == 0 || now == 0) return;

    const Theme& theme = context.theme;
    ImGui::PushFont(theme.fonts.bold);
    std::string line = format_text(theme.text("confidence.before_now"),
                                   {{"before", point_name(task, before)}, {"now", point_name(task, now)}});
    read_along_text(line, width, theme);
    ImGui::PopFont();
    const char* meaning = theme.text(now > before    ? "confidence.grown"
                                     : now == before ? "confidence.same"
                                                     : "confidence.less_sure");
    read_along_text(meaning, width, theme);
}

}  // namespace primer::ui
