// Every view the player can show, one per file, each a free function over the state it
// reads. Views draw and push requests; they never change engine state themselves.
#pragma once

#include "course.hpp"
#include "diagnostics.hpp"
#include "image_source.hpp"
#include "narration_clock.hpp"
#include "progress.hpp"
#include "requests.hpp"
#include "sound_output.hpp"
#include "store.hpp"
#include "theme.hpp"

#include <string>
#include <vector>

namespace primer::ui {

// The learner's certificate of completion, once the course is completed and passed.
struct CertificateOffer {
    bool earned = false;    // the same test as `primer certificate` (why_no_certificate)
    std::string saved_as;   // the file name it was last saved as, and the folder it is in
    std::string folder;
    std::string open_url;   // file:// URL of the saved file, for "Open it" (OpenLink)
    std::string problem;    // one sentence when saving failed
};

// What every in-course view reads.
struct Context {
    const Theme& theme;
    const Course& course;
    const Progress& progress;
    const Learner& learner;
    const ImageSource& images;
    RequestQueue& requests;
    Millis now;
    const SoundOutput& sound;
    NarrationPrefs& narration;
    const CertificateOffer& certificate;
};

// What an assessment screen shows besides the engine's state (assessment_*.cpp).
struct AssessmentViewState {
    std::string question;         // id of the attempt's question on view; its draft is ScreenState's
    bool confirming_submit = false;
    bool submit_sent = false;     // the time ran out and the attempt was handed in
    bool retaking = false;        // Retake chosen: the intro is on view again
    bool reviewing = false;
    int review_at = 0;            // the reviewed question the keyboard is on
    int review_jump = -1;         // a question to scroll to on this frame
    std::vector<float> review_tops;  // where each reviewed question starts, from the last frame
};

// The UI's own state for the screen on view: the response being built before it is
// checked. Deliberately not saved: an unchecked response is "the answer being given".
struct ScreenState {
    std::string screen;     // qualified id this state belongs to
    Response draft;         // the response being built, in grading.hpp's token form
    std::vector<std::string> typed;  // text typed per field (fill-in blanks, reflection)
    int focus = 0;          // the part of the task the keyboard is on (item, region, blank)
    int picked = -1;        // the item picked up with the keyboard, waiting to be placed
    bool restored = false;  // the latest checked response has been put back into the draft
    bool show_source = false;
    Millis entered_at = 0;  // for the answer's duration
    int feedback_seen = 0;  // attempts whose feedback has been scrolled into view
    int steps_seen = -1;    // conversation steps whose reply feedback has been read; -1 before the first frame
    int scrolled_for = -1;  // the conversation transcript length last scrolled into view
    bool keeps_enter = false;  // the body uses Enter this frame, so the nav bar leaves it alone
    AssessmentViewState assessment;
    NarrationClock narration;    // an explainer's place in its narration
    bool narration_heard = false;  // the narration is playing through the sound output, not silently
    bool narration_silent = false; // the last try to play it could not be heard
    bool submit = false;    // an input asks to check the response now (Enter in a text field)
    bool note_read = false; // the screen's content note has been answered with "continue"
};

struct SignInForm {
    char name[128] = "";
    char staff_id[64] = "";
    char organisation[128] = "";
    std::string problem;  // why the last attempt to continue was refused
    int focused_learner = 0;  // which "Continue as" button Enter picks
    int active_field = -1;    // the text field being typed in, for Tab and Shift+Tab
    int focus_field = -1;     // the field to focus on the next frame
    float card_height = 0;  // measured on the previous frame, so the card hugs its content
};

// `primer preview`: what the author's saves did, shown beside the course.
struct PreviewStatus {
    std::string folder;          // the folder being watched, as the author named it
    int reloads = 0;             // saves that loaded and replaced the course on show
    std::string loaded_at;       // local time of the last of those, HH:MM:SS
    bool last_save_failed = false;  // the latest save has errors; the last good version plays on
    Diagnostics diagnostics;     // of the latest save, errors and warnings
};

void draw_sign_in(const Theme& theme, const Course& course, const std::vector<Learner>& known, SignInForm& form,
                  RequestQueue& requests);
void draw_notice(const Context& context);
void draw_course_map(const Context& context, int& focused_module);
void draw_screen(const Context& context, ScreenState& state);
// One problem as `primer validate` prints it: place, severity and message, then its hint.
void draw_diagnostic(const Theme& theme, const Diagnostic& diagnostic);
void draw_diagnostics(const Theme& theme, const std::string& course_path, const Diagnostics& diagnostics);
void draw_support_panel(const Theme& theme, const Course& course, RequestQueue& requests);
void draw_help_panel(const Theme& theme, RequestQueue& requests);
// A window `width` wide down the right of the main viewport. `course` is the version on
// show (none before one has loaded); its screens are where the diagnostics jump to.
void draw_preview_panel(const Theme& theme, const Course* course, const PreviewStatus& status,
                        RequestQueue& requests, float width);
// The comfort settings (O), over any view (comfort_panel.cpp). `row` is the setting the keyboard is on;
// `problem` says why the last change could not be saved, when it could not.
// `languages` are those the player has words in; the selector shows when there is more than one.
void draw_comfort_panel(const Theme& theme, const std::vector<UiStrings>& languages, int& row, const std::string& problem,
                        RequestQueue& requests);
void draw_top_bar(const Context& context, const char* heading);
// The pause screen of "Take a break" (break_view.cpp).
void draw_break(const Context& context);
// A screen's content note, in place of its body until the learner chooses (content_note_view.cpp).
void draw_content_note(const Context& context, const Screen& screen, ScreenState& state, float width);

// The per-kind bodies draw_screen dispatches to; `width` is the reading column's.
void draw_text_screen(const Context& context, const Screen& screen, float width);
void draw_image_screen(const Context& context, const Screen& screen, float width);
// Every question kind on its own screen: prompt, input, check, feedback (task_screen.cpp).
void draw_task_screen(const Context& context, const Screen& screen, ScreenState& state, float width);
// "Save my certificate" (G), then where it went and "Open it"; nothing until it is earned.
void draw_certificate_offer(const Context& context, float width);
void draw_summary_screen(const Context& context, const Screen& screen, float width);
// A branching conversation as a chat, with its replies, feedback and endings (conversation_screen.cpp).
void draw_conversation_screen(const Context& context, const Screen& screen, ScreenState& state, float width);

// An assessment: intro, the attempt, results and review (assessment_screen.cpp).
void draw_assessment_screen(const Context& context, const Screen& screen, ScreenState& state, float width);

// A narrated explainer: the stage, captions, controls and transcript (explainer_screen.cpp).
void draw_explainer_screen(const Context& context, const Screen& screen, ScreenState& state, float width);
// Seconds of narration before the captions or stage change, while it plays; infinity otherwise.
double explainer_seconds_until_change(const Screen& screen, const ScreenState& state);

}  // namespace primer::ui
