// The manager view's figures that need room: the spread of deciding scores (bars drawn
// with their counts written on, so colour is never the only cue), the learners and their
// standing, and item analysis per question, hardest first, as `primer report` prints it.
#include "manager_cells.hpp"
#include "manager_views.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace primer::ui {

namespace {

std::string score(const Standing& s) {
    if (!s.completion || !s.completion->score_scaled) return "";
    char text[16];
    std::snprintf(text, sizeof text, "%.0f%%", *s.completion->score_scaled * 100);
    return text;
}

const char* success(const Theme& theme, const Standing& s) {
    if (s.completion && s.completion->success == "passed") return theme.text("manager.passed");
    if (s.completion && s.completion->success == "failed") return theme.text("manager.failed");
    return theme.text("manager.not_yet");
}

constexpr int kLearnerColumns = 9;
constexpr std::size_t kSuccessColumn = 6;  // where a row's "(not verified)" marker follows
using LearnerRow = std::array<std::string, kLearnerColumns>;

LearnerRow learner_row(const Theme& theme, const Standing& s) {
    return {s.learner.name,
            s.learner.id,
            s.learner.organisation,
            when(s.started_at),
            when(s.updated_at),
            theme.text(s.completed_at != 0 ? "manager.completed" : "manager.in_progress"),
            success(theme, s),
            score(s),
            s.completion ? std::to_string(s.completion->attempts) : ""};
}

// Each column's share of the table's width is its widest text, heading or cell (of the first
// rows: enough to see how wide they run), so no column is squeezed to nothing.
constexpr std::size_t kRowsMeasured = 100;

}  // namespace

void keyboard_scroll(bool focused, float row, float page) {
    if (!focused) return;
    float by = 0;
    if (pressed(ImGuiKey_DownArrow)) by = row;
    if (pressed(ImGuiKey_UpArrow)) by = -row;
    if (pressed(ImGuiKey_PageDown)) by = page;
    if (pressed(ImGuiKey_PageUp)) by = -page;
    if (by != 0) ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() + by, 0.0f, ImGui::GetScrollMaxY()));
}

namespace {

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

void table_headers() {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
    for (int column = 0; column < ImGui::TableGetColumnCount(); ++column) {
        if (!ImGui::TableSetColumnIndex(column)) continue;
        ImGui::TextWrapped("%s", ImGui::TableGetColumnName(column));
    }
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
    // Every range under its bar, or every other one when they would run into each other (large text).
    const float widest_range = theme.fonts.small->CalcTextSizeA(theme.fonts.small->FontSize, FLT_MAX, 0, "90-100").x;
    const std::size_t label_every = widest_range + theme.px(4) > slot ? 2 : 1;
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
        if (tenth % label_every != 0) continue;
        char range[16];
        std::snprintf(range, sizeof range, "%zu-%zu", tenth * 10, tenth == 9 ? 100 : tenth * 10 + 9);
        const ImVec2 range_size = theme.fonts.small->CalcTextSizeA(theme.fonts.small->FontSize, FLT_MAX, 0, range);
        draw->AddText(theme.fonts.small, theme.fonts.small->FontSize,
                      ImVec2((left + right - range_size.x) * 0.5f, baseline + theme.px(4)),
                      ImGui::GetColorU32(theme.colors.muted_text), range);
    }
    small_text(theme.text("manager.scores_note"), theme, width);
    ImGui::EndGroup();
}

void draw_learner_table(const Theme& theme, ManagerDashboard& view, float width, float height) {
    if (view.learners.empty()) {
        small_text(theme.text("manager.no_learners"), theme);
        return reveal_focus(view, ManagerStop::Learners);
    }
    const bool focused = view.focus == ManagerStop::Learners;
    const char* headings[kLearnerColumns];
    float widest[kLearnerColumns], total = 0;
    std::size_t column = 0;
    for (const char* key : {"manager.column_name", "manager.column_staff_id", "manager.column_organisation",
                            "manager.column_started", "manager.column_last_active", "manager.column_completion",
                            "manager.column_success", "manager.column_score", "manager.column_attempts"}) {
        headings[column] = theme.text(key);
        widest[column++] = ImGui::CalcTextSize(theme.text(key)).x;
    }
    for (std::size_t row = 0; row < std::min(view.learners.size(), kRowsMeasured); ++row) {
        const LearnerRow cells = learner_row(theme, view.learners[row]);
        for (column = 0; column < cells.size(); ++column)
            widest[column] = std::max(widest[column], ImGui::CalcTextSize(cells[column].c_str()).x);
        if (view.learner_unverified[row])
            widest[kSuccessColumn] += ImGui::CalcTextSize(theme.text("manager_trust.row_marker")).x + theme.px(16);
    }
    for (const float w : widest) total += w;
    // The headings wrap when the widths are shared out below their own (large text): as many
    // lines as the most wrapped one needs.
    const float padding = ImGui::GetStyle().CellPadding.x * 2;
    float heading_lines = 1;
    for (column = 0; column < kLearnerColumns; ++column) {
        const float room = (width - padding * kLearnerColumns) * widest[column] / total;
        heading_lines = std::max(heading_lines, std::ceil(ImGui::CalcTextSize(headings[column]).x / room));
    }
    // A short list gets a short table; a long one scrolls inside `height`.
    const float line = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2;
    const float rows = static_cast<float>(view.learners.size());
    height = std::min(height, (rows + heading_lines) * line + theme.px(4));
    if (begin_table(theme, "learners", kLearnerColumns, width, height)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        for (column = 0; column < kLearnerColumns; ++column)
            ImGui::TableSetupColumn(headings[column], ImGuiTableColumnFlags_WidthStretch, widest[column]);
        table_headers();
        keyboard_scroll(focused, ImGui::GetTextLineHeightWithSpacing(), height * 0.8f);
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(view.learners.size()));
        while (clipper.Step()) {
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                ImGui::TableNextRow();
                const std::size_t at = static_cast<std::size_t>(row);
                const LearnerRow cells = learner_row(theme, view.learners[at]);
                for (column = 0; column < kLearnerColumns; ++column) {
                    cell(cells[column]);
                    if (column == kSuccessColumn && view.learner_unverified[at]) unverified_marker(theme);
                }
            }
        }
        end_table(theme, focused);
    } else {
        reveal_table_out_of_sight(view, ManagerStop::Learners);  // seen when a warning card pushes it down
    }
    reveal_focus(view, ManagerStop::Learners);
    if (view.learners_total > static_cast<long long>(view.learners.size()))
        small_text(format_text(theme.text("manager.showing_first"), {{"shown", std::to_string(view.learners.size())},
                                                                     {"total", std::to_string(view.learners_total)}}),
                   theme);
}

void draw_question_table(const Theme& theme, const Course& course, ManagerDashboard& view, float width, float height) {
    if (view.report.items.empty()) {
        small_text(theme.text("manager.no_answers"), theme);
        return reveal_focus(view, ManagerStop::Questions);
    }
    std::vector<const ItemStats*> items;
    for (const ItemStats& item : view.report.items) items.push_back(&item);
    std::stable_sort(items.begin(), items.end(),
                     [](const ItemStats* a, const ItemStats* b) { return a->percent_correct() < b->percent_correct(); });
    const bool focused = view.focus == ManagerStop::Questions;
    if (!begin_table(theme, "questions", 6, width, height)) return reveal_table_out_of_sight(view, ManagerStop::Questions);
    ImGui::TableSetupScrollFreeze(0, 1);
    // The counts are as wide as their heading or their widest value, so a heading breaks
    // only between words; the other columns share the rest.
    const auto fixed = [](const char* heading, float widest_value) {
        ImGui::TableSetupColumn(heading, ImGuiTableColumnFlags_WidthFixed,
                                std::max(ImGui::CalcTextSize(heading).x, widest_value));
    };
    const float count_width = ImGui::CalcTextSize("00000").x;
    ImGui::TableSetupColumn(theme.text("manager.column_question"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(theme.text("manager.column_kind"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    fixed(theme.text("manager.column_learners"), count_width);
    fixed(theme.text("manager.column_answers"), count_width);
    fixed(theme.text("manager.column_right"), ImGui::CalcTextSize("100%").x);
    ImGui::TableSetupColumn(theme.text("manager.column_wrong_choices"), ImGuiTableColumnFlags_WidthStretch, 2.4f);
    table_headers();
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
