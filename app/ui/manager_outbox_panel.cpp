// The LRS outbox under "Sync now": how many statements wait, were sent or were set aside;
// when the last sync (the background one or Sync now) was stopped by the LRS, what happened
// and what to do, in a card nobody can miss; else the last problem and the next try; then
// the set-aside statements with the LRS's reasons. Read from the store (ManagerController)
// when the view opens, filters are applied, Sync now ends and each background sync run ends
// (it wakes the window), so what a background run sent or met shows untouched. Credentials
// are never shown: the reasons name lrs.toml, never its contents. The set-aside table is a keyboard stop: up, down,
// Page Up and Page Down scroll it.
#include "manager_cells.hpp"
#include "manager_views.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

const char* stop_advice(LrsStop kind) {
    switch (kind) {
    case LrsStop::Credentials: return "lrs_outbox.stopped_credentials";
    case LrsStop::Permission: return "lrs_outbox.stopped_permission";
    case LrsStop::Endpoint: return "lrs_outbox.stopped_endpoint";
    case LrsStop::Certificate: return "lrs_outbox.stopped_certificate";
    case LrsStop::None:
    case LrsStop::Other: break;
    }
    return "lrs_outbox.stopped_other";
}

void wrapped(const std::string& text, float width) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

// The stop in a warning card.
void draw_stop_card(const Theme& theme, const OutboxCounts& counts, float width) {
    const WarningCard card = begin_warning_card(theme, width);
    ImGui::PushFont(theme.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.incorrect);
    wrapped(theme.text("lrs_outbox.stopped_title"), card.inner);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    wrapped(theme.text(stop_advice(stop_kind(counts.stopped))), card.inner);
    small_text(format_text(theme.text("lrs_outbox.stopped_detail"), {{"reason", counts.stopped}}), theme, card.inner);
    small_text(format_text(theme.text("lrs_outbox.nothing_lost"), {{"waiting", std::to_string(counts.waiting)}}), theme,
               card.inner);
    end_warning_card(theme, card);
}

void draw_set_aside(const Theme& theme, ManagerDashboard& view, float width) {
    const std::vector<OutboxLine>& lines = view.set_aside;
    ImGui::PushFont(theme.fonts.bold);
    wrapped(format_text(theme.text("lrs_outbox.set_aside_heading"), {{"count", std::to_string(lines.size())}}), width);
    ImGui::PopFont();
    // A few rows get a short table; more scroll inside it. A reason wraps to about five lines.
    const float text_line = ImGui::GetTextLineHeight(), padding = ImGui::GetStyle().CellPadding.y * 2;
    const float height = std::min(theme.px(260), text_line + padding +
                                                     static_cast<float>(lines.size()) * (text_line * 5 + padding) +
                                                     theme.px(4));
    const bool focused = view.focus == ManagerStop::SetAside;
    if (!begin_table(theme, "set-aside", 4, width, height)) {
        // Out of sight, the table is not begun, but its room is taken: scroll so it ends at the bottom.
        if (focused && view.focus_changed) ImGui::SetScrollHereY(1.0f);
        if (focused) view.focus_changed = false;
        return;
    }
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(theme.text("lrs_outbox.column_verb"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(theme.text("lrs_outbox.column_learner"), ImGuiTableColumnFlags_WidthStretch, 0.7f);
    // The time is as wide as its heading or a time, so it is never cut at the cell's edge.
    const char* time_heading = theme.text("lrs_outbox.column_time");
    ImGui::TableSetupColumn(time_heading, ImGuiTableColumnFlags_WidthFixed,
                            std::max(ImGui::CalcTextSize(time_heading).x, ImGui::CalcTextSize("2026-03-01 14:05").x));
    ImGui::TableSetupColumn(theme.text("lrs_outbox.column_reason"), ImGuiTableColumnFlags_WidthStretch, 3.5f);
    table_headers();
    keyboard_scroll(focused, text_line + padding, height * 0.8f);
    for (const OutboxLine& line : lines) {
        ImGui::TableNextRow();
        for (const std::string* text : {&line.verb, &line.learner, &line.time}) cell(*text);
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", line.reason.c_str());  // long reasons wrap in their cell
    }
    end_table(theme, focused);
    reveal_focus(view, ManagerStop::SetAside);
}

}  // namespace

// Its background is drawn last, behind its content, so its height need not be measured first.
WarningCard begin_warning_card(const Theme& theme, float width) {
    WarningCard card{ImGui::GetCursorScreenPos(), width, theme.px(14), width - theme.px(28)};
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(card.top.x + card.pad, card.top.y + card.pad));
    ImGui::BeginGroup();
    return card;
}

void end_warning_card(const Theme& theme, const WarningCard& card) {
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + card.pad;
    const ImVec2 top = card.top, corner(card.top.x + card.width, bottom);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(top, corner, ImGui::GetColorU32(theme.colors.incorrect_fill), theme.px(6));
    draw->AddRect(top, corner, ImGui::GetColorU32(theme.colors.incorrect), theme.px(6), 0, theme.px(2));
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
    ImGui::Dummy(ImVec2(card.width, theme.px(6)));
}

void draw_outbox_panel(const Theme& theme, ManagerDashboard& view, float width) {
    const OutboxCounts& counts = view.outbox;
    const int set_aside = counts.quarantined + counts.rejected;
    if (view.sync_target.empty() && counts.waiting + counts.sent + set_aside == 0 && view.outbox_problem.empty()) return;
    ImGui::Dummy(ImVec2(0, theme.px(6)));
    ImGui::PushFont(theme.fonts.bold);
    ImGui::TextUnformatted(theme.text("lrs_outbox.heading"));
    ImGui::PopFont();
    if (!view.outbox_problem.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.incorrect);
        wrapped(view.outbox_problem, width);
        ImGui::PopStyleColor();
        return;
    }
    ImGui::TextUnformatted(format_text(theme.text("lrs_outbox.counts"), {{"waiting", std::to_string(counts.waiting)},
                                                                         {"sent", std::to_string(counts.sent)},
                                                                         {"set_aside", std::to_string(set_aside)}})
                               .c_str());
    if (!counts.stopped.empty()) {
        draw_stop_card(theme, counts, width);
    } else if (counts.waiting > 0 && !counts.last_error.empty()) {
        small_text(format_text(theme.text("lrs_outbox.last_problem"), {{"reason", counts.last_error}}), theme, width);
        if (counts.next_attempt_at != 0)
            small_text(format_text(theme.text("lrs_outbox.next_retry"), {{"time", when(counts.next_attempt_at)}}), theme,
                       width);
    }
    if (!view.set_aside.empty()) draw_set_aside(theme, view, width);
}

}  // namespace primer::ui
