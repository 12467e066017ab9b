// The manager view's exports: a format (each CSV preset, or xAPI statements), where the
// file goes, the button, and a progress bar while a worker thread writes it. The filters
// above apply, so what is exported is what the figures show. Beside it, "Sync now" for the LRS.
#include "manager_views.hpp"
#include "widgets.hpp"

namespace primer::ui {

namespace {

std::string format_label(const std::string& format) {
    if (format == "xapi") return "xAPI";
    if (format == "iomad") return "IOMAD CSV";
    std::string name = format;
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    return name + " CSV";
}

// A worker's bar and its count while it runs (`counted`: a locale key with {done} and {total}),
// then the sentence it ended with.
void draw_progress(const Theme& theme, const ExportProgress& progress, const char* counted, float width) {
    if (progress.running || progress.finished) {
        const float fraction = progress.total > 0 ? static_cast<float>(progress.done) / static_cast<float>(progress.total)
                                                  : (progress.finished ? 1.0f : 0.0f);
        // The count is written beside the bar, not on it: no text over the bar's two colours.
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, theme.colors.primary);
        ImGui::ProgressBar(progress.finished ? 1.0f : fraction, ImVec2(width, theme.px(10)), "");
        ImGui::PopStyleColor();
        if (progress.running)
            small_text(format_text(theme.text(counted), {{"done", std::to_string(progress.done)},
                                                         {"total", std::to_string(progress.total)}}),
                       theme, width);
    }
    if (progress.finished) {
        ImGui::PushStyleColor(ImGuiCol_Text, progress.succeeded ? theme.colors.correct : theme.colors.incorrect);
        ImGui::TextUnformatted(progress.message.c_str());
        ImGui::PopStyleColor();
    }
}

// "Sync now", beside Export when lrs.toml sets up an LRS: it sends the whole outbox (the
// filters are for exports; an LRS should hold every statement).
void draw_sync_button(const Theme& theme, ManagerDashboard& view, RequestQueue& requests) {
    if (view.sync_target.empty()) return;
    const bool running = view.syncing.running;
    const bool focused = view.focus == ManagerStop::Sync;
    ImGui::SameLine();
    const std::string label = format_text(theme.text("manager_export.sync_now"), {{"host", view.sync_target}});
    if ((secondary_button(label.c_str(), theme, !running) || (focused && pressed(ImGuiKey_Enter))) && !running)
        requests.push(ManagerRequest{ManagerRequest::Kind::Sync, "", ""});
    if (focused) focus_ring(theme);
    reveal_focus(view, ManagerStop::Sync);
}

}  // namespace

std::vector<std::string> export_formats() {
    std::vector<std::string> formats;
    for (const CsvPreset& preset : csv_presets()) formats.emplace_back(preset.name);
    formats.emplace_back("xapi");
    return formats;
}

void draw_export_panel(const Theme& theme, ManagerDashboard& view, RequestQueue& requests, float width) {
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::PushFont(theme.fonts.bold);
    ImGui::TextUnformatted(theme.text("manager_export.format"));
    ImGui::PopFont();
    const std::vector<std::string> formats = export_formats();
    std::vector<std::string> labels;
    for (const std::string& format : formats) labels.push_back(format_label(format));
    const ExportProgress& progress = view.exporting;
    choice_row(theme, "format", labels, view.format, view.focus == ManagerStop::Format && !progress.running);
    reveal_focus(view, ManagerStop::Format);
    const std::string format = formats[static_cast<std::size_t>(view.format)];
    // Each format's description is "manager_export.preset_" and its name (a Catch2 test checks every one is there).
    small_text(theme.text("manager_export.preset_" + format), theme, width);

    const std::string hint = format_text(theme.text("manager_export.new_file_in"), {{"folder", view.exports_folder}});
    bool enter = manager_field(theme, view, ManagerStop::Path, theme.text("manager_export.save_to"), hint.c_str(),
                               view.path, sizeof view.path, width);

    const long long learners = view.report.learners;
    const char* button_key = learners == 1 ? "manager_export.export_one" : "manager_export.export_many";
    const std::string button = format_text(theme.text(button_key), {{"count", std::to_string(learners)}});
    const bool focused = view.focus == ManagerStop::Export;
    if ((primary_button(button.c_str(), theme, !progress.running) || enter || (focused && pressed(ImGuiKey_Enter))) &&
        !progress.running)
        requests.push(ManagerRequest{ManagerRequest::Kind::Export, "", ""});
    if (focused) focus_ring(theme);
    reveal_focus(view, ManagerStop::Export);
    draw_sync_button(theme, view, requests);
    draw_progress(theme, progress, "manager_export.learners_written", width);
    draw_progress(theme, view.syncing, "manager_export.statements_sent", width);
    draw_outbox_panel(theme, view, width);
    small_text(theme.text("manager_export.filters_apply"), theme, width);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

}  // namespace primer::ui
