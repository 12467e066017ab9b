// First run and every start: who is learning? Known learners continue with one click;
// a new learner gives a name and staff id (organisation optional). Its Read aloud button
// reads the form aloud (not the A key, which is a letter of someone's name here).
#include "read_along.hpp"
#include "views.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

constexpr int kFieldCount = 3;

bool labelled_field(int index, const char* label, char* buffer, size_t size, SignInForm& form, const Theme& theme,
                    float width) {
    return labelled_text_field(theme, index, label, buffer, size, width, form.focus_field, form.active_field);
}

// Debian's ImGui 1.86 moves between text fields with Tab only in its own keyboard-nav
// mode, which the player leaves off, so the form does it.
void handle_tab(SignInForm& form) {
    if (!ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab))) return;
    int step = ImGui::GetIO().KeyShift ? kFieldCount - 1 : 1;
    form.focus_field = form.active_field < 0 ? 0 : (form.active_field + step) % kFieldCount;
}

void submit(const Theme& theme, SignInForm& form, RequestQueue& requests) {
    Learner learner{trimmed(form.staff_id), trimmed(form.name), trimmed(form.organisation), 0};
    if (learner.name.empty() || learner.id.empty()) {
        form.problem = theme.text("sign_in.name_and_id_needed");
        return;
    }
    form.problem.clear();
    requests.push(SignInAs{learner});
}

// Up and down choose a learner and Enter continues, unless the learner is typing in a field.
void known_learners(const Theme& theme, const std::vector<Learner>& known, SignInForm& form, RequestQueue& requests,
                    float width) {
    const int shown = static_cast<int>(std::min<size_t>(known.size(), 5));
    if (pressed(ImGuiKey_DownArrow)) form.focused_learner = std::min(form.focused_learner + 1, shown - 1);
    if (pressed(ImGuiKey_UpArrow)) form.focused_learner = std::max(form.focused_learner - 1, 0);
    bool enter = pressed(ImGuiKey_Enter);
    ImGui::PushFont(theme.fonts.bold);
    read_along_text(theme.text("sign_in.continue_as"), width, theme);
    ImGui::PopFont();
    for (int i = 0; i < shown; ++i) {
        const Learner& learner = known[static_cast<size_t>(i)];
        std::string label = format_text(theme.text("sign_in.known_learner"), {{"name", learner.name}, {"staff_id", learner.id}}) +
                            "##known" + std::to_string(i);
        bool focused = i == form.focused_learner;
        if (secondary_button(label.c_str(), theme, true, width) || (focused && enter)) requests.push(SignInAs{learner});
        if (focused) focus_ring(theme);
    }
    ImGui::Dummy(ImVec2(0, theme.px(8)));
}

}  // namespace

void draw_sign_in(const Theme& theme, const Course& course, const std::vector<Learner>& known, SignInForm& form,
                  RequestQueue& requests) {
    const ImVec2 window = ImGui::GetContentRegionAvail();
    const float card_width = std::min(theme.px(620), window.x - theme.px(48));
    // Read aloud is a button here, not A: a name typed before its field is clicked would start
    // reading (as S and O would open panels). In the window's top corner, in sight before the
    // form, or first in the card when the window is too narrow beside it.
    const float read_width = button_width(read_aloud_label(theme, false).c_str(), theme);
    const bool read_in_corner = (window.x - card_width) * 0.5f >= read_width + theme.px(32);
    const float inner = begin_card(theme, "sign-in", theme.px(620), theme.px(40), form.card_height);
    if (!read_in_corner && read_aloud_button(theme, false, inner)) requests.push(ToggleReadAloud{});

    if (theme.brand.logo || !theme.brand.organisation.empty()) {
        const float side = theme.px(56);
        if (theme.brand.logo) {
            ImGui::Image(theme.brand.logo, ImVec2(side * theme.brand.logo_aspect, side));
            ImGui::SameLine(0, theme.px(14));
        }
        ImGui::PushFont(theme.fonts.bold);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (side - ImGui::GetTextLineHeight()) * 0.5f);
        read_along_text(theme.brand.organisation, ImGui::GetContentRegionAvail().x, theme);
        ImGui::PopFont();
    }
    ImGui::PushFont(theme.fonts.display);
    read_along_text(theme.text("sign_in.welcome"), inner, theme);
    ImGui::PopFont();
    read_along_text(course.title, inner, theme);
    if (course.estimated_minutes > 0)
        small_text(format_text(theme.text("sign_in.course_length"), {{"minutes", std::to_string(course.estimated_minutes)}}),
                   theme);
    ImGui::Dummy(ImVec2(0, theme.px(8)));

    if (!known.empty()) known_learners(theme, known, form, requests, inner);

    ImGui::PushFont(theme.fonts.heading);
    read_along_text(theme.text(known.empty() ? "sign_in.sign_in" : "sign_in.someone_new"), inner, theme);
    ImGui::PopFont();
    if (ImGui::IsWindowAppearing() && known.empty()) form.focus_field = 0;
    handle_tab(form);
    form.active_field = -1;
    bool enter = labelled_field(0, theme.text("sign_in.your_name"), form.name, sizeof form.name, form, theme, inner);
    enter |= labelled_field(1, theme.text("sign_in.staff_id"), form.staff_id, sizeof form.staff_id, form, theme, inner);
    enter |= labelled_field(2, theme.text("sign_in.organisation"), form.organisation, sizeof form.organisation, form, theme,
                            inner);
    small_text(theme.text("sign_in.records_stay_here"), theme);
    if (!form.problem.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.incorrect);
        read_along_text(form.problem, inner, theme);
        ImGui::PopStyleColor();
    }
    ImGui::Dummy(ImVec2(0, theme.px(4)));
    if (primary_button(theme.text("sign_in.continue"), theme, true, inner) || enter) submit(theme, form, requests);
    if (!course.support.empty() && secondary_button(theme.text("sign_in.support_contacts"), theme, true, inner))
        requests.push(ToggleSupport{});
    if (secondary_button(theme.text("sign_in.comfort_settings"), theme, true, inner)) requests.push(ToggleComfort{});
    // For whoever manages the records on this computer, behind its own passphrase: in the
    // window's corner, always in sight, unless the window is too narrow beside the card.
    const std::string manager_label = std::string(theme.text("sign_in.manager_view")) + " (Ctrl+M)";
    const char* manager = manager_label.c_str();
    const float manager_width = button_width(manager, theme);
    const bool in_corner = (window.x - card_width) * 0.5f >= manager_width + theme.px(32);
    if ((!in_corner && secondary_button(manager, theme, true, inner)) || pressed_with_ctrl('M'))
        requests.push(ManagerRequest{ManagerRequest::Kind::Open, "", ""});

    end_card(form.card_height);
    if (read_in_corner) {
        ImGui::SetCursorPos(ImVec2(window.x - read_width - theme.px(16), theme.px(16)));
        if (read_aloud_button(theme, false)) requests.push(ToggleReadAloud{});
    }
    if (in_corner) {
        ImGui::SetCursorPos(ImVec2(window.x - manager_width - theme.px(16),
                                   window.y - ImGui::GetFrameHeight() - theme.px(16)));
        if (secondary_button(manager, theme)) requests.push(ManagerRequest{ManagerRequest::Kind::Open, "", ""});
    }
}

}  // namespace primer::ui
