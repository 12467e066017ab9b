// When the course cannot be played: say so plainly and list every problem with its
// place, as `primer validate` would. The player never crashes on broken content.
#include "views.hpp"
#include "widgets.hpp"

namespace primer::ui {

void draw_diagnostic(const Theme& theme, const Diagnostic& diagnostic) {
    const bool error = diagnostic.severity == Severity::Error;
    ImGui::PushStyleColor(ImGuiCol_Text, error ? theme.colors.incorrect : theme.colors.muted_text);
    ImGui::PushFont(theme.fonts.bold);
    ImGui::TextUnformatted(
        format_diagnostic(Diagnostic{diagnostic.where, diagnostic.severity, diagnostic.message, {}}).c_str());
    ImGui::PopFont();
    ImGui::PopStyleColor();
    if (!diagnostic.hint.empty()) small_text(format_text(theme.text("diagnostics.hint"), {{"hint", diagnostic.hint}}), theme);
}

void draw_diagnostics(const Theme& theme, const std::string& course_path, const Diagnostics& diagnostics) {
    ImGui::BeginChild("diagnostics", ImVec2(0, 0), false);
    ImGui::Dummy(ImVec2(0, theme.px(36)));
    Column column = begin_column(theme);
    ImGui::PushFont(theme.fonts.display);
    ImGui::TextUnformatted(theme.text("diagnostics.title"));
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column.width);
    ImGui::TextUnformatted(format_text(theme.text("diagnostics.intro"),
                                       {{"count", std::to_string(diagnostics.error_count())}, {"path", course_path}})
                               .c_str());
    ImGui::Dummy(ImVec2(0, theme.px(8)));
    for (const Diagnostic& d : diagnostics.all()) {
        draw_diagnostic(theme, d);
        ImGui::Dummy(ImVec2(0, theme.px(4)));
    }
    ImGui::PopTextWrapPos();
    end_column(column);
    ImGui::EndChild();
}

}  // namespace primer::ui
