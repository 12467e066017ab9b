// The manager view's figures that need room: the spread of deciding scores (bars drawn
// with their counts written on, so colour is never the only cue), the learners and their
// standing, and item analysis per question, hardest first, as `primer report` prints it.
#include "manager_views.hpp"
#include "time_format.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <cstdio>

namespace primer::ui {

namespace {

std::string when(Millis at) {
    if (at == 0) return "";
    std::string text = format_utc(at).substr(0, 16);  // "2026-03-01T10:15"
    text[10] = ' ';
    return text;
}

std::string score(const Standing& s) {
    if (!s.completion || !s.completion->score_scaled) return "";
    char text[16];
    std::snprintf(text, sizeof text, "%.0f%%", *s.completion->score_scaled * 100);
    return text;
}

const char* success(const Standing& s) {
    if (!s.completion) return "Not yet";
    if (s.completion->success == "passed") return "Passed";
    if (s.completion->success == "failed") return "Failed";
    return "Not yet";
}

// Up and down move a row, Page Up and Page Down a tableful, in the table being drawn.
void keyboard_scroll(bool focused, float row, float page) {
    if (!focused) return;
    float by = 0;
    if (pressed(ImGuiKey_DownArrow)) by = row;
    if (pressed(ImGuiKey_UpArrow)) by = -row;
    if (pressed(ImGuiKey_PageDown)) by = page;
    if (pressed(ImGuiKey_PageUp)) by = -page;
    if (by != 0) ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() + by, 0.0f, ImGui::GetScrollMaxY()));
}

void cell(const std::string& text) {
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(text.c_str());
}

// Out of sight, a scrolling table is not begun, but its room is taken: when the keyboard has
// just moved to it, scroll so that it ends at the bottom (its rectangle is not known yet).
void reveal_table_out_of_sight(ManagerDashboard& view, ManagerStop stop) {
    if (view.focus != stop || !view.focus_changed) return;
    ImGui::SetScrollHereY(1.0f);
    view.focus_changed = false;
}

// Beside the success of a row whose completion does not match its signature: words in the
// warning colour, so colour is never the only cue.
void unverified_marker(const Theme& theme) {
    ImGui::SameLine();
    ImGui::PushFont(theme.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.incorrect);
    ImGui::TextUnformatted((std::string("(") + theme.text("manager_trust.row_marker") + ")").c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

}  // namespace

bool begin_table(const Theme& theme, const char* id, int columns, float width, float height) {
    ImGui::PushStyleColor(ImGuiCol_TableHeaderBg, theme.colors.selected);
    ImGui::PushStyleColor(ImGuiCol_TableRowBg, theme.colors.surface);
    ImGui::PushStyleColor(ImGuiCol_TableRowBgAlt, theme.colors.background);
    const bool open = ImGui::BeginTable(id, columns,
                                        ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                            ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp,
                                        ImVec2(width, height));
    if (!open) ImGui::PopStyleColor(3);
    return open;
}

void end_table(const Theme& theme, bool focused) {
    ImGui::EndTable();
    ImGui::PopStyleColor(3);
    if (focused) focus_ring(theme);
}

void draw_score_distribution(const Theme& theme, const CourseReport& report, float width) {
    ImGui::BeginGroup();
    const float height = theme.px(170);
    const float label_height = theme.fonts.small->FontSize + theme.px(6);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const int most = std::max(1, *std::max_element(report.scores.begin(), report.scores.end()));
    const float slot = width / static_cast<float>(report.scores.size());
    const float bar_area = height - label_height * 2;
    const float baseline = origin.y + height - label_height;
    draw->AddLine(ImVec2(origin.x, baseline), ImVec2(origin.x + width, baseline), ImGui::GetColorU32(theme.colors.border),
                  theme.px(1));
    for (std::size_t tenth = 0; tenth < report.scores.size(); ++tenth) {
        const int count = report.scores[tenth];
        const float left = origin.x + slot * static_cast<float>(tenth) + theme.px(4);
        const float right = left + slot - theme.px(8);
        const float top = baseline - bar_area * static_cast<float>(count) / static_cast<float>(most);
        if (count > 0) draw->AddRectFilled(ImVec2(left, top), ImVec2(right, baseline), ImGui::GetColorU32(theme.colors.primary));
        const std::string value = std::to_string(count);
        const ImVec2 value_size = theme.fonts.bold->CalcTextSizeA(theme.fonts.bold->FontSize, FLT_MAX, 0, value.c_str());
        draw->AddText(theme.fonts.bold, theme.fonts.bold->FontSize,
                      ImVec2((left + right - value_size.x) * 0.5f, top - value_size.y - theme.px(2)),
                      ImGui::GetColorU32(theme.colors.text), value.c_str());
        char range[16];
        std::snprintf(range, sizeof range, "%zu-%zu", tenth * 10, tenth == 9 ? 100 : tenth * 10 + 9);
        const ImVec2 range_size = theme.fonts.small->CalcTextSizeA(theme.fonts.small->FontSize, FLT_MAX, 0, range);
        draw->AddText(theme.fonts.small, theme.fonts.small->FontSize,
                      ImVec2((left + right - range_size.x) * 0.5f, baseline + theme.px(4)),
                      ImGui::GetColorU32(theme.colors.muted_text), range);
    }
    small_text("Learners by the score (%) that decided their result; each bar is a tenth of the range.", theme, width);
    ImGui::EndGroup();
}

void draw_learner_table(const Theme& theme, ManagerDashboard& view, float width, float height) {
    if (view.learners.empty()) {
        small_text("No learners match these filters.", theme);
        return reveal_focus(view, ManagerStop::Learners);
    }
    const bool focused = view.focus == ManagerStop::Learners;
    // A short list gets a short table; a long one scrolls inside `height`.
    const float rows = static_cast<float>(view.learners.size() + 1);
    height = std::min(height, rows * (ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2) + theme.px(4));
    if (begin_table(theme, "learners", 9, width, height)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        // Fixed weights rather than fitted to the content: a table first drawn after a scroll
        // (a warning card above can push it out of sight) would take frames to fit.
        const std::pair<const char*, float> columns[] = {
            {"Name", 1.4f},       {"Staff id", 0.8f}, {"Organisation", 1.4f}, {"Started (UTC)", 1.3f},
            {"Last active (UTC)", 1.3f}, {"Completion", 1.0f}, {"Success", 1.5f}, {"Score", 0.6f}, {"Attempts", 0.7f}};
        for (const auto& [name, weight] : columns)
            ImGui::TableSetupColumn(name, ImGuiTableColumnFlags_WidthStretch, weight);
        ImGui::TableHeadersRow();
        keyboard_scroll(focused, ImGui::GetTextLineHeightWithSpacing(), height * 0.8f);
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(view.learners.size()));
        while (clipper.Step()) {
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                const Standing& s = view.learners[static_cast<std::size_t>(row)];
                ImGui::TableNextRow();
                cell(s.learner.name);
                cell(s.learner.id);
                cell(s.learner.organisation);
                cell(when(s.started_at));
                cell(when(s.updated_at));
                cell(s.completed_at != 0 ? "Completed" : "In progress");
                cell(success(s));
                if (view.learner_unverified[static_cast<std::size_t>(row)]) unverified_marker(theme);
                cell(score(s));
                cell(s.completion ? std::to_string(s.completion->attempts) : "");
            }
        }
        end_table(theme, focused);
    } else {
        reveal_table_out_of_sight(view, ManagerStop::Learners);  // seen when a warning card pushes it down
    }
    reveal_focus(view, ManagerStop::Learners);
    if (view.learners_total > static_cast<long long>(view.learners.size()))
        small_text("Showing the first " + std::to_string(view.learners.size()) + " of " +
                       std::to_string(view.learners_total) + " learners; an export holds them all.",
                   theme);
}

void draw_question_table(const Theme& theme, const Course& course, ManagerDashboard& view, float width, float height) {
    if (view.report.items.empty()) {
        small_text("No answers have been recorded for these learners yet.", theme);
        return reveal_focus(view, ManagerStop::Questions);
    }
    std::vector<const ItemStats*> items;
    for (const ItemStats& item : view.report.items) items.push_back(&item);
    std::stable_sort(items.begin(), items.end(),
                     [](const ItemStats* a, const ItemStats* b) { return a->percent_correct() < b->percent_correct(); });
    const bool focused = view.focus == ManagerStop::Questions;
    if (!begin_table(theme, "questions", 6, width, height)) return reveal_table_out_of_sight(view, ManagerStop::Questions);
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Question", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Learners", ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableSetupColumn("Answers", ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableSetupColumn("Right", ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableSetupColumn("Chosen in wrong answers (most first)", ImGuiTableColumnFlags_WidthStretch, 2.4f);
    ImGui::TableHeadersRow();
    keyboard_scroll(focused, ImGui::GetTextLineHeightWithSpacing() * 2, height * 0.8f);
    for (const ItemStats* item : items) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const Screen* screen = course.find_screen(item->screen);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(screen ? screen->title.c_str() : item->screen.c_str());
        ImGui::PopTextWrapPos();
        small_text(item->screen + (item->part.empty() ? "" : " / " + item->part), theme);
        cell(item->kind);
        cell(std::to_string(item->learners));
        cell(std::to_string(item->answers));
        char right[16];
        std::snprintf(right, sizeof right, "%.0f%%", item->percent_correct());
        cell(right);
        ImGui::TableNextColumn();
        std::string wrong;
        for (const auto& [token, times] : wrong_choices_most_first(*item))
            wrong += (wrong.empty() ? "" : ", ") + token + " x" + std::to_string(times);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(wrong.empty() ? "-" : wrong.c_str());
        ImGui::PopTextWrapPos();
    }
    end_table(theme, focused);
    reveal_focus(view, ManagerStop::Questions);
}

}  // namespace primer::ui
