// `primer preview`'s side panel: what the author's last save did (loaded, or kept the last
// good version because of errors) and every diagnostic with a jump to the screen it is on.
#include "views.hpp"
#include "widgets.hpp"

namespace primer::ui {

namespace {

void draw_status(const Theme& theme, const PreviewStatus& status) {
    if (status.last_save_failed) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.incorrect);
        ImGui::TextWrapped("%s", format_text(theme.text("preview.save_failed"),
                                             {{"count", std::to_string(status.diagnostics.error_count())}})
                                     .c_str());
        ImGui::PopStyleColor();
    } else if (status.reloads > 0) {
        ImGui::TextWrapped("%s", format_text(theme.text(status.reloads == 1 ? "preview.reloaded_once" : "preview.reloaded"),
                                             {{"count", std::to_string(status.reloads)}, {"time", status.loaded_at}})
                                     .c_str());
    } else {
        ImGui::TextWrapped("%s", format_text(theme.text("preview.watching"), {{"folder", status.folder}}).c_str());
    }
}

void draw_contents(const Theme& theme, const Course* course, const PreviewStatus& status, RequestQueue& requests) {
    ImGui::PushFont(theme.fonts.bold);
    ImGui::TextUnformatted(theme.text("preview.title"));
    ImGui::PopFont();
    draw_status(theme, status);
    ImGui::Separator();
    if (status.diagnostics.all().empty()) {
        ImGui::TextWrapped("%s", theme.text("preview.no_problems"));
        return;
    }
    ImGui::TextUnformatted(format_text(theme.text("preview.counts"), {{"errors", std::to_string(status.diagnostics.error_count())},
                                                                  {"warnings", std::to_string(status.diagnostics.warning_count())}})
                               .c_str());
    ImGui::BeginChild("problems", ImVec2(0, 0), false);
    ImGui::PushTextWrapPos(0.0f);
    int index = 0;
    for (const Diagnostic& d : status.diagnostics.all()) {
        ImGui::PushID(index++);
        // Paths inside the previewed folder are shown from it, as the author's editor shows them.
        Diagnostic shown = d;
        if (shown.where.file.rfind(status.folder + "/", 0) == 0) shown.where.file.erase(0, status.folder.size() + 1);
        draw_diagnostic(theme, shown);
        // The jump goes by the version on show, which is the one the line numbers were
        // last right for when this save failed.
        if (course)
            if (std::optional<ScreenRef> screen = course->screen_at(d.where))
                if (secondary_button(format_text(theme.text("preview.go_to"), {{"screen", screen->qualified()}}).c_str(), theme))
                    requests.push(Command{GoTo{screen->qualified(), true}});
        ImGui::Dummy(ImVec2(0, theme.px(6)));
        ImGui::PopID();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

}  // namespace

void draw_preview_panel(const Theme& theme, const Course* course, const PreviewStatus& status,
                        RequestQueue& requests, float width) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x - width, viewport->WorkPos.y));
    ImGui::SetNextWindowSize(ImVec2(width, viewport->WorkSize.y));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme.colors.surface);
    ImGui::PushStyleColor(ImGuiCol_Border, theme.colors.border);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme.px(16), theme.px(16)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    ImGui::Begin("##preview", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    draw_contents(theme, course, status, requests);
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}

}  // namespace primer::ui
