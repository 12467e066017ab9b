// Translatable units: every learner-facing string of a module, each named by a unit id
// built from the stable ids around it ("first-step.option.raise-alarm.feedback"), so a
// translation stays attached to its text when screens move. walk_translatable() is the one
// list of those strings; export, import, apply and validate all go through it, so they
// can never disagree about what a module's texts are.
//
// Ids use dots between parts (ids themselves are [a-z0-9-]), which keeps them valid XLIFF
// unit ids. Texts without an id of their own (outcomes, confidence labels, chart labels)
// are numbered from 1 in the order written.
#pragma once

#include "course.hpp"

#include <string>
#include <variant>
#include <vector>

namespace primer {

namespace translation_detail {

template <class Visit, class Q>
void walk_question(const std::string& at, Q& question, Visit& visit) {
    visit(at + ".prompt", question.prompt);
    std::visit(
        [&](auto& body) {
            using Body = std::remove_const_t<std::remove_reference_t<decltype(body)>>;
            if constexpr (std::is_same_v<Body, ChoiceTask>) {
                for (auto& option : body.options) {
                    visit(at + ".option." + option.id, option.text);
                    visit(at + ".option." + option.id + ".feedback", option.feedback);
                }
            } else if constexpr (std::is_same_v<Body, OrderingTask>) {
                for (auto& item : body.items) visit(at + ".item." + item.id, item.text);
            } else if constexpr (std::is_same_v<Body, CategoriseTask>) {
                for (auto& group : body.groups) visit(at + ".group." + group.id, group.text);
                for (auto& entry : body.items) visit(at + ".item." + entry.item.id, entry.item.text);
            } else if constexpr (std::is_same_v<Body, MatchingTask>) {
                for (auto& pair : body.left) visit(at + ".left." + pair.left.id, pair.left.text);
                for (auto& right : body.right) visit(at + ".right." + right.id, right.text);
            } else if constexpr (std::is_same_v<Body, HotspotTask>) {
                visit(at + ".image.alt", body.image.alt);
                visit(at + ".image.caption", body.image.caption);
                for (auto& region : body.regions) {
                    visit(at + ".region." + region.id, region.label);
                    visit(at + ".region." + region.id + ".feedback", region.feedback);
                }
            } else if constexpr (std::is_same_v<Body, FillInTask>) {
                // Accepted answers are not units: a translation of them changes what is marked
                // right, which needs the author's decision, not a translator's.
                for (auto& blank : body.blanks) visit(at + ".blank." + blank.id, blank.label);
            } else if constexpr (std::is_same_v<Body, ConfidenceTask>) {
                for (std::size_t i = 0; i < body.labels.size(); ++i)
                    visit(at + ".label." + std::to_string(i + 1), body.labels[i]);
            } else if constexpr (std::is_same_v<Body, ReflectionTask>) {
                visit(at + ".placeholder", body.placeholder);
            }
        },
        question.body);
    visit(at + ".feedback.correct", question.feedback.correct);
    visit(at + ".feedback.partly", question.feedback.partly);
    visit(at + ".feedback.incorrect", question.feedback.incorrect);
    visit(at + ".explanation", question.explanation);
}

template <class Visit, class I>
void walk_image(const std::string& at, I& image, Visit& visit) {
    visit(at + ".alt", image.alt);
    visit(at + ".caption", image.caption);
}

template <class Visit, class C>
void walk_conversation(const std::string& at, C& conversation, Visit& visit) {
    visit(at + ".intro", conversation.intro);
    for (auto& node : conversation.nodes) {
        const std::string n = at + ".node." + node.id;
        visit(n + ".speaker", node.speaker);
        visit(n + ".text", node.text);
        if (node.image) walk_image(n + ".image", *node.image, visit);
        for (auto& choice : node.choices) {
            visit(n + ".choice." + choice.id, choice.text);
            visit(n + ".choice." + choice.id + ".feedback", choice.feedback);
        }
        visit(n + ".title", node.ending_title);
        visit(n + ".debrief", node.debrief);
    }
}

template <class Visit, class E>
void walk_explainer(const std::string& at, E& explainer, Visit& visit) {
    for (std::size_t b = 0; b < explainer.beats.size(); ++b) {
        auto& beat = explainer.beats[b];
        const std::string n = at + ".beat." + std::to_string(b + 1);
        visit(n + ".text", beat.text);
        visit(n + ".title", beat.chart_title);
        for (std::size_t i = 0; i < beat.bars.size(); ++i) visit(n + ".bar." + std::to_string(i + 1), beat.bars[i].label);
        if (beat.image) walk_image(n + ".image", *beat.image, visit);
    }
}

}  // namespace translation_detail

// Calls visit(unit_id, text) for every learner-facing string of `module`, in the order a
// learner meets them; `text` is a std::string or a RichText, const when `module` is.
// Empty texts are visited too (callers skip them): whether a field is empty is the source's
// business, and skipping here would make the walk depend on content.
template <class M, class Visit>
void walk_translatable(M& module, Visit&& visit) {
    using namespace translation_detail;
    visit(std::string("module.title"), module.title);
    for (std::size_t i = 0; i < module.outcomes.size(); ++i)
        visit("module.outcome." + std::to_string(i + 1), module.outcomes[i]);
    for (auto& screen : module.screens) {
        const std::string& s = screen.id;
        visit(s + ".title", screen.title);
        if (screen.content_note) visit(s + ".content-note", screen.content_note->text);
        visit(s + ".body", screen.body);
        if (screen.image) walk_image(s + ".image", *screen.image, visit);
        if (screen.question) walk_question(s, *screen.question, visit);
        if (screen.conversation) walk_conversation(s, *screen.conversation, visit);
        if (screen.explainer) walk_explainer(s, *screen.explainer, visit);
        if (screen.assessment) {
            visit(s + ".intro", screen.assessment->intro);
            for (auto& question : screen.assessment->questions)
                walk_question(s + ".question." + question.id, question, visit);
        }
        visit(s + ".source", screen.source);
    }
}

// The same for the course's own texts in course.toml (laid over by the course folder's
// translations/<language>.toml): "course.title", "course.content-notice.title" and ".body",
// and each support contact's "course.support.N.name" and ".for", numbered from 1 in the
// order written. Phone numbers, addresses and ids are not texts. A module loaded on its own
// (course.file empty) has none: its title is the module's.
template <class C, class Visit>
void walk_course_translatable(C& course, Visit&& visit) {
    if (course.file.empty()) return;
    visit(std::string("course.title"), course.title);
    if (course.content_notice) {
        visit(std::string("course.content-notice.title"), course.content_notice->title);
        visit(std::string("course.content-notice.body"), course.content_notice->body);
    }
    for (std::size_t i = 0; i < course.support.size(); ++i) {
        const std::string at = "course.support." + std::to_string(i + 1);
        visit(at + ".name", course.support[i].name);
        visit(at + ".for", course.support[i].for_whom);
    }
}

// One unit as a translator sees it: its id, the text to translate (the author's Markdown
// for rich text, ends trimmed) and whether it is rich text (so markup must survive).
struct TranslationUnit {
    std::string id;
    std::string source;
    bool rich = false;
};

// The module's non-empty units, in walk order.
std::vector<TranslationUnit> translation_units(const Module& module);

// The course's own non-empty units (walk_course_translatable), in walk order.
std::vector<TranslationUnit> course_translation_units(const Course& course);

// A unit's text as units and fingerprints see it: leading and trailing whitespace removed.
std::string unit_text(const std::string& text);

// A short fingerprint (8 hex digits, FNV-1a) of a unit's source text: a translation keeps
// the fingerprint of what it was translated from, so a later edit shows it is stale.
std::string source_fingerprint(const std::string& source);

}  // namespace primer
