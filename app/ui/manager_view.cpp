// The manager's dashboard: filters, completion and pass rates, the spread of scores, the
// learners and how each question performs, and exports. Tab and Shift+Tab move between
// its parts (the focused one has the orange ring); Enter applies or starts; Left and Right
// change a choice; up, down, Page Up and Page Down scroll a table; Escape leaves. Its words
// are the [manager] locale table's.
#include "manager_views.hpp"
#include "widgets.hpp"

// ClearActiveID: letting go of a text field when Tab moves to a button. ImGui 1.86 has no
// public call for it while its own keyboard navigation is off.
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>

namespace primer::ui {

namespace {

constexpr int kStops = static_cast<int>(ManagerStop::Count);

bool is_field(ManagerStop stop) {
    return stop == ManagerStop::Organisation || stop == ManagerStop::From || stop == ManagerStop::To ||
           stop == ManagerStop::Path;
}

// A stop with nothing drawn for it: no LRS set up (no Sync now), nothing set aside (no table).
bool absent(const ManagerDashboard& view, ManagerStop stop) {
    return (stop == ManagerStop::Sync && view.sync_target.empty()) ||
           (stop == ManagerStop::SetAside && view.set_aside.empty());
}

void move_focus(ManagerDashboard& view) {
    if (!ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab))) return;
    const int step = ImGui::GetIO().KeyShift ? kStops - 1 : 1;
    do {
        view.focus = static_cast<ManagerStop>((static_cast<int>(view.focus) + step) % kStops);
    } while (absent(view, view.focus));
    view.focus_changed = true;
    if (!is_field(view.focus)) ImGui::ClearActiveID();
}

void label(const Theme& theme, const char* text) {
    ImGui::PushFont(theme.fonts.bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

}  // namespace

void reveal_focus(ManagerDashboard& view, ManagerStop stop) {
    if (view.focus != stop || !view.focus_changed) return;
    view.focus_changed = false;
    const float margin = ImGui::GetTextLineHeightWithSpacing();
    const float origin = ImGui::GetWindowPos().y - ImGui::GetScrollY();
    const float top = ImGui::GetItemRectMin().y - origin - margin * 2;  // its heading too
    const float bottom = ImGui::GetItemRectMax().y - origin + margin;
    if (top < ImGui::GetScrollY())
        ImGui::SetScrollY(top);
    else if (bottom > ImGui::GetScrollY() + ImGui::GetWindowHeight())
        ImGui::SetScrollY(bottom - ImGui::GetWindowHeight());
}

bool manager_field(const Theme& theme, ManagerDashboard& view, ManagerStop stop, const char* name, const char* hint,
                   char* buffer, std::size_t size, float width) {
    ImGui::BeginGroup();
    label(theme, name);
    ImGui::SetNextItemWidth(width);
    if (view.focus == stop && view.focus_changed) ImGui::SetKeyboardFocusHere();
    ImGui::PushID(static_cast<int>(stop));
    const bool entered = ImGui::InputTextWithHint("##field", hint, buffer, size, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::PopID();
    reveal_focus(view, stop);
    if (ImGui::IsItemActivated()) view.focus = stop;  // clicked into
    if (view.focus == stop) focus_ring(theme);
    ImGui::EndGroup();
    return entered;
}

namespace {

void draw_header(const Theme& theme, const Course& course, ManagerDashboard& view, RequestQueue& requests) {
    // The course's title wraps beside the button (large text, a long title) and the bar grows to hold it.
    const char* back = theme.text("manager_gate.back");
    const ImVec2 padding(theme.px(24), theme.px(10));
    const float title_width =
        ImGui::GetContentRegionAvail().x - padding.x * 2 - button_width(back, theme) - theme.px(24);
    const float title_height =
        theme.fonts.small->CalcTextSizeA(theme.fonts.small->FontSize, FLT_MAX, title_width, course.title.c_str()).y;
    const float height = std::max(theme.px(68), padding.y * 2 + title_height + ImGui::GetStyle().ItemSpacing.y +
                                                    theme.fonts.bold->FontSize + theme.px(4));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.colors.surface);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, padding);
    ImGui::BeginChild("manager-bar", ImVec2(0, height), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
    ImGui::BeginGroup();
    small_text(course.title, theme, title_width);
    ImGui::PushFont(theme.fonts.bold);
    ImGui::TextUnformatted(theme.text("manager.title"));
    ImGui::PopFont();
    ImGui::EndGroup();
    ImGui::SameLine();
    align_right(button_width(back, theme));
    ImGui::SetCursorPosY((height - ImGui::GetFrameHeight()) * 0.5f);
    const bool focused = view.focus == ManagerStop::Back;
    if (secondary_button(back, theme) || pressed(ImGuiKey_Escape) || (focused && pressed(ImGuiKey_Enter)))
        requests.push(ManagerRequest{ManagerRequest::Kind::Leave, "", ""});
    if (focused) focus_ring(theme);
    if (focused) view.focus_changed = false;  // always in view
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

}  // namespace

bool choice_row(const Theme& theme, const char* id, const std::vector<std::string>& labels, int& chosen, bool focused) {
    const int count = static_cast<int>(labels.size());
    bool changed = false;
    if (focused && pressed(ImGuiKey_RightArrow) && chosen + 1 < count) ++chosen, changed = true;
    if (focused && pressed(ImGuiKey_LeftArrow) && chosen > 0) --chosen, changed = true;
    ImGui::PushID(id);
    ImGui::BeginGroup();
    for (int i = 0; i < count; ++i) {
        const char* text = labels[static_cast<std::size_t>(i)].c_str();
        if (i > 0) same_line_if_room(button_width(text, theme));  // a long row wraps (Welsh, large text)
        ImGui::PushID(i);
        const bool clicked = i == chosen ? primary_button(text, theme) : secondary_button(text, theme);
        ImGui::PopID();
        if (clicked && i != chosen) chosen = i, changed = true;
    }
    ImGui::EndGroup();
    ImGui::PopID();
    if (focused) focus_ring(theme);
    return changed;
}

namespace {

void draw_filters(const Theme& theme, ManagerDashboard& view, RequestQueue& requests) {
    // The groups flow left to right and onto a new row when the next would not fit (longer
    // words in Welsh, large text). Each starts at its row's top, placed with SetCursorPos:
    // SameLine would drop a label after a field by the field's frame padding.
    const float gap = theme.px(16);
    const float start = ImGui::GetCursorPosX(), right = start + ImGui::GetContentRegionAvail().x;
    float x = start, row = ImGui::GetCursorPosY(), bottom = row;
    const auto next = [&](float width) {
        const ImVec2 origin(ImGui::GetWindowPos().x - ImGui::GetScrollX(), ImGui::GetWindowPos().y - ImGui::GetScrollY());
        x = ImGui::GetItemRectMax().x - origin.x + gap;
        bottom = std::max(bottom, ImGui::GetItemRectMax().y - origin.y);
        if (x + width > right) x = start, row = bottom + gap * 0.5f;
        ImGui::SetCursorPos(ImVec2(x, row));
    };
    const auto apply = [&] { requests.push(ManagerRequest{ManagerRequest::Kind::ApplyFilter, "", ""}); };
    std::vector<std::string> statuses;
    float statuses_width = 0;
    for (const StatusChoice& choice : kStatusChoices) {
        statuses.emplace_back(theme.text(choice.label));
        statuses_width += button_width(statuses.back().c_str(), theme) + ImGui::GetStyle().ItemSpacing.x;
    }
    const char* apply_label = theme.text("manager.apply");
    bool enter = manager_field(theme, view, ManagerStop::Organisation, theme.text("manager.organisation"),
                               theme.text("manager.every_organisation"), view.organisation, sizeof view.organisation,
                               theme.px(230));
    next(statuses_width);
    ImGui::BeginGroup();
    label(theme, theme.text("manager.status"));
    if (choice_row(theme, "status", statuses, view.status, view.focus == ManagerStop::Status)) apply();
    reveal_focus(view, ManagerStop::Status);
    ImGui::EndGroup();
    next(theme.px(150));
    const char* date_hint = theme.text("manager.date_hint");
    enter |= manager_field(theme, view, ManagerStop::From, theme.text("manager.active_from"), date_hint, view.from,
                           sizeof view.from, theme.px(150));
    next(theme.px(150));
    enter |= manager_field(theme, view, ManagerStop::To, theme.text("manager.active_before"), date_hint, view.to,
                           sizeof view.to, theme.px(150));
    next(button_width(apply_label, theme));
    ImGui::BeginGroup();
    label(theme, " ");
    const bool focused = view.focus == ManagerStop::Apply;
    if (primary_button(apply_label, theme) || enter || (focused && pressed(ImGuiKey_Enter))) apply();
    reveal_focus(view, ManagerStop::Apply);
    if (focused) focus_ring(theme);
    ImGui::EndGroup();
    if (!view.filter_problem.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.incorrect);
        ImGui::TextWrapped("%s", view.filter_problem.c_str());
        ImGui::PopStyleColor();
    }
}

std::string percent(int part, int whole) {
    char text[16];
    std::snprintf(text, sizeof text, "%.0f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
    return text;
}

void figure(const Theme& theme, const char* name, const std::string& value, const std::string& note, float width) {
    ImGui::BeginGroup();
    ImGui::PushFont(theme.fonts.display);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopFont();
    label(theme, name);
    small_text(note, theme, width);
    ImGui::EndGroup();
}

void draw_figures(const Theme& theme, const CourseReport& r, float width) {
    const float each = width / 5;
    const float start = ImGui::GetCursorPosX();
    const int assessed = r.passed + r.failed;
    const auto of = [&](const char* key, int part, int whole) {
        return format_text(theme.text(key), {{"percent", percent(part, whole)}});
    };
    figure(theme, theme.text("manager.learners"), std::to_string(r.learners), theme.text("manager.learners_note"),
           each - theme.px(16));
    ImGui::SameLine(start + each);
    figure(theme, theme.text("manager.completed"), std::to_string(r.completed),
           of("manager.of_learners", r.completed, r.learners), each - theme.px(16));
    ImGui::SameLine(start + each * 2);
    figure(theme, theme.text("manager.in_progress"), std::to_string(r.learners - r.completed),
           of("manager.of_learners", r.learners - r.completed, r.learners), each - theme.px(16));
    ImGui::SameLine(start + each * 3);
    figure(theme, theme.text("manager.passed"), std::to_string(r.passed), of("manager.of_assessed", r.passed, assessed),
           each - theme.px(16));
    ImGui::SameLine(start + each * 4);
    figure(theme, theme.text("manager.failed"), std::to_string(r.failed), of("manager.of_assessed", r.failed, assessed),
           each - theme.px(16));
}

void heading(const Theme& theme, const char* text) {
    ImGui::Dummy(ImVec2(0, theme.px(10)));
    ImGui::PushFont(theme.fonts.heading);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

}  // namespace

void draw_manager_view(const Theme& theme, const Course& course, ManagerDashboard& view, RequestQueue& requests) {
    move_focus(view);
    // ImGui 1.86 moves between text fields on Tab by itself, which would race move_focus();
    // SetKeyboardFocusHere still reaches fields that are not its tab stops.
    ImGui::PushAllowKeyboardFocus(false);
    draw_header(theme, course, view, requests);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme.px(24), theme.px(16)));
    ImGui::BeginChild("manager-body", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    const float width = ImGui::GetContentRegionAvail().x;

    draw_filters(theme, view, requests);
    if (!view.read_problem.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.incorrect);
        ImGui::TextWrapped("%s", view.read_problem.c_str());
        ImGui::PopStyleColor();
    }
    draw_trust_card(theme, view.report, width);
    ImGui::Dummy(ImVec2(0, theme.px(8)));
    draw_figures(theme, view.report, width);

    const float left = width * 0.42f, gap = theme.px(32);
    heading(theme, theme.text("manager.deciding_scores"));
    ImGui::SameLine(left + gap + ImGui::GetStyle().WindowPadding.x);
    ImGui::PushFont(theme.fonts.heading);
    ImGui::TextUnformatted(theme.text("manager.export"));
    ImGui::PopFont();
    draw_score_distribution(theme, view.report, left);
    ImGui::SameLine(0, gap);
    draw_export_panel(theme, view, requests, width - left - gap);

    heading(theme, theme.text("manager.learners"));
    draw_learner_table(theme, view, width, theme.px(250));
    heading(theme, theme.text("manager.questions"));
    draw_question_table(theme, course, view, width, theme.px(300));

    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopAllowKeyboardFocus();
}

}  // namespace primer::ui
