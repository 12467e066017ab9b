// The course model: what the script parser produces and the player plays.
// Immutable after loading; progress lives separately (progress.hpp) and points into
// the course by stable ids only, never by position.
#pragma once

#include "assessment.hpp"
#include "avoid_terms.hpp"
#include "conversation.hpp"
#include "diagnostics.hpp"
#include "duration.hpp"
#include "explainer.hpp"
#include "rich_text.hpp"
#include "tasks.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace primer {

// A warning shown before a screen whose content may distress some learners. The learner
// can read on, take a break, or skip ahead to `skip_to` (a later screen of the same
// module; empty: the next screen). Skipped screens count as done unless required.
struct ContentNote {
    RichText text;
    std::string skip_to;  // screen id in the same module
    SourceLoc where;
    SourceLoc skip_to_where;
};

struct Screen {
    std::string id;
    ScreenKind kind = ScreenKind::Text;
    std::string title;
    RichText body;
    std::string source;  // where the facts on this screen come from
    std::optional<ImageRef> image;
    std::optional<Question> question;          // task kinds
    std::optional<Conversation> conversation;  // kind conversation
    std::optional<Assessment> assessment;      // kind assessment
    std::optional<Explainer> explainer;        // kind explainer
    std::optional<ContentNote> content_note;
    bool required = false;  // cannot be skipped past from a content note

    // Whether the learner must do something here before moving on.
    bool has_task() const { return question || conversation || assessment; }
    SourceLoc where;
};

struct Module {
    std::string id;
    std::string title;
    std::vector<std::string> outcomes;
    std::vector<Screen> screens;
    std::filesystem::path folder;
    SourceLoc where;
    bool optional = false;  // an installed module the course adds with required = false

    const Screen* find_screen(const std::string& screen_id) const;
};

struct SupportContact {
    std::string name;
    std::string for_whom;
    std::string phone;
    std::string web;
    std::string email;
};

struct ContentNotice {
    std::string title;
    RichText body;
};

// A screen's place in the course: its module and its own id. The qualified form
// "module/screen" is what progress, records and activity ids use.
struct ScreenRef {
    std::string module_id;
    std::string screen_id;

    std::string qualified() const { return module_id + "/" + screen_id; }
    friend bool operator==(const ScreenRef&, const ScreenRef&) = default;
};

struct Course {
    int format = 1;
    std::string id;
    std::string title;
    std::string version;
    std::string language = "en-GB";
    int pass_mark = 80;
    int estimated_minutes = 0;
    SourceLoc estimated_minutes_where;  // the key in course.toml (or the file when it is absent)
    std::vector<AvoidTerm> avoid;       // language guidance: `primer validate` warns at each use
    DurationRates duration;             // how `primer validate` estimates the length
    std::optional<ContentNotice> content_notice;
    std::vector<SupportContact> support;
    std::filesystem::path brand;  // `brand = "..."`, resolved against the course folder; empty: the default
    std::vector<Module> modules;
    std::filesystem::path folder;
    std::filesystem::path file;  // its course.toml; empty for a module loaded on its own (no course-level texts)

    const Module* find_module(const std::string& module_id) const;
    const Screen* find_screen(const ScreenRef& ref) const;
    const Screen* find_screen(const std::string& qualified_id) const;

    // The screen written where a diagnostic points: the last one starting at or before its
    // line in the same file (a screen's keys follow its header). None for the manifest or a
    // module's own keys above its first screen.
    std::optional<ScreenRef> screen_at(const SourceLoc& where) const;

    // Reading order across all modules; navigation walks this.
    std::vector<ScreenRef> reading_order() const;
    int screen_count() const;
};

// "m/s" -> {m, s}; an id without a slash gives an empty module id.
ScreenRef parse_screen_ref(const std::string& qualified_id);

}  // namespace primer
