// The player: which view is on show, the learner's session, and the UI's own state.
// Each frame it draws the view (build_frame), then applies what the view asked for
// (apply_requests), so the engine only ever changes between frames.
#pragma once

#include "clock.hpp"
#include "course.hpp"
#include "image_source.hpp"
#include "manager_controller.hpp"
#include "read_along.hpp"
#include "requests.hpp"
#include "session.hpp"
#include "store.hpp"
#include "theme.hpp"
#include "views.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace primer::ui {

struct PlayerSetup {
    std::string course_path;          // as the learner or author named it, for messages
    const Course* course = nullptr;   // nullptr when the course has errors
    Diagnostics diagnostics;
    Store* store = nullptr;
    const SigningKey* signer = nullptr;  // signs completion records; none when the key could not be loaded
    const Clock* clock = nullptr;
    ImageSource images;
    SoundOutput sound;                // narration; silent when left empty
    SpeechOutput speech;              // read aloud; none when left empty
    std::function<void(const std::string& url)> open_link;
    std::optional<Learner> learner;   // signs in without the dialog (--learner)
    std::optional<std::uint64_t> seed;  // a fresh start's shuffles and draws (--seed); else random per sign-in
    std::function<void(const std::vector<Event>&)> recorded;  // after a command's records are saved (LRS sync)
    ManagerAccess manager;            // the manager view's passphrase and exports; none in a preview
    std::optional<PreviewStatus> preview;  // `primer preview`: the side panel, and reloads on save
    // Rebuilds the theme (fonts, colours) for new comfort settings; called between frames.
    std::function<void(const ComfortSettings&)> restyle;
    // The player's words in each language there is (ui_strings.hpp), English among them, and
    // the one to start in before a learner has chosen (--lang).
    std::vector<UiStrings> locales;
    std::string language = "en";
    // The course in the language the learner chose, its translations laid over it (the same
    // course where it has none); the caller keeps it alive until the next call. The session
    // reopens on it where the learner was: ids are the same in every language. Optional.
    std::function<const Course*(const std::string& tag)> course_in_language;
    // The learner's certificate (learner_certificate.hpp): whether they have earned one, and
    // saving it in their documents folder in `language`, which fills in where it went or why
    // it could not be saved. Neither in a preview.
    std::function<bool(const std::string& learner_id)> certificate_earned;
    std::function<void(const std::string& learner_id, const std::string& language, CertificateOffer& offer)>
        save_certificate;
};

class PlayerApp {
public:
    // The app sets `theme`.text to the learner's language and keeps it there across restyles.
    PlayerApp(Theme& theme, PlayerSetup setup);

    void build_frame();
    void apply_requests();
    std::string window_title() const;
    // `primer preview`: the author saved and the course was loaded again. A version that
    // loads (`course`) replaces the one on show, which the caller keeps alive until this
    // returns; the learner stays on the same screen by id with their answers, which are in
    // the records. A version with errors (nullptr) leaves the last good one playing and the
    // panel lists what is wrong.
    void show_reloaded(const Course* course, Diagnostics diagnostics, const std::string& loaded_at);
    bool quit_requested() const { return m_quit; }
    // Seconds until the view on show changes by itself (an assessment's countdown); infinity when it never does.
    // Zero when requests have changed what it shows since the last frame.
    double seconds_until_redraw() const;

private:
    enum class View { Diagnostics, SignIn, Notice, Map, Screen, Break, Manager };

    void sign_in(const Learner& typed);
    void apply(const Request& request);
    Context context();
    void draw_save_problem();
    // Pauses an explainer's narration and lets the audio device go (leaving its screen or view).
    void silence_narration();
    // Whether the view on show can be read aloud (the player has a voice, and it is not the
    // diagnostics or the manager view).
    bool view_reads_aloud() const;
    // Before drawing: read aloud follows the voice and collects what the view and any panel over it draw.
    void follow_reading();
    void start_reading_what_was_drawn();  // after the view and any panel over it
    void stop_reading();
    double seconds_until_view_changes() const;  // seconds_until_redraw without read aloud
    // Applies comfort settings (restyling when the look changes) and keeps them for the learner signed in.
    void change_comfort(const ComfortSettings& settings);
    // Points the theme's words at `tag`'s catalogue (English for a language there is none of).
    // Shows `course` in place of the one on show: the learner's session reopens on it, at
    // the same screen by id (the nearest one, if it has gone).
    void show_course(const Course* course);
    void use_language(const std::string& tag);
    void check_certificate();  // after anything that may have completed the course or passed its assessment

    Theme& m_theme;
    PlayerSetup m_setup;
    View m_view = View::SignIn;
    View m_view_before_break = View::Screen;  // where "Carry on" returns to
    std::unique_ptr<Session> m_session;
    RequestQueue m_requests;
    SignInForm m_sign_in;
    std::vector<Learner> m_known_learners;  // read once: the list only changes by signing in
    ScreenState m_screen_state;
    NarrationPrefs m_narration;
    ReadAlong m_read_along;
    View m_read_view = View::SignIn;  // the view being read aloud; another one stops it
    std::unique_ptr<ManagerController> m_manager;  // none when the course has errors
    int m_focused_module = 0;
    bool m_support_open = false;
    bool m_help_open = false;
    bool m_comfort_open = false;
    int m_comfort_row = 0;          // the setting the keyboard is on in the comfort panel
    std::string m_comfort_problem;  // why the last change could not be saved
    CertificateOffer m_certificate;
    bool m_quit = false;
    bool m_quit_warned = false;  // a save is failing and the learner has been told
    bool m_redraw_owed = false;  // requests were applied since the last frame
};

}  // namespace primer::ui
