#include "player_app.hpp"

#include "widgets.hpp"

namespace primer::ui {

namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace

PlayerApp::PlayerApp(const Theme& theme, PlayerSetup setup) : m_theme(theme), m_setup(std::move(setup)) {
    if (!m_setup.course)
        m_view = View::Diagnostics;
    else if (m_setup.learner)
        sign_in(*m_setup.learner);
    else
        m_known_learners = m_setup.store->learners();
}

std::string PlayerApp::window_title() const {
    return m_setup.course ? "Primer - " + m_setup.course->title : "Primer";
}

Context PlayerApp::context() {
    return Context{m_theme,         *m_setup.course, m_session->progress(), m_session->learner(),
                   m_setup.images, m_requests,      m_setup.clock->now()};
}

void PlayerApp::build_frame() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("##primer", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    block_shortcuts(m_support_open);
    if (pressed_with_ctrl('Q')) m_requests.push(Quit{});

    if (m_session && m_session->progress().current != m_screen_state.screen)
        m_screen_state = ScreenState{m_session->progress().current, "", false, m_setup.clock->now()};

    switch (m_view) {
    case View::Diagnostics: draw_diagnostics(m_theme, m_setup.course_path, m_setup.diagnostics); break;
    case View::SignIn:
        draw_sign_in(m_theme, *m_setup.course, m_known_learners, m_sign_in, m_requests);
        break;
    case View::Notice: draw_notice(context()); break;
    case View::Map: draw_course_map(context(), m_focused_module); break;
    case View::Screen: draw_screen(context(), m_screen_state); break;
    }
    if (m_session && !m_session->save_error().empty()) {
        ImGui::SetCursorPos(ImVec2(m_theme.px(24), ImGui::GetWindowHeight() - m_theme.px(110)));
        ImGui::PushStyleColor(ImGuiCol_Text, m_theme.colors.incorrect);
        ImGui::TextWrapped("Your progress could not be saved (%s). Primer keeps it and will try again.",
                           m_session->save_error().c_str());
        ImGui::PopStyleColor();
    }
    if (m_support_open && m_setup.course) draw_support_panel(m_theme, *m_setup.course, m_requests);
    ImGui::End();
}

void PlayerApp::apply_requests() {
    for (const Request& request : m_requests.take()) apply(request);
}

void PlayerApp::apply(const Request& request) {
    std::visit(Overloaded{
                   [&](const Command& command) {
                       if (!m_session) return;
                       if (m_session->submit(command).accepted()) m_view = View::Screen;
                   },
                   [&](const SignInAs& sign) { sign_in(sign.learner); },
                   [&](const ShowMap&) { m_view = View::Map; },
                   [&](const AcceptNotice&) {
                       m_session->submit(Start{});
                       m_view = View::Screen;
                   },
                   [&](const ToggleSupport&) { m_support_open = !m_support_open; },
                   [&](const Quit&) { m_quit = true; },
                   [&](const OpenLink& link) {
                       if (m_setup.open_link) m_setup.open_link(link.url);
                   },
               },
               request);
}

void PlayerApp::sign_in(Learner learner) {
    if (auto known = m_setup.store->find_learner(learner.id)) {
        learner = *known;  // the staff id identifies the learner; keep their saved details
    } else {
        learner.created_at = m_setup.clock->now();
        m_setup.store->save_learner(learner);
    }
    m_session = std::make_unique<Session>(*m_setup.course, *m_setup.store, learner, *m_setup.clock);
    bool returning = !m_session->progress().visited.empty();
    if (!returning && m_setup.course->content_notice) {
        m_view = View::Notice;
        return;
    }
    m_session->submit(Start{});
    m_view = View::Screen;
}

}  // namespace primer::ui
