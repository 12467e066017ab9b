// Reading assessments: the fixture course's assessment into the model, and the defaults
// an author gets by leaving keys out. (Each authoring check has an invalid fixture, run by
// course_loader_tests.cpp.)
#include "course_loader.hpp"
#include "runtime.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace primer;
namespace fs = std::filesystem;

TEST_CASE("the assessment fixture course loads its assessment and question files", "[assessment][loader]") {
    LoadResult result = load_course(test::fixture_path("courses/assessment"));
    REQUIRE(result.diagnostics.all().empty());
    REQUIRE(result.course);
    const Screen* screen = result.course->find_screen("final/assessment");
    REQUIRE(screen);
    CHECK(screen->kind == ScreenKind::Assessment);
    CHECK(screen->has_task());
    REQUIRE(screen->assessment);
    const Assessment& exam = *screen->assessment;
    CHECK(plain_text(exam.intro).rfind("This assessment checks", 0) == 0);
    CHECK(exam.draw == 4);
    CHECK(exam.max_attempts == 3);
    CHECK(exam.pass_mark == -1);
    CHECK(pass_mark_of(*result.course, exam) == 80);
    CHECK(exam.time_limit_minutes == 0);
    CHECK_FALSE(exam.shuffle_options);
    CHECK(exam.pools() == std::vector<std::string>{"noticing", "responding"});
    REQUIRE(exam.questions.size() == 8);

    const Question* question = exam.find_question("ways-of-telling");
    REQUIRE(question);
    CHECK(question->kind == ScreenKind::SingleChoice);
    CHECK(question->pool == "noticing");
    CHECK(plain_text(question->prompt) == "How can a child tell someone about sexual abuse?");
    CHECK(plain_text(question->explanation).rfind("Telling can be verbal", 0) == 0);
    CHECK(question->source == "course-facts.md 3.2");
    CHECK(question->tags == std::vector<std::string>{"telling"});
    CHECK_FALSE(question->shuffle);
    CHECK(correct_responses(*question) == std::vector<Response>{{"words-or-not"}});
    CHECK(question->where.file ==
          (fs::path(test::fixture_path("courses/assessment/03-final/questions/noticing.toml"))).string());
    CHECK(exam.find_question("immediate-danger")->pool == "responding");
}

TEST_CASE("an assessment's keys have defaults, and questions follow shuffle_options", "[assessment][loader]") {
    test::TempDir dir;
    test::write_file(dir / "module.toml", R"(id = "m"
title = "M"

[[screen]]
id = "exam"
kind = "assessment"
title = "Exam"
questions = ["pool.toml"]
)");
    std::string questions = "pool = \"p\"\n";
    for (int i = 1; i <= 30; ++i) {
        std::string id = "q" + std::to_string(i);
        questions += "[[question]]\nid = \"" + id + "\"\nkind = \"single-choice\"\nprompt = \"Which?\"\n" +
                     "explanation = \"Because.\"\n" + (i == 1 ? "shuffle = false\n" : "") +
                     "[[question.option]]\nid = \"a\"\ntext = \"A\"\ncorrect = true\n"
                     "[[question.option]]\nid = \"b\"\ntext = \"B\"\n";
    }
    test::write_file(dir / "pool.toml", questions);
    LoadResult result = load_module(dir.path());
    for (const Diagnostic& d : result.diagnostics.all()) INFO(format_diagnostic(d));
    REQUIRE(result.diagnostics.all().empty());
    const Assessment& exam = *result.course->modules[0].screens[0].assessment;
    CHECK(exam.intro.empty());
    CHECK(exam.draw == 15);
    CHECK(exam.pass_mark == -1);
    CHECK(exam.max_attempts == 0);
    CHECK(exam.time_limit_minutes == 0);
    CHECK(exam.extension_minutes == 0);
    CHECK(exam.shuffle_options);
    CHECK_FALSE(exam.find_question("q1")->shuffle);  // the question's own setting wins
    CHECK(exam.find_question("q2")->shuffle);
    CHECK(exam.find_question("q2")->source.empty());
    CHECK(exam.find_question("q2")->tags.empty());
}
