// The runtime, played as a learner would. Every scenario runs twice: straight through,
// and with the progress encoded and decoded after every command (the resume bug class).
#include "playthrough.hpp"
#include "runtime.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace primer;

namespace {

struct Player : test::Playthrough {
    Player() : Playthrough(test::small_course(), 7) {}

    void answer(const std::string& option) {
        Outcome out = send(Answer{progress.current, {option}, 5000, {}});
        REQUIRE(out.accepted());
    }

};

}  // namespace

TEST_CASE("a learner plays the whole course", "[runtime]") {
    Player p;
    p.round_trip = GENERATE(false, true);

    REQUIRE(p.send(Start{}).accepted());
    CHECK(p.progress.current == "m1/intro");
    CHECK_FALSE(can_go_back(p.course, p.progress));

    REQUIRE(p.send(Next{}).accepted());
    CHECK(p.progress.current == "m1/q1");
    // A question must be answered before moving past it.
    CHECK_FALSE(can_go_next(p.course, p.progress));
    CHECK(p.send(Next{}).refusal == "Answer the question before moving on.");

    p.answer("a");  // wrong, one attempt left
    CHECK_FALSE(can_go_next(p.course, p.progress));
    CHECK(attempts_left(*current_screen(p.course, p.progress), "m1/q1", p.progress) == 1);
    p.answer("b");  // right
    CHECK(p.progress.answers.at("m1/q1").correct());
    CHECK(p.progress.answers.at("m1/q1").attempts == 2);
    CHECK(p.send(Answer{"m1/q1", {"b"}, 0, {}}).refusal == "This question has already been answered.");

    REQUIRE(p.send(Next{}).accepted());
    CHECK(p.progress.current == "m1/wrap");
    CHECK(module_status(p.course.modules[0], p.progress) == ModuleStatus::Completed);
    CHECK(p.count<ModuleCompleted>() == 1);

    REQUIRE(p.send(Next{}).accepted());
    CHECK(p.progress.current == "m2/pic");
    REQUIRE(p.send(Next{}).accepted());
    p.answer("y");  // wrong with a single attempt: finished, not correct
    CHECK(is_finished(*current_screen(p.course, p.progress), "m2/q2", p.progress));
    CHECK_FALSE(p.progress.answers.at("m2/q2").correct());
    CHECK(p.progress.completed_at == 0);

    REQUIRE(p.send(Next{}).accepted());
    CHECK(p.progress.current == "m2/end");
    CHECK(p.progress.completed_at == p.now);
    CHECK(p.count<CourseCompleted>() == 1);
    CHECK(p.count<ModuleCompleted>() == 2);
    CHECK(p.send(Next{}).refusal == "This is the last screen of the course.");
    CHECK(p.count<AnswerChecked>() == 3);
}

TEST_CASE("a checked answer carries everything its record needs", "[runtime]") {
    Player p;
    p.send(Start{});
    p.send(Next{});
    p.answer("a");
    const auto& checked = std::get<AnswerChecked>(p.events.back());
    CHECK(checked.screen == "m1/q1");
    CHECK(checked.kind == "single-choice");
    CHECK(checked.response == std::vector<std::string>{"a"});
    CHECK(checked.correct_responses == std::vector<Response>{{"b"}});
    CHECK(checked.interaction_type == "choice");
    CHECK(checked.verdict == Verdict::Incorrect);
    CHECK(checked.score == 0.0);
    CHECK(checked.attempt == 1);
    CHECK(checked.duration == 5000);
    CHECK(checked.at == p.now);
}

TEST_CASE("refused commands change nothing", "[runtime]") {
    Player p;
    p.send(Start{});
    // What apply() itself returns for a refusal: the same progress and no events.
    auto refused = [&](const Command& command) {
        Outcome out = apply(p.course, p.progress, command, p.now + 1000);
        CHECK(out.progress == p.progress);
        CHECK(out.events.empty());
        return out.refusal;
    };
    CHECK(refused(Back{}) == "This is the first screen of the course.");
    CHECK(refused(GoTo{"m1/wrap"}) == "That screen has not been reached yet.");
    CHECK(refused(GoTo{"m9/none"}) == "There is no screen 'm9/none' in this course.");
    CHECK(refused(GoTo{"m9/none", true}) == "There is no screen 'm9/none' in this course.");
    // An author previewing a module may jump past what is not answered yet.
    CHECK(apply(p.course, p.progress, GoTo{"m1/wrap", true}, p.now + 1000).progress.current == "m1/wrap");
    CHECK(refused(Answer{"m1/intro", {"a"}, 0, {}}) == "There is no question 'm1/intro' to answer.");
    CHECK(refused(Answer{"m1/q1", {"a"}, 0, {}}) == "Only the question on view can be answered.");
    p.send(Next{});
    CHECK(refused(Answer{"m1/q1", {}, 0, {}}) == "Choose an answer first.");
    CHECK(refused(Answer{"m1/q1", {"zzz"}, 0, {}}) == "'zzz' is not one of the options.");
    CHECK(refused(Next{}) == "Answer the question before moving on.");
}

TEST_CASE("learners may open any module and return to what they have seen", "[runtime]") {
    Player p;
    p.round_trip = GENERATE(false, true);
    p.send(Start{});
    REQUIRE(p.send(GoTo{"m2/pic"}).accepted());
    CHECK(module_status(p.course.modules[1], p.progress) == ModuleStatus::InProgress);
    REQUIRE(p.send(GoTo{"m1/intro"}).accepted());
    REQUIRE(p.send(Back{}).refusal.size() > 0);
    REQUIRE(p.send(GoTo{"m2/pic"}).accepted());
    // Back into the previous module only onto a screen seen there: m1/wrap is not.
    CHECK(p.send(Back{}).refusal == "That screen has not been reached yet.");
    CHECK(p.progress.current == "m2/pic");
}

TEST_CASE("the course map enters a module at its first unfinished screen", "[runtime]") {
    Player p;
    p.round_trip = GENERATE(false, true);
    const Module& m1 = p.course.modules[0];
    CHECK(module_entry_point(m1, p.progress).qualified() == "m1/intro");
    p.send(Start{});
    p.send(Next{});
    CHECK(module_entry_point(m1, p.progress).qualified() == "m1/q1");  // seen, not answered
    p.answer("b");
    // Answered: the next screen is the frontier, reachable although not yet seen.
    CHECK(module_entry_point(m1, p.progress).qualified() == "m1/wrap");
    REQUIRE(p.send(GoTo{"m1/intro"}).accepted());
    REQUIRE(p.send(GoTo{"m1/wrap"}).accepted());
    CHECK(module_status(m1, p.progress) == ModuleStatus::Completed);
    CHECK(module_entry_point(m1, p.progress).qualified() == "m1/intro");  // complete: review from the start
}

TEST_CASE("resume returns to the saved screen, or the first unfinished one", "[runtime]") {
    Course course = test::small_course();
    Progress progress = new_progress(course, 0, 7);
    CHECK(resume_point(course, progress).qualified() == "m1/intro");

    progress.current = "m1/q1";
    CHECK(resume_point(course, progress).qualified() == "m1/q1");

    // A content update removed the saved screen: go to the first unfinished one instead.
    progress.current = "m1/removed";
    progress.visited = {"m1/intro", "m1/q1"};
    CHECK(resume_point(course, progress).qualified() == "m1/q1");
    CHECK(current_screen(course, progress) == nullptr);

    // With the first module complete, the next module's entry point.
    progress.visited = {"m1/intro", "m1/q1", "m1/wrap"};
    progress.answers["m1/q1"] = TaskAnswer{{"b"}, Verdict::Correct, 1.0, 1, 0};
    CHECK(resume_point(course, progress).qualified() == "m2/pic");
}
