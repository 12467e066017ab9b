// Module translations, and course.toml's own: one walk names every learner-facing text,
// translation files lay over it by unit id, validate reports what is missing, stale, unknown
// or lost its markup, and a learner's progress (kept by ids) survives a change of language.
#include "session.hpp"
#include "test_support.hpp"
#include "translation_apply.hpp"
#include "translation_checks.hpp"
#include "translation_file.hpp"
#include "translation_units.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace primer;

namespace {

constexpr const char* kModule = R"(id = "safety"
title = "Safety"
outcomes = ["Know the exits"]

[[screen]]
id = "intro"
kind = "text"
title = "Welcome"
body = """
Read **this** first. See [the plan](https://example.org/plan).
"""

[[screen]]
id = "quiz"
kind = "single-choice"
title = "Check"
prompt = "What first?"

[[screen.option]]
id = "alarm"
text = "Raise the alarm"
correct = true

[[screen.option]]
id = "wait"
text = "Wait"
feedback = "Others need warning."
)";

// A module folder with module.toml and, when given, translations/cy.toml.
struct ModuleFolder {
    test::TempDir dir;
    explicit ModuleFolder(const std::string& welsh = {}) {
        test::write_file(dir / "module.toml", kModule);
        if (!welsh.empty()) test::write_file(dir / "translations" / "cy.toml", welsh);
    }
    Module module() const {
        LoadResult loaded = load_module(dir.path());
        for (const Diagnostic& d : loaded.diagnostics.all()) INFO(format_diagnostic(d));
        REQUIRE(loaded.course);
        return loaded.course->modules.front();
    }
};

std::string unit(const std::string& id, const std::string& source, const std::string& text) {
    return "[[unit]]\nid = \"" + id + "\"\nsource_hash = \"" + source_fingerprint(source) + "\"\ntext = \"" + text +
           "\"\n\n";
}

std::vector<std::string> messages(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics.all()) out.push_back(format_diagnostic(d));
    return out;
}

}  // namespace

TEST_CASE("the walk names every learner-facing text by stable ids", "[translation]") {
    ModuleFolder folder;
    std::vector<std::string> ids;
    for (const TranslationUnit& u : translation_units(folder.module())) ids.push_back(u.id);
    CHECK(ids == std::vector<std::string>{"module.title", "module.outcome.1", "intro.title", "intro.body",
                                          "quiz.title", "quiz.prompt", "quiz.option.alarm", "quiz.option.wait",
                                          "quiz.option.wait.feedback"});
    const auto units = translation_units(folder.module());
    CHECK(units[3].source == "Read **this** first. See [the plan](https://example.org/plan).");  // ends trimmed
    CHECK(units[3].rich);
    CHECK_FALSE(units[2].rich);
}

TEST_CASE("the walk reaches conversations, assessments, images and explainer charts", "[translation]") {
    std::vector<std::string> ids;
    for (const char* fixture : {"courses/conversation", "courses/assessment", "courses/explainer"}) {
        LoadResult loaded = load_course(test::fixture_path(fixture));
        REQUIRE(loaded.course);
        for (const Module& module : loaded.course->modules)
            for (const TranslationUnit& u : translation_units(module)) ids.push_back(u.id);
    }
    auto has_part = [&ids](const std::string& part) {
        return std::any_of(ids.begin(), ids.end(), [&](const std::string& id) { return id.find(part) != std::string::npos; });
    };
    for (const char* part : {".node.", ".choice.", ".debrief", ".question.", ".explanation", ".beat.", ".alt"}) {
        INFO(part);
        CHECK(has_part(part));
    }
}

TEST_CASE("fingerprints are short, stable and tell texts apart", "[translation]") {
    CHECK(source_fingerprint("Welcome") == source_fingerprint("Welcome"));
    CHECK(source_fingerprint("Welcome") != source_fingerprint("Welcome!"));
    CHECK(source_fingerprint("").size() == 8);
}

TEST_CASE("language tags are checked for form", "[translation]") {
    for (const char* good : {"cy", "en-GB", "pt-BR", "zh-Hant-TW", "gsw"}) CHECK(is_language_tag(good));
    for (const char* bad : {"", "c", "welshlanguage", "cy_GB", "cy-", "1a", "cy-GB-toolongsubtag"})
        CHECK_FALSE(is_language_tag(bad));
}

TEST_CASE("a translation is laid over the source; the rest keeps the source text", "[translation]") {
    ModuleFolder folder(unit("intro.title", "Welcome", "Croeso") +
                        unit("intro.body", "Read **this** first. See [the plan](https://example.org/plan).",
                             "Darllenwch **hwn** yn gyntaf. Gweler [y cynllun](https://example.org/plan).") +
                        unit("quiz.option.wait", "Wait", "Arhoswch"));
    Course course;
    course.modules.push_back(folder.module());
    TranslatedCourse welsh = translate_course(course, "cy-GB");  // falls back to translations/cy.toml
    CHECK(welsh.diagnostics.all().empty());
    const Module& m = welsh.course.modules.front();
    CHECK(m.screens[0].title == "Croeso");
    CHECK(plain_text(m.screens[0].body) == "Darllenwch hwn yn gyntaf. Gweler y cynllun.");
    CHECK(m.screens[0].body.blocks[0].spans[1].bold);
    CHECK(m.screens[1].title == "Check");  // untranslated
    CHECK(plain_text(std::get<ChoiceTask>(m.screens[1].question->body).options[1].text) == "Arhoswch");
    CHECK(welsh.translated == 3);
    CHECK(welsh.untranslated == 6);
    CHECK(welsh.course.language == "cy-GB");  // read aloud picks the Welsh voice by it

    CHECK(translate_course(course, "en-GB").translated == 0);  // the course's own language
    const TranslatedCourse french = translate_course(course, "fr");  // no such file
    CHECK(french.translated == 0);
    CHECK(french.course.language == "en-GB");  // still the source: read in English
}

TEST_CASE("a stale translation is not shown", "[translation]") {
    ModuleFolder folder(unit("intro.title", "Welcome to the module", "Croeso i'r modiwl"));
    Course course;
    course.modules.push_back(folder.module());
    TranslatedCourse welsh = translate_course(course, "cy");
    CHECK(welsh.course.modules.front().screens[0].title == "Welcome");
    CHECK(welsh.translated == 0);
}

TEST_CASE("a broken translation file never stops the course", "[translation]") {
    ModuleFolder folder("[[unit]\nid = ");
    LoadResult loaded = load_course_in_language(folder.dir.path(), "cy");
    REQUIRE(loaded.course);
    CHECK(loaded.course->modules.front().screens[0].title == "Welcome");
    REQUIRE(loaded.diagnostics.all().size() == 1);
    CHECK(loaded.diagnostics.all()[0].severity == Severity::Warning);
}

TEST_CASE("validate reports missing, stale and unknown translations and lost markup", "[translation]") {
    const std::string welsh = unit("intro.title", "Welcome (old)", "Croeso") +
                              unit("intro.body", "Read **this** first. See [the plan](https://example.org/plan).",
                                   "Darllenwch hwn yn gyntaf. Gweler y cynllun.") +
                              unit("gone.title", "Gone", "Wedi mynd") + unit("module.title", "Safety", "Diogelwch");
    ModuleFolder folder(welsh);
    LoadResult loaded = load_module(folder.dir.path());
    const std::string file = (folder.dir / "translations" / "cy.toml").string();
    CHECK(messages(loaded.diagnostics) ==
          std::vector<std::string>{
              file + ": warning: 6 texts of 9 in module 'safety' have no 'cy' translation: module.outcome.1, "
                     "quiz.title, quiz.prompt, quiz.option.alarm, quiz.option.wait and 1 more\n"
                     "    hint: the player shows them in the source language; 'primer translate export --module " +
                  folder.dir.path().string() + " --lang cy' writes them for a translator",
              file + ":3:15: warning: the translation of 'intro.title' is stale: its source text has changed since\n"
                     "    hint: the player shows the source text instead; re-translate it from the current text and "
                     "set source_hash = \"" + source_fingerprint("Welcome") + "\" (or export and import it again)",
              file + ":9:8: warning: the translation of 'intro.body' does not keep the source's markup: the source "
                     "links to https://example.org/plan 1 time and this 0 times\n"
                     "    hint: keep every **bold**, *italic*, [link](url) and list item of the source, in the "
                     "places the translated sentence needs them",
              file + ":11:1: warning: module 'safety' has no text 'gone.title' to translate\n"
                     "    hint: the text was removed or its screen, option or node renamed; delete this [[unit]] or "
                     "change its id to the text's new id"});
}

TEST_CASE("markup differences are named", "[translation]") {
    Diagnostics ignored;
    auto rich = [&](const char* text) { return parse_rich_text(text, {}, ignored); };
    CHECK(markup_difference(rich("**a** b *c*"), rich("b **a** *c*")).empty());
    CHECK(markup_difference(rich("**a** b"), rich("a b")) == "the source has 1 bold run and this has 0");
    CHECK(markup_difference(rich("a"), rich("[a](https://x.org)")) == "this links to https://x.org, which the source does not");
    CHECK(markup_difference(rich("- a\n- b"), rich("- a")) == "the source has 2 list items and this has 1");
}

TEST_CASE("a module without translations has nothing to report", "[translation]") {
    ModuleFolder folder;
    CHECK(load_module(folder.dir.path()).diagnostics.all().empty());
    LoadResult builtin = load_course(PRIMER_MODULES);
    REQUIRE(builtin.course);
    Diagnostics translations;
    check_translations(*builtin.course, translations);
    CHECK(translations.all().empty());
}

TEST_CASE("the translation file written reads back the same", "[translation]") {
    std::vector<TranslationEntry> entries{{"intro.title", "0a1b2c3d", "Croeso \"i\" \\ bawb", {}, {}, {}},
                                          {"intro.body", "11112222", "Llinell un\n\n- eitem\tdau", {}, {}, {}}};
    test::TempDir dir;
    test::write_file(dir / "cy.toml", write_translation_file("safety", "cy", entries));
    Diagnostics diagnostics;
    std::optional<TranslationFile> read = read_translation_file(dir / "cy.toml", diagnostics);
    INFO(test::read_file(dir / "cy.toml"));
    REQUIRE(read);
    CHECK(diagnostics.all().empty());
    REQUIRE(read->entries.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(read->entries[i].id == entries[i].id);
        CHECK(read->entries[i].source_hash == entries[i].source_hash);
        CHECK(read->entries[i].text == entries[i].text);
    }
}

TEST_CASE("switching language keeps the learner's progress", "[translation]") {
    ModuleFolder folder(unit("intro.title", "Welcome", "Croeso") + unit("quiz.title", "Check", "Gwirio"));
    Course english;
    english.id = "safety-course";
    english.modules.push_back(folder.module());
    const Course welsh = translate_course(english, "cy").course;
    REQUIRE(welsh.modules.front().screens[1].title == "Gwirio");

    test::TempDir data;
    const Learner learner{"s-1", "Sam Patel", "", 1};
    ManualClock clock{1'700'000'000'000};
    std::string error;
    Progress before;
    {
        auto store = Store::open(database_path(data.path()), error);
        REQUIRE(store);
        REQUIRE(store->save_learner(learner));
        auto session = Session::open(english, *store, learner, clock, 7, nullptr, error);
        REQUIRE(session);
        session->submit(Start{});
        session->submit(Next{});
        REQUIRE(session->submit(Answer{"safety/quiz", {"wait"}, 5000, {}}).accepted());
        before = session->progress();
    }
    auto store = Store::open(database_path(data.path()), error);
    REQUIRE(store);
    auto resumed = Session::open(welsh, *store, learner, clock, 7, nullptr, error);
    REQUIRE(resumed);
    CHECK(resumed->progress() == before);
    CHECK(resumed->progress().current == "safety/quiz");
    CHECK(resumed->course().find_screen("safety/quiz")->title == "Gwirio");
    CHECK(resumed->submit(Answer{"safety/quiz", {"alarm"}, 4000, {}}).accepted());
}

namespace {

constexpr const char* kCourse = R"(format = 1
id = "safety-course"
title = "Safety at work"
version = "1.0.0"
language = "en-GB"
modules = ["safety"]

[content_notice]
title = "Before you start"
body = """
This course talks about **fires**.
"""

[[support]]
name = "Safety team"
for = "Questions about your building"
phone = "0100 000 0000"

[[support]]
name = "Fire service"
web = "example.org"
)";

// A course folder: course.toml, the module in safety/, and course-level translations/cy.toml when given.
struct CourseFolder {
    test::TempDir dir;
    explicit CourseFolder(const std::string& welsh = {}) {
        test::write_file(dir / "course.toml", kCourse);
        test::write_file(dir / "safety" / "module.toml", kModule);
        if (!welsh.empty()) test::write_file(dir / "translations" / "cy.toml", welsh);
    }
};

}  // namespace

TEST_CASE("the course's own texts are units named from course.toml's places", "[translation]") {
    CourseFolder folder;
    LoadResult loaded = load_course(folder.dir.path());
    REQUIRE(loaded.course);
    std::vector<std::string> ids;
    for (const TranslationUnit& u : course_translation_units(*loaded.course)) ids.push_back(u.id + (u.rich ? " (rich)" : ""));
    CHECK(ids == std::vector<std::string>{"course.title", "course.content-notice.title", "course.content-notice.body (rich)",
                                          "course.support.1.name", "course.support.1.for", "course.support.2.name"});
    // A module on its own has no course-level texts: its title is the module's.
    LoadResult module = load_module(folder.dir / "safety");
    REQUIRE(module.course);
    CHECK(course_translation_units(*module.course).empty());
}

TEST_CASE("a course-level translation is laid over course.toml's texts", "[translation]") {
    CourseFolder folder(unit("course.title", "Safety at work", "Diogelwch yn y gwaith") +
                        unit("course.content-notice.title", "Before you start", "Cyn i chi ddechrau") +
                        unit("course.content-notice.body", "This course talks about **fires**.",
                             "Mae'r cwrs hwn yn sôn am **danau**.") +
                        unit("course.support.1.for", "Questions about your building (old)", "Cwestiynau am eich adeilad"));
    LoadResult loaded = load_course_in_language(folder.dir.path(), "cy");
    REQUIRE(loaded.course);
    const Course& welsh = *loaded.course;
    CHECK(welsh.title == "Diogelwch yn y gwaith");
    REQUIRE(welsh.content_notice);
    CHECK(welsh.content_notice->title == "Cyn i chi ddechrau");
    CHECK(plain_text(welsh.content_notice->body) == "Mae'r cwrs hwn yn sôn am danau.");
    CHECK(welsh.content_notice->body.blocks[0].spans[1].bold);
    CHECK(welsh.support[0].name == "Safety team");                    // untranslated
    CHECK(welsh.support[0].for_whom == "Questions about your building");  // stale: the source text is shown
    CHECK(welsh.support[0].phone == "0100 000 0000");
    CHECK(welsh.id == "safety-course");
    CHECK(welsh.modules.front().title == "Safety");  // the module has no translation of its own
    CHECK(load_course_in_language(folder.dir.path(), "en-GB").course->title == "Safety at work");
}

TEST_CASE("validate reports missing, stale and unknown course-level translations", "[translation]") {
    CourseFolder folder(unit("course.title", "Safety at work (old)", "Diogelwch yn y gwaith") +
                        unit("course.support.3.name", "Gone", "Wedi mynd") +
                        unit("course.content-notice.title", "Before you start", "Cyn i chi ddechrau"));
    LoadResult loaded = load_course(folder.dir.path());
    const std::string file = (folder.dir / "translations" / "cy.toml").string();
    CHECK(messages(loaded.diagnostics) ==
          std::vector<std::string>{
              file + ": warning: 4 texts of 6 in course 'safety-course' have no 'cy' translation: "
                     "course.content-notice.body, course.support.1.name, course.support.1.for, course.support.2.name\n"
                     "    hint: the player shows them in the source language; 'primer translate export --course " +
                  folder.dir.path().string() + " --lang cy' writes them for a translator",
              file + ":3:15: warning: the translation of 'course.title' is stale: its source text has changed since\n"
                     "    hint: the player shows the source text instead; re-translate it from the current text and "
                     "set source_hash = \"" + source_fingerprint("Safety at work") + "\" (or export and import it again)",
              file + ":6:1: warning: course 'safety-course' has no text 'course.support.3.name' to translate\n"
                     "    hint: the text was removed or its support contact moved in the list; delete this [[unit]] or "
                     "change its id to the text's new id"});
}
