// The door to the manager view: the passphrase, or on a first visit a new one typed twice.
// Enter goes ahead, Escape goes back to sign-in, Tab moves between the two fields. Its words
// are the [manager_gate] locale table's.
#include "manager_views.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

bool passphrase_field(int index, const char* label, char* buffer, std::size_t size, ManagerGateForm& form,
                      const Theme& theme, float width) {
    return labelled_text_field(theme, index, label, buffer, size, width, form.focus_field, form.active_field,
                               ImGuiInputTextFlags_Password, true);
}

void calm_problem(const Theme& theme, const std::string& problem) {
    if (problem.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.incorrect);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(problem.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace

void draw_manager_gate(const Theme& theme, const Course& course, ManagerGateForm& form, RequestQueue& requests) {
    const float inner = begin_card(theme, "manager-gate", theme.px(560), theme.px(60), form.card_height);

    ImGui::PushFont(theme.fonts.display);
    ImGui::TextUnformatted(theme.text("manager_gate.title"));
    ImGui::PopFont();
    small_text(course.title, theme);
    ImGui::Dummy(ImVec2(0, theme.px(8)));

    const bool choosing = form.state == PassphraseState::NotSet;
    const int fields = form.state == PassphraseState::Damaged ? 0 : choosing ? 2 : 1;
    if (fields > 0 && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab)))
        form.focus_field = form.active_field < 0 ? 0 : (form.active_field + 1) % fields;
    form.active_field = -1;
    bool enter = false;
    ImGui::PushAllowKeyboardFocus(false);  // Tab is ours (above), not ImGui's as well
    if (choosing) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(theme.text("manager_gate.choose_intro"));
        ImGui::PopTextWrapPos();
        ImGui::Dummy(ImVec2(0, theme.px(4)));
        enter |= passphrase_field(0, theme.text("manager_gate.new_passphrase"), form.first, sizeof form.first, form,
                                  theme, inner);
        enter |= passphrase_field(1, theme.text("manager_gate.same_again"), form.second, sizeof form.second, form, theme,
                                  inner);
    } else if (fields == 1) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(theme.text("manager_gate.enter_intro"));
        ImGui::PopTextWrapPos();
        ImGui::Dummy(ImVec2(0, theme.px(4)));
        enter |= passphrase_field(0, theme.text("manager_gate.passphrase"), form.first, sizeof form.first, form, theme,
                                  inner);
    }
    ImGui::PopAllowKeyboardFocus();
    calm_problem(theme, form.problem);
    const bool waiting = form.wait_left > 0;
    if (waiting) {
        const long long seconds = (form.wait_left + 999) / 1000;
        small_text(format_text(theme.text(seconds == 1 ? "manager_gate.wait_one" : "manager_gate.wait_many"),
                               {{"seconds", std::to_string(seconds)}}),
                   theme, inner);
    }
    ImGui::Dummy(ImVec2(0, theme.px(4)));

    if (fields > 0) {
        const char* go = theme.text(choosing ? "manager_gate.set_and_open" : "manager_gate.open");
        if (primary_button(go, theme, !waiting, inner) || (enter && !waiting)) {
            if (form.first[0] == '\0')
                form.problem = theme.text("manager_gate.type_first");
            else {
                requests.push(ManagerRequest{choosing ? ManagerRequest::Kind::SetPassphrase : ManagerRequest::Kind::Unlock,
                                             form.first, form.second});
                form.checking = true;
            }
        }
        // Hashing takes a moment after this frame is shown; say so rather than look stuck.
        if (form.checking) small_text(theme.text("manager_gate.checking"), theme, inner);
    }
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    if (secondary_button(theme.text("manager_gate.back"), theme, true, inner) || escape)
        requests.push(ManagerRequest{ManagerRequest::Kind::Leave, "", ""});

    end_card(form.card_height);
}

}  // namespace primer::ui
