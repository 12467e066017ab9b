// Content notes: skipping ahead from a screen whose content a learner would rather not
// read, and what that means for completion.
#include "playthrough.hpp"
#include "runtime.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace primer;

namespace {

// small_course() with a content note on m1/intro that skips to m1/wrap, over the question.
Course noted_course(bool question_required = false, const std::string& skip_to = "wrap") {
    Course course = test::small_course();
    Screen& intro = course.modules[0].screens[0];
    intro.content_note = ContentNote{{}, skip_to, {}, {}};
    course.modules[0].screens[1].required = question_required;
    return course;
}

}  // namespace

TEST_CASE("skipping from a content note passes over the section and still completes the module", "[content-note]") {
    test::Playthrough p(noted_course(), 3);
    p.round_trip = GENERATE(false, true);
    REQUIRE(p.send(Start{}).accepted());
    REQUIRE(p.progress.current == "m1/intro");

    REQUIRE(p.send(SkipSection{"m1/intro"}).accepted());
    CHECK(p.progress.current == "m1/wrap");
    CHECK(p.progress.skipped == std::set<std::string>{"m1/intro", "m1/q1"});
    CHECK(p.count<ScreenSkipped>() == 2);
    CHECK(module_status(p.course.modules[0], p.progress) == ModuleStatus::Completed);
    CHECK(p.count<ModuleCompleted>() == 1);
    // The skipped question was never answered, and can still be opened later.
    CHECK(p.progress.answers.count("m1/q1") == 0);
    CHECK(p.send(GoTo{"m1/q1"}).accepted());
}

TEST_CASE("a required screen stops a skip, and is not counted as done", "[content-note]") {
    test::Playthrough p(noted_course(true), 3);
    REQUIRE(p.send(Start{}).accepted());
    REQUIRE(p.send(SkipSection{"m1/intro"}).accepted());
    CHECK(p.progress.current == "m1/q1");
    CHECK(p.progress.skipped == std::set<std::string>{"m1/intro"});
    CHECK(module_status(p.course.modules[0], p.progress) == ModuleStatus::InProgress);
    CHECK(p.send(Next{}).refusal == "Answer the question before moving on.");
}

TEST_CASE("without skip_to a note skips only its own screen", "[content-note]") {
    test::Playthrough p(noted_course(false, ""), 3);
    REQUIRE(p.send(Start{}).accepted());
    REQUIRE(p.send(SkipSection{"m1/intro"}).accepted());
    CHECK(p.progress.current == "m1/q1");
    CHECK(p.progress.skipped == std::set<std::string>{"m1/intro"});
}

TEST_CASE("a note on a module's last screen skips on into the next module", "[content-note]") {
    Course course = test::small_course();
    course.modules[0].screens[2].content_note = ContentNote{};
    test::Playthrough p(course, 3);
    REQUIRE(p.send(Start{}).accepted());
    REQUIRE(p.send(Next{}).accepted());
    REQUIRE(p.send(Answer{"m1/q1", {"b"}, 0, {}}).accepted());
    REQUIRE(p.send(Next{}).accepted());
    REQUIRE(p.send(SkipSection{"m1/wrap"}).accepted());
    CHECK(p.progress.current == "m2/pic");
    CHECK(module_status(p.course.modules[0], p.progress) == ModuleStatus::Completed);
}

TEST_CASE("skips are refused where no note offers one", "[content-note]") {
    Course course = noted_course();
    course.modules[0].screens[0].required = true;
    test::Playthrough p(course, 3);
    REQUIRE(p.send(Start{}).accepted());
    CHECK(p.send(SkipSection{"m1/intro"}).refusal == "This screen is required, so it cannot be skipped.");
    REQUIRE(p.send(Next{}).accepted());
    CHECK(p.send(SkipSection{"m1/q1"}).refusal == "This screen has no content note to skip from.");
    CHECK(p.send(SkipSection{"m1/intro"}).refusal == "Only the screen on view can be answered.");
    CHECK(p.progress.skipped.empty());
}

TEST_CASE("skipping while reviewing a finished section records only the noted screen", "[content-note]") {
    test::Playthrough p(noted_course(), 3);
    REQUIRE(p.send(Start{}).accepted());
    REQUIRE(p.send(Next{}).accepted());
    REQUIRE(p.send(Answer{"m1/q1", {"b"}, 0, {}}).accepted());
    REQUIRE(p.send(Next{}).accepted());
    REQUIRE(p.send(GoTo{"m1/intro"}).accepted());
    REQUIRE(p.send(SkipSection{"m1/intro"}).accepted());
    CHECK(p.progress.current == "m1/wrap");
    CHECK(p.progress.skipped == std::set<std::string>{"m1/intro"});  // q1 was answered, not skipped
    CHECK(p.count<ScreenSkipped>() == 1);
}

TEST_CASE("a note on the course's last screen skips it once, then has nowhere to go", "[content-note]") {
    Course course = test::small_course();
    course.modules[1].screens[2].content_note = ContentNote{};
    test::Playthrough p(course, 3);
    for (const Command& step : {Command{Start{}}, Command{Next{}}, Command{Answer{"m1/q1", {"b"}, 0, {}}},
                                Command{Next{}}, Command{Next{}}, Command{Next{}}, Command{Answer{"m2/q2", {"x"}, 0, {}}},
                                Command{Next{}}})
        REQUIRE(p.send(step).accepted());
    REQUIRE(p.progress.current == "m2/end");
    REQUIRE(p.send(SkipSection{"m2/end"}).accepted());
    CHECK(p.progress.current == "m2/end");
    CHECK(p.send(SkipSection{"m2/end"}).refusal == "This is the last screen of the course.");
    CHECK(p.count<ScreenSkipped>() == 1);
}
