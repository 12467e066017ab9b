// The manager view: a passphrase gate, then who has completed and passed, how scores
// spread, how each question performs, and exports. Its state lives in ManagerController;
// these draw it and push ManagerRequests (applied between frames, like every request).
#pragma once

#include "course.hpp"
#include "course_report.hpp"
#include "manager_access.hpp"
#include "outbox_summary.hpp"
#include "requests.hpp"
#include "theme.hpp"

#include <string>
#include <vector>

namespace primer::ui {

struct ManagerGateForm {
    PassphraseState state = PassphraseState::NotSet;
    char first[256] = "";
    char second[256] = "";   // the repeat, when choosing a passphrase
    std::string problem;     // why the last try was refused, calmly
    Millis wait_left = 0;    // a pause after repeated wrong guesses
    bool checking = false;   // a guess has been handed over; the window shows so while it is hashed
    int active_field = -1;
    int focus_field = 0;     // the field to focus on the next frame
    float card_height = 0;
};

// The keyboard's stops on the dashboard, in Tab order.
// Sync and SetAside are skipped when there is no LRS or nothing set aside.
enum class ManagerStop {
    Back, Organisation, Status, From, To, Apply, Learners, Questions, Format, Path, Export, Sync, SetAside, Count
};

struct ManagerDashboard {
    // The filter being edited; applied with Apply or Enter.
    char organisation[128] = "";
    int status = 0;  // index into kStatusChoices
    char from[16] = "";
    char to[16] = "";
    std::string filter_problem;
    ExportFilter applied;      // what the figures below show
    CourseReport report;
    std::vector<Standing> learners;  // the first kLearnersShown
    long long learners_total = 0;
    std::vector<bool> learner_unverified;  // beside `learners`: its completion does not match its signature
    std::string read_problem;  // the records could not be read
    ManagerStop focus = ManagerStop::Organisation;
    bool focus_changed = true;  // a text field stop takes the keyboard on the next frame
    int format = 0;            // index into the export choices: CSV presets, then xAPI
    char path[512] = "";       // empty: a new file in the exports folder
    std::string exports_folder;
    ExportProgress exporting;
    ExportProgress syncing;
    std::string sync_target;   // the LRS's host; empty when none is set up
    OutboxCounts outbox;  // read when the view opens, filters are applied, Sync now ends or a background run does
    std::vector<OutboxLine> set_aside;  // quarantined and rejected statements, oldest first
    std::string outbox_problem;         // the outbox could not be read
};

inline constexpr std::size_t kLearnersShown = 1000;

struct StatusChoice {
    const char* label;  // a locale key
    const char* value;  // ExportFilter::status
};
inline constexpr StatusChoice kStatusChoices[] = {
    {"manager.all", ""},
    {"manager.completed", "completed"},
    {"manager.in_progress", "in-progress"},
    {"manager.passed", "passed"},
    {"manager.failed", "failed"}};
inline constexpr int kStatusChoiceCount = static_cast<int>(sizeof kStatusChoices / sizeof kStatusChoices[0]);

void draw_manager_gate(const Theme& theme, const Course& course, ManagerGateForm& form, RequestQueue& requests);
void draw_manager_view(const Theme& theme, const Course& course, ManagerDashboard& view, RequestQueue& requests);

// Parts of the dashboard (manager_tables.cpp, manager_export_panel.cpp).
void draw_score_distribution(const Theme& theme, const CourseReport& report, float width);
void draw_learner_table(const Theme& theme, ManagerDashboard& view, float width, float height);
void draw_question_table(const Theme& theme, const Course& course, ManagerDashboard& view, float width, float height);
void draw_export_panel(const Theme& theme, ManagerDashboard& view, RequestQueue& requests, float width);
void draw_outbox_panel(const Theme& theme, ManagerDashboard& view, float width);  // manager_outbox_panel.cpp
// Completions that do not match their signatures: a warning card (manager_trust_card.cpp).
void draw_trust_card(const Theme& theme, const CourseReport& report, float width);

// A card edged in the "incorrect" colour for what a manager must not miss (manager_outbox_panel.cpp):
// draw its content between begin and end, `inner` wide.
struct WarningCard {
    ImVec2 top;
    float width = 0;
    float pad = 0;
    float inner = 0;
};
WarningCard begin_warning_card(const Theme& theme, float width);
void end_warning_card(const Theme& theme, const WarningCard& card);
// The dashboard's tables (manager_tables.cpp): a scrolling table in the view's colours, and its end.
bool begin_table(const Theme& theme, const char* id, int columns, float width, float height);
// The header row, each column's name wrapping in its cell: longer words (Welsh, large text)
// are never cut off as ImGui's own header row would.
void table_headers();
void end_table(const Theme& theme, bool focused);
// Up and down move `row`, Page Up and Page Down `page`, in the table being drawn, when it has the focus.
void keyboard_scroll(bool focused, float row, float page);

// The export choices in the panel's order: every CSV preset, then xAPI.
std::vector<std::string> export_formats();

// The dashboard's controls that are keyboard stops (manager_view.cpp): a labelled
// one-line field, true when Enter is pressed in it; a row of buttons of which one is
// chosen, moved with Left and Right when focused, true when the choice changes.
bool manager_field(const Theme& theme, ManagerDashboard& view, ManagerStop stop, const char* name, const char* hint,
                   char* buffer, std::size_t size, float width);
bool choice_row(const Theme& theme, const char* id, const std::vector<std::string>& labels, int& chosen, bool focused);
// Scrolls the last item drawn into view when the keyboard has just moved to `stop`.
void reveal_focus(ManagerDashboard& view, ManagerStop stop);

}  // namespace primer::ui
