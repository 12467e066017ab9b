// The task kinds a question can be: what the script parser builds and the grading
// functions (grading.hpp) mark. Each kind is plain data; a Question wraps one with what
// every graded task shares (prompt, attempts, feedback, explanation, source).
#pragma once

#include "diagnostics.hpp"
#include "rich_text.hpp"

#include <filesystem>
#include <string>
#include <variant>
#include <vector>

namespace primer {

// Every kind of screen, and so every kind of question (a question's kind is the kind of
// screen that would show it on its own).
enum class ScreenKind {
    Text,
    Image,
    Summary,
    SingleChoice,
    MultipleResponse,
    TrueFalse,
    Ordering,
    Categorise,
    Matching,
    Hotspot,
    FillIn,
    Confidence,
    Reflection,
    Conversation,
    Assessment,
    Explainer,
};

// The kind as authors write it in module.toml ("single-choice").
const char* to_string(ScreenKind kind);
// Kinds that carry a Question (a task on its own screen or in an assessment pool).
bool is_question_kind(ScreenKind kind);
// Question kinds that are marked right or wrong (all but confidence and reflection).
bool is_graded_kind(ScreenKind kind);

struct ImageRef {
    std::filesystem::path path;  // resolved against the module folder
    std::string alt;             // required: what the image shows
    RichText caption;
    SourceLoc where;
};

// Something the learner picks, orders, sorts or pairs. Ids are stable (records use them).
struct Item {
    std::string id;
    RichText text;
    SourceLoc where;
};

struct ChoiceOption {
    std::string id;
    RichText text;
    bool correct = false;
    RichText feedback;  // shown when the learner picks this option
    SourceLoc where;
};

// single-choice (exactly one correct), multiple-response (one or more correct) and
// true-false (two options with ids "true" and "false", made by the parser).
struct ChoiceTask {
    std::vector<ChoiceOption> options;

    const ChoiceOption* find_option(const std::string& id) const;
};

// ordering: `items` are written in the correct order; the player shows them shuffled.
struct OrderingTask {
    std::vector<Item> items;
};

// categorise: every item belongs to exactly one of 2-4 groups.
struct CategoriseTask {
    struct Entry {
        Item item;
        std::string group;  // id of the group it belongs in
    };
    std::vector<Item> groups;
    std::vector<Entry> items;
};

// matching: every left item has one right item; extra right items are distractors.
struct MatchingTask {
    struct Pair {
        Item left;
        std::string match;  // id of the right item it pairs with
    };
    std::vector<Pair> left;
    std::vector<Item> right;
};

// hotspot: regions of an image, in the image's own pixels. `label` names the region for
// keyboard and screen-reader users, who cycle regions instead of pointing.
struct Region {
    enum class Shape { Rect, Circle };
    std::string id;
    std::string label;
    Shape shape = Shape::Rect;
    float x = 0, y = 0;           // Rect: top-left corner; Circle: centre
    float width = 0, height = 0;  // Rect only
    float radius = 0;             // Circle only
    bool correct = false;
    RichText feedback;
    SourceLoc where;

    bool contains(float px, float py) const;
};

struct HotspotTask {
    ImageRef image;
    std::vector<Region> regions;
};

// fill-in: one or more blanks, each shown after its label, each with its accepted answers.
struct Blank {
    std::string id;
    RichText label;
    std::vector<std::string> accepted;
    SourceLoc where;
};

struct FillInTask {
    std::vector<Blank> blanks;
    bool case_sensitive = false;  // default: "Grooming" matches "grooming"
    bool exact_spaces = false;    // default: runs of spaces count as one, ends are trimmed
};

// confidence: ungraded, 1-5. `compare_with` names an earlier confidence screen
// ("module/screen") whose rating this one is shown against, to show the change.
struct ConfidenceTask {
    std::vector<std::string> labels;  // five labels, "Not at all confident" .. "Very confident"
    std::string compare_with;
    SourceLoc compare_with_where;     // the key, for the check that it names an earlier screen
};

// reflection: ungraded free text, kept on this machine only (never exported unless a
// manager opts in).
struct ReflectionTask {
    std::string placeholder;
    int min_characters = 0;
};

using TaskBody = std::variant<ChoiceTask, OrderingTask, CategoriseTask, MatchingTask, HotspotTask, FillInTask,
                              ConfidenceTask, ReflectionTask>;

struct QuestionFeedback {
    RichText correct;
    RichText partly;
    RichText incorrect;
};

// One task: on its own screen (id = the screen's id) or in an assessment pool.
struct Question {
    std::string id;
    ScreenKind kind = ScreenKind::SingleChoice;
    RichText prompt;
    TaskBody body;
    int max_attempts = 2;     // for task screens; assessment questions take one answer each
    bool shuffle = false;     // show options/items in a seeded random order
    QuestionFeedback feedback;
    RichText explanation;     // why the answer is right: "Why?" on screens, review mode in assessments
    std::string source;       // where the facts come from
    std::string pool;         // assessment questions: the pool (usually a module id) for draws and breakdowns
    std::vector<std::string> tags;
    SourceLoc where;
};

}  // namespace primer
