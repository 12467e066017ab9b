// How long a course takes: an estimate from what each screen asks of the learner, so an
// author can check `estimated_minutes` (what learners are told) against the content.
// Pure functions over the model; `primer validate` prints the breakdown.
#pragma once

#include "diagnostics.hpp"
#include "tasks.hpp"

#include <map>
#include <string>
#include <vector>

namespace primer {

struct Course;
struct Screen;
struct Conversation;

// The [duration] table of course.toml; the defaults are documented in modules/README.md.
struct DurationRates {
    double words_per_minute = 200;          // reading speed
    double task_minutes = 1;                // each task screen, whatever its kind...
    std::map<ScreenKind, double> kind_minutes;  // ...unless its kind has its own allowance
    double conversation_step_minutes = 0.75;    // each node on a conversation's longest route
    double assessment_question_minutes = 1;     // each question an assessment attempt draws

    double minutes_for(ScreenKind task_kind) const;
};

// What one screen, or a module, or the course asks of the learner, and the minutes it adds up to.
struct DurationParts {
    int words = 0;                  // read: bodies, captions, the text above tasks, intros
    int tasks = 0;                  // task screens
    int conversation_steps = 0;     // nodes on the longest route through each conversation
    int assessment_questions = 0;   // questions drawn per attempt
    double reading_minutes = 0;
    double task_minutes = 0;
    double conversation_minutes = 0;
    double assessment_minutes = 0;
    double media_minutes = 0;       // narration and other timed media

    double total() const;
    DurationParts& operator+=(const DurationParts& other);
};

struct ModuleDuration {
    std::string folder;  // the module's folder name, as course.toml lists it
    DurationParts parts;
};

struct CourseDuration {
    std::vector<ModuleDuration> modules;
    DurationParts total;
};

// Words as a reader counts them: runs of characters between spaces that hold a letter or digit.
int count_words(const std::string& text);

// Nodes on the longest route from a conversation's first node to an ending, going round
// no loop: what a learner who takes the long way reads and decides.
int longest_route(const Conversation& conversation);

// One screen's share of the estimate, by kind. A new screen kind adds its case here.
DurationParts screen_duration(const Screen& screen, const DurationRates& rates);

CourseDuration estimate_duration(const Course& course, const DurationRates& rates);

// The estimate rounded to whole minutes, as printed and compared.
int rounded_minutes(double minutes);

// Warns at `estimated_minutes` when it differs from the estimate by more than 15%: learners
// plan their time by that figure. Nothing when the course does not state one.
void check_estimated_minutes(const Course& course, Diagnostics& diagnostics);

}  // namespace primer
