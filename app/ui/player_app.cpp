#include "player_app.hpp"

#include "runtime.hpp"
#include "sign_in.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <limits>
#include <random>

namespace primer::ui {

namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace

PlayerApp::PlayerApp(Theme& theme, PlayerSetup setup) : m_theme(theme), m_setup(std::move(setup)) {
    m_theme.comfort.language = m_setup.language;
    use_language(m_setup.language);
    if (!m_setup.course)
        m_view = View::Diagnostics;
    else if (m_setup.learner)
        sign_in(*m_setup.learner);
    else
        m_known_learners = m_setup.store->learners();
    if (m_setup.course && !m_setup.preview)
        m_manager = std::make_unique<ManagerController>(theme, *m_setup.course, *m_setup.store, *m_setup.clock,
                                                        std::move(m_setup.manager));
}

std::string PlayerApp::window_title() const {
    return m_setup.course ? "Primer - " + m_setup.course->title : "Primer";
}

Context PlayerApp::context() {
    return Context{m_theme,         *m_setup.course, m_session->progress(), m_session->learner(),
                   m_setup.images, m_requests,      m_setup.clock->now(),   m_setup.sound,
                   m_narration,     m_certificate};
}

void PlayerApp::build_frame() {
    m_redraw_owed = false;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    // A preview keeps a third of the window, at most, for its panel on the right.
    const float panel_width = m_setup.preview ? std::min(m_theme.px(400), viewport->WorkSize.x / 3) : 0.0f;
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x - panel_width, viewport->WorkSize.y));
    ImGui::Begin("##primer", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    block_shortcuts(m_support_open || m_help_open || m_comfort_open);
    if (pressed_with_ctrl('Q')) m_requests.push(Quit{});
    // Support and the keyboard help are one key away in the course; the sign-in form has a
    // button instead, because someone typing their name before clicking a field would open it by accident.
    if (m_setup.course && m_view != View::SignIn && m_view != View::Manager) {
        if (typed('s')) m_requests.push(ToggleSupport{});
        if (typed('h') || typed('?')) m_requests.push(ToggleHelp{});
        if (typed('o')) m_requests.push(ToggleComfort{});
    }

    // Narration belongs to its screen: moving on or back, or to the map, silences it. Reading
    // aloud belongs to the view it started on, and stops when another takes its place.
    if (m_view != View::Screen) silence_narration();
    if (m_read_along.reading() && m_view != m_read_view) stop_reading();
    if (m_session && m_session->progress().current != m_screen_state.screen) {
        silence_narration();
        stop_reading();
        m_screen_state = ScreenState{};
        m_screen_state.screen = m_session->progress().current;
        m_screen_state.entered_at = m_setup.clock->now();
    }

    follow_reading();  // the view, and any panel over it, take part in reading aloud
    switch (m_view) {
    case View::Diagnostics: draw_diagnostics(m_theme, m_setup.course_path, m_setup.diagnostics); break;
    case View::SignIn:
        draw_sign_in(m_theme, *m_setup.course, m_known_learners, m_sign_in, m_requests);
        break;
    case View::Notice: draw_notice(context()); break;
    case View::Map: draw_course_map(context(), m_focused_module); break;
    case View::Screen: draw_screen(context(), m_screen_state); break;
    case View::Break: draw_break(context()); break;
    case View::Manager: m_manager->draw(m_requests); break;
    }
    if (m_session && !m_session->save_error().empty()) draw_save_problem();
    if (m_support_open && m_setup.course) draw_support_panel(m_theme, *m_setup.course, m_requests);
    if (m_help_open) draw_help_panel(m_theme, m_requests);
    if (m_comfort_open)
        draw_comfort_panel(m_theme, m_setup.locales, m_comfort_row, m_comfort_problem, m_requests);
    start_reading_what_was_drawn();
    ImGui::End();
    if (m_setup.preview) draw_preview_panel(m_theme, m_setup.course, *m_setup.preview, m_requests, panel_width);
}

void PlayerApp::show_reloaded(const Course* course, Diagnostics diagnostics, const std::string& loaded_at) {
    PreviewStatus& status = *m_setup.preview;
    status.last_save_failed = !course;
    status.diagnostics = std::move(diagnostics);
    m_redraw_owed = true;
    if (!course) {
        if (!m_setup.course) m_setup.diagnostics = status.diagnostics;
        return;
    }
    ++status.reloads;
    status.loaded_at = loaded_at;
    show_course(course);
}

void PlayerApp::show_course(const Course* course) {
    silence_narration();
    stop_reading();  // the sentences it was reading may have changed
    m_screen_state = ScreenState{};
    const bool first_to_load = !m_setup.course;
    m_setup.course = course;
    if (first_to_load) {
        if (m_setup.learner) {
            sign_in(*m_setup.learner);
        } else {
            m_known_learners = m_setup.store->learners();
            m_view = View::SignIn;
        }
        return;
    }
    if (!m_session) return;
    const Learner learner = m_session->learner();
    m_session.reset();  // its sitting ends, and it lets go of the old version
    std::string error;
    m_session = Session::open(*course, *m_setup.store, learner, *m_setup.clock,
                              m_setup.seed.value_or(std::random_device{}()), m_setup.signer, error);
    if (!m_session) {
        m_sign_in.problem = error;
        m_known_learners = m_setup.store->learners();
        m_view = View::SignIn;
        return;
    }
    // Back onto the saved screen, or the nearest one if the save removed it.
    if (m_view == View::Screen || m_view == View::Break) {
        m_session->submit(Start{});
        m_view = View::Screen;
    }
}

double PlayerApp::seconds_until_redraw() const {
    if (m_read_along.start_requested()) return 0.0;
    const double view = seconds_until_view_changes();
    if (!m_read_along.reading()) return view;
    // While reading, a frame when the sentence changes, and often while the first is made.
    const SpeechStatus& speech = m_read_along.status();
    return std::min(view, speech.sentence < 0 ? 0.02 : speech.seconds_left + 0.01);
}

double PlayerApp::seconds_until_view_changes() const {
    constexpr double kNever = std::numeric_limits<double>::infinity();
    if (m_redraw_owed) return 0.0;
    if (m_view == View::Manager) return m_manager->seconds_until_redraw();
    if (m_view != View::Screen || !m_session) return kNever;
    const Progress& progress = m_session->progress();
    if (const Screen* screen = current_screen(*m_setup.course, progress); screen && screen->explainer)
        return explainer_seconds_until_change(*screen, m_screen_state);
    const AssessmentAttempt* attempt = open_attempt(attempts_at(progress, progress.current));
    if (!attempt || attempt->time_allowed <= 0) return kNever;
    // Just after the countdown's next whole second, so each frame shows a new one.
    Millis left = time_left(*attempt, m_setup.clock->now());
    return static_cast<double>(left % 1000 + 20) / 1000.0;
}

void PlayerApp::silence_narration() {
    m_screen_state.narration.pause(ImGui::GetTime());
    if (m_screen_state.narration_heard && m_setup.sound.stop) m_setup.sound.stop();
    m_screen_state.narration_heard = false;
}

bool PlayerApp::view_reads_aloud() const {
    // The diagnostics are for authors, and the manager view reads its records on a screen of its own.
    return m_setup.speech.start && m_view != View::Diagnostics && m_view != View::Manager;
}

void PlayerApp::follow_reading() {
    if (m_read_along.reading()) {
        m_read_along.follow(m_setup.speech.poll());
        if (!m_read_along.status().reading) stop_reading();  // read to the end
    }
    m_read_along.begin_frame();
    set_active_read_along(view_reads_aloud() ? &m_read_along : nullptr);
}

void PlayerApp::start_reading_what_was_drawn() {
    if (!active_read_along()) return;
    set_active_read_along(nullptr);
    // Reading starts from what this frame drew, in the order it drew it (a panel alone, when one is open).
    if (m_read_along.start_requested()) {
        std::vector<std::string> sentences = m_read_along.take_start();
        m_read_view = m_view;
        // At the learner's pace and narration volume (comfort settings), in the language of
        // what is mostly read: the course's words on its views (English in a Welsh session
        // when the course has no Welsh), the player's own in panels, sign-in and the break.
        const bool course_words = !m_read_along.reading_panel() && m_setup.course &&
                                  (m_view == View::Screen || m_view == View::Notice || m_view == View::Map);
        const std::string& language = course_words ? m_setup.course->language : m_theme.comfort.language;
        if (!sentences.empty())
            m_setup.speech.start(std::move(sentences), language, m_theme.comfort.reading_speed / 100.0,
                                 static_cast<float>(m_theme.comfort.narration_volume) / 100.0f);
    }
}

void PlayerApp::stop_reading() {
    if (m_read_along.reading() && m_setup.speech.stop) m_setup.speech.stop();
    m_read_along.stop();
}

void PlayerApp::draw_save_problem() {
    std::string text = format_text(m_theme.text("player.not_saved"), {{"reason", m_session->save_error()}});
    text += " ";
    text += m_theme.text(m_quit_warned ? "player.not_saved_quit_again" : "player.not_saved_will_retry");
    ImGui::SetCursorPos(ImVec2(m_theme.px(24), ImGui::GetWindowHeight() - m_theme.px(150)));
    ImGui::PushStyleColor(ImGuiCol_Text, m_theme.colors.incorrect);
    ImGui::PushTextWrapPos(ImGui::GetWindowWidth() - m_theme.px(24));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void PlayerApp::apply_requests() {
    std::vector<Request> requests = m_requests.take();
    // A request made by a frame no input caused (the countdown's) must still be seen.
    m_redraw_owed |= !requests.empty();
    for (const Request& request : requests) apply(request);
    if (!requests.empty()) check_certificate();
    // The explainer's own volume and speed controls (- and +, < and >, the bar, the speed
    // button) are the comfort settings too; kept once a drag on the bar has ended rather than
    // at every step of it.
    ComfortSettings heard = m_theme.comfort;
    heard.narration_volume = static_cast<int>(m_narration.volume * 100 + 0.5f);
    heard.narration_speed = m_narration.speed;
    if (clamped(heard) != m_theme.comfort && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) change_comfort(heard);
}

void PlayerApp::change_comfort(const ComfortSettings& settings) {
    const ComfortSettings wanted = clamped(settings);
    m_narration.volume = static_cast<float>(wanted.narration_volume) / 100.0f;
    m_narration.speed = wanted.narration_speed;  // the explainer follows it at its next frame
    if (m_setup.sound.set_volume && m_screen_state.narration_heard) m_setup.sound.set_volume(m_narration.volume);
    const std::string language_before = m_theme.comfort.language;
    // Its sentences are in the old language, and started again it reads in the new voice.
    if (wanted.language != language_before) stop_reading();
    // The language changes words, not the look: no new fonts for it alone.
    ComfortSettings look = wanted;
    look.language = language_before;
    if (look != m_theme.comfort && m_setup.restyle) m_setup.restyle(wanted);
    m_theme.comfort.language = wanted.language;
    use_language(wanted.language);  // a restyle makes the theme anew
    m_redraw_owed = true;
    m_comfort_problem.clear();
    // Before sign-in they are nobody's yet: signing in keeps them for a learner who has none.
    if (m_session && !m_setup.store->save_comfort_settings(m_session->learner().id, wanted, m_setup.clock->now()))
        m_comfort_problem = m_setup.store->last_error() + " " + m_theme.text("comfort.not_saved");
    if (wanted.language != language_before && m_setup.course_in_language && m_setup.course) {
        const Course* translated = m_setup.course_in_language(wanted.language);
        if (translated && translated != m_setup.course) show_course(translated);
    }
}

void PlayerApp::use_language(const std::string& tag) {
    auto find = [&](std::string_view wanted) -> const UiStrings* {
        auto it = std::find_if(m_setup.locales.begin(), m_setup.locales.end(),
                               [&](const UiStrings& strings) { return strings.tag == wanted; });
        return it == m_setup.locales.end() ? nullptr : &*it;
    };
    m_theme.text = UiText(find(tag), find(kFallbackLanguage));
}

void PlayerApp::apply(const Request& request) {
    std::visit(Overloaded{
                   [&](const Command& command) {
                       if (!m_session) return;
                       const Outcome outcome = m_session->submit(command);
                       if (!outcome.accepted()) return;
                       m_view = View::Screen;
                       if (m_setup.recorded) m_setup.recorded(outcome.events);
                   },
                   [&](const SignInAs& sign) { sign_in(sign.learner); },
                   [&](const ShowMap&) { m_view = View::Map; },
                   [&](const AcceptNotice&) {
                       m_session->submit(Start{});
                       m_view = View::Screen;
                   },
                   [&](const ToggleSupport&) {
                       stop_reading();  // the panel, or the view it covered, is read on its own
                       m_support_open = !m_support_open;
                   },
                   [&](const ToggleHelp&) {
                       stop_reading();  // as for support
                       m_help_open = !m_help_open;
                   },
                   [&](const ToggleComfort&) {
                       stop_reading();  // as for support
                       m_comfort_open = !m_comfort_open;
                   },
                   [&](const ChangeComfort& change) { change_comfort(change.settings); },
                   [&](const ChangeLanguage& change) {
                       ComfortSettings settings = m_theme.comfort;
                       settings.language = change.tag;
                       change_comfort(settings);
                   },
                   [&](const TakeBreak&) {
                       if (!m_session || m_view == View::Break) return;
                       silence_narration();
                       m_session->take_break();
                       m_view_before_break = m_view;
                       m_view = View::Break;
                   },
                   [&](const EndBreak&) {
                       if (!m_session) return;
                       m_session->end_break();
                       m_view = m_view_before_break;
                   },
                   [&](const Quit&) {
                       // Quitting with unsaved steps needs a second Ctrl+Q: first, one more try.
                       bool saved = !m_session || m_session->retry_save();
                       m_quit = saved || m_quit_warned;
                       m_quit_warned = !saved;
                   },
                   [&](const ManagerRequest& manager) {
                       // Only from sign-in: a learner's session is never left open behind it.
                       if (!m_manager || (m_view != View::SignIn && m_view != View::Manager)) return;
                       m_view = m_manager->apply(manager) ? View::Manager : View::SignIn;
                       if (m_view == View::SignIn) m_known_learners = m_setup.store->learners();
                   },
                   [&](const ToggleReadAloud&) {
                       if (m_read_along.reading() || m_read_along.start_requested())
                           stop_reading();
                       else if (view_reads_aloud())
                           m_read_along.request_start();
                   },
                   [&](const OpenLink& link) {
                       if (m_setup.open_link) m_setup.open_link(link.url);
                   },
                   [&](const SaveCertificate&) {
                       if (m_session && m_certificate.earned && m_setup.save_certificate)
                           m_setup.save_certificate(m_session->learner().id, m_theme.comfort.language, m_certificate);
                   },
               },
               request);
}

void PlayerApp::sign_in(const Learner& typed) {
    SignInResult signed_in = primer::sign_in(*m_setup.store, typed, m_setup.clock->now());
    std::string error = signed_in.problem;
    if (signed_in.learner)
        m_session = Session::open(*m_setup.course, *m_setup.store, *signed_in.learner, *m_setup.clock,
                                  m_setup.seed.value_or(std::random_device{}()), m_setup.signer, error);
    if (!m_session) {
        m_sign_in.problem = error;  // stay on sign-in and say why; nothing was written
        m_known_learners = m_setup.store->learners();
        m_view = View::SignIn;
        return;
    }
    // The learner's own settings; a learner with none keeps what was chosen at sign-in.
    if (const std::optional<ComfortSettings> saved = m_setup.store->comfort_settings(m_session->learner().id))
        change_comfort(*saved);
    else if (m_setup.store->last_error().empty())
        change_comfort(m_theme.comfort);
    else
        m_comfort_problem = m_setup.store->last_error();
    if (!m_session) return;  // reopening it in the learner's language failed, and said why
    m_certificate = {};  // a new learner has saved nothing yet
    check_certificate();
    bool returning = !m_session->progress().visited.empty();
    if (!returning && m_setup.course->content_notice) {
        m_view = View::Notice;
        return;
    }
    m_session->submit(Start{});
    m_view = View::Screen;
}

void PlayerApp::check_certificate() {
    m_certificate.earned = m_session && m_setup.certificate_earned && m_setup.certificate_earned(m_session->learner().id);
}

}  // namespace primer::ui
