// Assessment attempts through the runtime, played as a learner would: each step's
// acceptance, its refusals, and the records it leaves. Scenarios run twice, straight
// through and with the progress encoded and decoded after every command.
#include "playthrough.hpp"
#include "runtime.hpp"
#include "shuffle.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace primer;

namespace {

Screen plain(const std::string& id, ScreenKind kind) {
    Screen screen;
    screen.id = id;
    screen.kind = kind;
    screen.title = id;
    return screen;
}

// m1 = {intro}, m2 = {exam (pools a and b of 4 questions, draw 4), after (summary)}.
Course exam_course(int max_attempts, int time_limit_minutes) {
    Assessment exam;
    exam.draw = 4;
    exam.max_attempts = max_attempts;
    exam.time_limit_minutes = time_limit_minutes;
    for (const char* pool : {"a", "b"})
        for (int i = 1; i <= 4; ++i) exam.questions.push_back(test::choice_question(pool + std::to_string(i), pool));
    Screen screen = plain("exam", ScreenKind::Assessment);
    screen.assessment = exam;

    Course course;
    course.id = "exam-course";
    course.version = "1";
    course.pass_mark = 75;
    Module m1;
    m1.id = "m1";
    m1.screens = {plain("intro", ScreenKind::Text)};
    Module m2;
    m2.id = "m2";
    m2.screens = {screen, plain("after", ScreenKind::Summary)};
    course.modules = {m1, m2};
    return course;
}

constexpr Millis kMinute = 60000;

struct Player : test::Playthrough {
    explicit Player(int max_attempts = 0, int time_limit_minutes = 0)
        : Playthrough(exam_course(max_attempts, time_limit_minutes), 7) {}

    // Starts the course and goes to the assessment screen.
    void reach_exam() {
        REQUIRE(send(Start{}).accepted());
        REQUIRE(send(Next{}).accepted());
        REQUIRE(progress.current == "m2/exam");
    }

    const std::vector<AssessmentAttempt>& attempts() const { return attempts_at(progress, "m2/exam"); }
    const AssessmentAttempt& latest() const { return attempts().back(); }

    // Answers every drawn question, the first `right` of them correctly.
    void answer_all(int right) {
        std::vector<std::string> questions = latest().questions;
        for (std::size_t i = 0; i < questions.size(); ++i) {
            Response response{static_cast<int>(i) < right ? "right" : "wrong"};
            REQUIRE(send(Answer{"m2/exam", response, 3000, questions[i]}).accepted());
        }
    }

    template <typename E>
    const E& last() const {
        auto it = std::find_if(events.rbegin(), events.rend(), [](const Event& e) { return std::holds_alternative<E>(e); });
        REQUIRE(it != events.rend());
        return std::get<E>(*it);
    }
};

}  // namespace

TEST_CASE("an attempt: start, answer every question, submit, pass", "[assessment][runtime]") {
    Player p;
    p.round_trip = GENERATE(false, true);
    p.reach_exam();
    CHECK(success_status(p.course, p.progress) == SuccessStatus::Unknown);
    CHECK(p.send(Next{}).refusal == "Answer the question before moving on.");

    REQUIRE(p.send(StartAttempt{"m2/exam"}).accepted());
    const AssessmentAttempt& started = p.latest();
    CHECK(started.number == 1);
    CHECK(started.started_at == p.now);
    CHECK(started.time_allowed == 0);
    // The draw is the pure function's, from the learner's seed and the attempt number.
    CHECK(started.questions ==
          draw_questions(*p.course.modules[1].screens[0].assessment, derive_seed(7, "m2/exam#1"), {}));
    CHECK(p.last<AttemptStarted>().number == 1);
    CHECK(p.last<AttemptStarted>().questions == started.questions);

    // While the attempt is open the learner stays on it: Next cannot skip it, Back cannot leave by accident.
    CHECK_FALSE(can_go_next(p.course, p.progress));
    CHECK_FALSE(can_go_back(p.course, p.progress));
    CHECK(p.send(Next{}).refusal == "Submit the assessment before moving on.");
    CHECK(p.send(Back{}).refusal == "Submit the assessment before moving on.");

    p.answer_all(3);  // 3 of 4: 75%, the course's pass mark
    const AnswerChecked& checked = p.last<AnswerChecked>();
    CHECK(checked.screen == "m2/exam");
    CHECK(checked.part == p.latest().questions.back());
    CHECK(checked.attempt == 1);
    CHECK(checked.kind == "single-choice");
    CHECK(checked.interaction_type == "choice");
    CHECK(checked.response == Response{"wrong"});
    CHECK(checked.correct_responses == std::vector<Response>{{"right"}});
    CHECK(checked.verdict == Verdict::Incorrect);
    CHECK(checked.duration == 3000);
    CHECK(p.count<AnswerChecked>() == 4);
    CHECK(p.progress.answers.empty());  // assessment answers live in the attempt, not with task screens

    REQUIRE(p.send(SubmitAttempt{"m2/exam"}).accepted());
    const AssessmentAttempt& submitted = p.latest();
    CHECK(submitted.submitted_at == p.now);
    CHECK(submitted.score == Approx(0.75));
    CHECK(submitted.passed);
    const AttemptSubmitted& event = p.last<AttemptSubmitted>();
    CHECK(event.number == 1);
    CHECK(event.score == Approx(0.75));
    CHECK(event.passed);
    CHECK(success_status(p.course, p.progress) == SuccessStatus::Passed);
    CHECK(is_finished(p.course.modules[1].screens[0], "m2/exam", p.progress));

    CHECK(p.send(StartAttempt{"m2/exam"}).refusal == "You have passed this assessment already.");
    REQUIRE(p.send(Next{}).accepted());
    CHECK(p.progress.completed_at == p.now);
}

TEST_CASE("a fail can be retaken, with new questions, until the attempts run out", "[assessment][runtime]") {
    Player p(2);
    p.round_trip = GENERATE(false, true);
    p.reach_exam();
    REQUIRE(p.send(StartAttempt{"m2/exam"}).accepted());
    std::vector<std::string> first = p.latest().questions;
    p.answer_all(1);
    REQUIRE(p.send(SubmitAttempt{"m2/exam"}).accepted());
    CHECK_FALSE(p.latest().passed);
    CHECK(p.latest().score == Approx(0.25));
    CHECK(success_status(p.course, p.progress) == SuccessStatus::Failed);
    // Submitted, even failed, is finished: Next works.
    CHECK(module_status(p.course.modules[1], p.progress) == ModuleStatus::InProgress);  // "after" not yet seen
    CHECK(can_go_next(p.course, p.progress));

    REQUIRE(p.send(StartAttempt{"m2/exam"}).accepted());
    CHECK(p.latest().number == 2);
    // The screen is finished (attempt 1 was submitted), yet the open retake still holds the learner.
    CHECK(attempt_open_on_view(p.progress));
    CHECK_FALSE(can_go_next(p.course, p.progress));
    CHECK(p.send(Next{}).refusal == "Submit the assessment before moving on.");
    std::vector<std::string> second = p.latest().questions;
    for (const std::string& id : second) CHECK(std::find(first.begin(), first.end(), id) == first.end());
    CHECK(second == draw_questions(*p.course.modules[1].screens[0].assessment, derive_seed(7, "m2/exam#2"), first));
    // Nothing answered: every question counts as wrong.
    REQUIRE(p.send(SubmitAttempt{"m2/exam"}).accepted());
    CHECK(p.latest().score == 0);
    CHECK(p.last<AttemptSubmitted>().number == 2);
    CHECK(p.send(StartAttempt{"m2/exam"}).refusal == "You have used all 2 attempts at this assessment.");
    CHECK(success_status(p.course, p.progress) == SuccessStatus::Failed);
    REQUIRE(p.send(Next{}).accepted());
    CHECK(p.progress.completed_at != 0);  // completion and success are separate
}

TEST_CASE("assessment steps refuse what a learner cannot do, and change nothing", "[assessment][runtime]") {
    Player p;
    REQUIRE(p.send(Start{}).accepted());
    auto refused = [&](const Command& command) {
        Outcome out = apply(p.course, p.progress, command, p.now + 1000);
        CHECK(out.progress == p.progress);
        CHECK(out.events.empty());
        return out.refusal;
    };
    CHECK(refused(StartAttempt{"m2/exam"}) == "Only the screen on view can be answered.");
    CHECK(refused(StartAttempt{"m1/intro"}) == "There is no assessment on 'm1/intro'.");
    CHECK(refused(StartAttempt{"m9/none"}) == "There is no screen 'm9/none' in this course.");
    REQUIRE(p.send(Next{}).accepted());

    CHECK(refused(Answer{"m2/exam", {"right"}, 0, "a1"}) ==
          "There is no open attempt at this assessment; start one first.");
    CHECK(refused(SubmitAttempt{"m2/exam"}) == "There is no open attempt at this assessment; start one first.");
    CHECK(refused(ExtendTime{"m2/exam"}) == "There is no open attempt at this assessment; start one first.");

    REQUIRE(p.send(StartAttempt{"m2/exam"}).accepted());
    CHECK(refused(StartAttempt{"m2/exam"}) == "An attempt is already open; submit it first.");
    const std::string drawn = p.latest().questions.front();
    auto not_drawn = std::find_if(p.course.modules[1].screens[0].assessment->questions.begin(),
                                  p.course.modules[1].screens[0].assessment->questions.end(), [&](const Question& q) {
                                      const auto& qs = p.latest().questions;
                                      return std::find(qs.begin(), qs.end(), q.id) == qs.end();
                                  });
    REQUIRE(not_drawn != p.course.modules[1].screens[0].assessment->questions.end());
    CHECK(refused(Answer{"m2/exam", {"right"}, 0, not_drawn->id}) ==
          "'" + not_drawn->id + "' is not one of this attempt's questions.");
    CHECK(refused(Answer{"m2/exam", {"right"}, 0, "zz"}) == "'zz' is not one of this attempt's questions.");
    CHECK(refused(Answer{"m2/exam", {}, 0, drawn}) == "Choose an answer first.");
    CHECK(refused(Answer{"m2/exam", {"maybe"}, 0, drawn}) == "'maybe' is not one of the options.");
    CHECK(refused(ExtendTime{"m2/exam"}) == "This attempt has no time limit.");
    REQUIRE(p.send(Answer{"m2/exam", {"wrong"}, 0, drawn}).accepted());
    // One answer per question per attempt: no second try, and no verdict shown to change it by.
    CHECK(refused(Answer{"m2/exam", {"right"}, 0, drawn}) == "This question has already been answered in this attempt.");
}

TEST_CASE("a timed attempt: extensions as WCAG 2.2.1 asks, and no answers once time is up", "[assessment][runtime]") {
    Player p(0, 20);  // 20 minutes; the extension is half that, 10 minutes
    p.round_trip = GENERATE(false, true);
    p.reach_exam();
    REQUIRE(p.send(StartAttempt{"m2/exam"}).accepted());
    const Millis started = p.latest().started_at;
    CHECK(p.latest().time_allowed == 20 * kMinute);

    REQUIRE(p.send(ExtendTime{"m2/exam"}).accepted());
    CHECK(p.latest().time_allowed == 30 * kMinute);
    CHECK(p.latest().extensions == 1);
    CHECK(p.last<TimeExtended>().time_allowed == 30 * kMinute);
    CHECK(p.last<TimeExtended>().number == 1);
    for (int i = 2; i <= kMaxExtensions; ++i) REQUIRE(p.send(ExtendTime{"m2/exam"}).accepted());
    CHECK(p.latest().time_allowed == (20 + 10 * kMaxExtensions) * kMinute);
    CHECK(p.count<TimeExtended>() == kMaxExtensions);
    CHECK(p.send(ExtendTime{"m2/exam"}).refusal == "The time has been extended 10 times already, which is the most allowed.");

    const std::string first = p.latest().questions.front();
    REQUIRE(p.send(Answer{"m2/exam", {"right"}, 0, first}).accepted());
    // Run the clock to the limit: answers and extensions are refused; submitting still works.
    p.now = started + p.latest().time_allowed - 1000;
    CHECK(p.send(Answer{"m2/exam", {"right"}, 0, p.latest().questions[1]}).refusal == "The time for this attempt is up.");
    CHECK(p.send(ExtendTime{"m2/exam"}).refusal == "The time for this attempt is up.");
    REQUIRE(p.send(SubmitAttempt{"m2/exam"}).accepted());
    CHECK(p.latest().score == Approx(0.25));
    CHECK(p.latest().answers.size() == 1);
}

TEST_CASE("an extension of a short limit is at least five minutes", "[assessment][runtime]") {
    Player p(0, 1);
    p.reach_exam();
    REQUIRE(p.send(StartAttempt{"m2/exam"}).accepted());
    REQUIRE(p.send(ExtendTime{"m2/exam"}).accepted());
    CHECK(p.latest().time_allowed == 6 * kMinute);
}

TEST_CASE("success status comes from the last assessment, and a pass stays a pass", "[assessment][runtime]") {
    Course course = exam_course(0, 0);
    Progress progress = new_progress(course, 0, 1);
    auto submitted = [](bool passed) {
        AssessmentAttempt attempt;
        attempt.submitted_at = 10;
        attempt.passed = passed;
        return attempt;
    };
    CHECK(success_status(course, progress) == SuccessStatus::Unknown);
    progress.assessments["m2/exam"] = {AssessmentAttempt{}};  // open, not yet marked
    CHECK(success_status(course, progress) == SuccessStatus::Unknown);
    progress.assessments["m2/exam"] = {submitted(false)};
    CHECK(success_status(course, progress) == SuccessStatus::Failed);
    progress.assessments["m2/exam"] = {submitted(true), submitted(false)};
    CHECK(success_status(course, progress) == SuccessStatus::Passed);

    // A second assessment later in the course decides instead.
    Screen practice = course.modules[1].screens[0];
    practice.id = "practice";
    course.modules[0].screens.push_back(practice);
    progress.assessments = {{"m1/practice", {submitted(true)}}};
    CHECK(success_status(course, progress) == SuccessStatus::Unknown);
    progress.assessments["m2/exam"] = {submitted(false)};
    CHECK(success_status(course, progress) == SuccessStatus::Failed);

    CHECK(success_status(Course{}, progress) == SuccessStatus::Unknown);
    CHECK(std::string(to_string(SuccessStatus::Failed)) == "failed");
}

TEST_CASE("an assessment uses its own pass mark, or else the course's", "[assessment][runtime]") {
    Course course = exam_course(0, 0);
    Assessment& exam = *course.modules[1].screens[0].assessment;
    CHECK(pass_mark_of(course, exam) == 75);
    exam.pass_mark = 0;
    CHECK(pass_mark_of(course, exam) == 0);
}
