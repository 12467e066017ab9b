// The choice-kinds fixture course (tests/fixtures/courses/choice-kinds): it loads into the
// model the script describes, and answering each kind through the runtime records what
// an xAPI `answered` statement needs. Every play runs twice: straight through, and with
// the progress encoded and decoded after every command.
#include "course_loader.hpp"
#include "playthrough.hpp"
#include "runtime.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace primer;
namespace fs = std::filesystem;

namespace {

Course load_fixture() {
    test::FakeImageChecker images;
    LoadResult result = load_course(test::fixture_path("courses/choice-kinds"), &images);
    for (const Diagnostic& d : result.diagnostics.all()) FAIL_CHECK(format_diagnostic(d));
    REQUIRE(result.course);
    return *result.course;
}

const Question& question_at(const Course& course, const std::string& qualified) {
    const Screen* screen = course.find_screen(qualified);
    REQUIRE(screen);
    REQUIRE(screen->question);
    return *screen->question;
}

std::vector<std::string> option_ids(const ChoiceTask& task) {
    std::vector<std::string> ids;
    for (const ChoiceOption& option : task.options) ids.push_back(option.id + (option.correct ? "*" : ""));
    return ids;
}

}  // namespace

TEST_CASE("the choice-kinds fixture loads into the model", "[loader]") {
    const Course course = load_fixture();
    REQUIRE(course.modules.size() == 2);
    CHECK(course.screen_count() == 9);

    const Question& before = question_at(course, "starting-point/confidence-before");
    CHECK(before.kind == ScreenKind::Confidence);
    const auto& scale = std::get<ConfidenceTask>(before.body);
    CHECK(scale.labels == std::vector<std::string>{"Not at all confident", "A little confident", "Fairly confident",
                                                   "Confident", "Very confident"});
    CHECK(scale.compare_with.empty());

    const Question& response = question_at(course, "starting-point/first-response");
    CHECK(response.kind == ScreenKind::MultipleResponse);
    CHECK(response.max_attempts == 2);
    CHECK_FALSE(response.shuffle);
    const auto& choices = std::get<ChoiceTask>(response.body);
    CHECK(option_ids(choices) ==
          std::vector<std::string>{"listen*", "secret", "not-their-fault*", "write-it-down", "record*"});
    CHECK(plain_text(choices.options[1].feedback).rfind("Do not promise secrecy.", 0) == 0);
    CHECK(plain_text(response.feedback.partly) ==
          "Some of your choices help the child; have another look at the others.");
    CHECK(correct_responses(response) == std::vector<Response>{{"listen", "not-their-fault", "record"}});

    const Question& telling = question_at(course, "starting-point/telling");
    CHECK(telling.kind == ScreenKind::TrueFalse);
    CHECK(telling.max_attempts == 1);
    const auto& two = std::get<ChoiceTask>(telling.body);
    CHECK(option_ids(two) == std::vector<std::string>{"true", "false*"});
    CHECK(plain_text(two.options[0].text) == "True");
    CHECK(plain_text(two.options[1].text) == "False");
    CHECK(plain_text(two.options[0].feedback).rfind("Most children do not tell anyone", 0) == 0);
    CHECK(plain_text(two.options[1].feedback).find("friend or family member") != std::string::npos);
    CHECK(correct_responses(telling) == std::vector<Response>{{"false"}});

    const Question& talk = question_at(course, "starting-point/who-to-talk-to");
    CHECK(talk.shuffle);
    CHECK(std::get<ChoiceTask>(talk.body).options.size() == 4);

    const Question& form = question_at(course, "practice/record-form");
    CHECK(form.kind == ScreenKind::Hotspot);
    const auto& hotspot = std::get<HotspotTask>(form.body);
    CHECK(hotspot.image.path == fs::path(test::fixture_path("courses/choice-kinds/02-practice/media/record-form.png")));
    CHECK(hotspot.image.alt.rfind("A blank record of concern form", 0) == 0);
    REQUIRE(hotspot.regions.size() == 4);
    const Region& words = hotspot.regions[0];
    CHECK(words.id == "child-words");
    CHECK(words.label == "What the child said, in their own words");
    CHECK(words.shape == Region::Shape::Rect);
    CHECK((words.x == 20 && words.y == 80 && words.width == 440 && words.height == 70));
    CHECK(words.correct);
    const Region& date = hotspot.regions[3];
    CHECK(date.shape == Region::Shape::Circle);
    CHECK((date.x == 420 && date.y == 36 && date.radius == 26));
    CHECK_FALSE(date.correct);
    CHECK_FALSE(date.feedback.empty());
    CHECK(correct_responses(form) == std::vector<Response>{{"child-words", "observed"}});

    const Question& recording = question_at(course, "practice/recording");
    const auto& blanks = std::get<FillInTask>(recording.body);
    CHECK_FALSE(blanks.case_sensitive);
    CHECK_FALSE(blanks.exact_spaces);
    REQUIRE(blanks.blanks.size() == 2);
    CHECK(blanks.blanks[0].id == "words");
    CHECK(plain_text(blanks.blanks[0].label) == "Record what the child said in their");
    CHECK(blanks.blanks[0].accepted == std::vector<std::string>{"own words", "own exact words"});
    CHECK(blanks.blanks[1].accepted == std::vector<std::string>{"lead", "lead (DSL)"});
    CHECK(correct_responses(recording).size() == 4);

    const auto& reflection = std::get<ReflectionTask>(question_at(course, "practice/reflection").body);
    CHECK(reflection.min_characters == 20);
    CHECK(reflection.placeholder.rfind("For example:", 0) == 0);

    const auto& after = std::get<ConfidenceTask>(question_at(course, "practice/confidence-after").body);
    CHECK(after.compare_with == "starting-point/confidence-before");
    CHECK(after.compare_with_where.line == 82);
}

TEST_CASE("a module checked on its own leaves references to other modules to the course check", "[loader]") {
    const fs::path folder = test::fixture_path("courses/invalid/ungraded-tasks");
    LoadResult alone = load_module(folder / "b-second");
    std::vector<std::string> messages;
    for (const Diagnostic& d : alone.diagnostics.all()) messages.push_back(d.message);
    CHECK(messages == std::vector<std::string>{
                          "'compare_with' must name a screen as \"module/screen\", but it is 'rating'",
                          "'compare_with' names 'second/itself', which does not come before this screen",
                          "'min_characters' cannot be negative",
                          "'placeholder' must be text in quotes, but it is a whole number",
                      });
}

namespace {

struct Player : test::Playthrough {
    Player() : Playthrough(load_fixture(), 42) {}

    // Answers the screen on view and returns its record.
    const AnswerChecked& answer(const Response& response) {
        Outcome out = send(Answer{progress.current, response, 3000, {}});
        INFO(out.refusal);
        REQUIRE(out.accepted());
        return answers.back();
    }

    void next() { REQUIRE(send(Next{}).accepted()); }
};

}  // namespace

TEST_CASE("answering each kind records its verdict, score, attempt and definition", "[runtime]") {
    Player p;
    p.round_trip = GENERATE(false, true);
    REQUIRE(p.send(Start{}).accepted());

    // Confidence: ungraded, saved once, and the screen is done.
    REQUIRE(p.progress.current == "starting-point/confidence-before");
    CHECK(p.send(Answer{p.progress.current, {"7"}, 0, {}}).refusal == "Choose a point on the scale from 1 to 5.");
    const AnswerChecked& rating = p.answer({"2"});
    CHECK(rating.kind == "confidence");
    CHECK(rating.interaction_type == "likert");
    CHECK(rating.verdict == Verdict::Ungraded);
    CHECK(rating.score == 0);
    CHECK(rating.correct_responses.empty());
    CHECK(rating.attempt == 1);
    CHECK(rating.duration == 3000);
    CHECK(is_finished(*current_screen(p.course, p.progress), p.progress.current, p.progress));
    CHECK(p.send(Answer{p.progress.current, {"3"}, 0, {}}).refusal == "This question has already been answered.");
    p.next();

    // Multiple response: partly right, then right on the second attempt.
    REQUIRE(p.progress.current == "starting-point/first-response");
    CHECK(p.send(Answer{p.progress.current, {}, 0, {}}).refusal == "Choose at least one answer first.");
    const AnswerChecked& partly = p.answer({"listen", "secret", "record"});
    CHECK(partly.kind == "multiple-response");
    CHECK(partly.interaction_type == "choice");
    CHECK(partly.verdict == Verdict::Partly);
    CHECK(partly.score == Approx(1.0 / 3));
    CHECK(partly.attempt == 1);
    CHECK(partly.response == Response{"listen", "secret", "record"});
    CHECK(partly.correct_responses == std::vector<Response>{{"listen", "not-their-fault", "record"}});
    CHECK_FALSE(partly.success());
    CHECK_FALSE(can_go_next(p.course, p.progress));
    const AnswerChecked& right = p.answer({"record", "listen", "not-their-fault"});
    CHECK(right.verdict == Verdict::Correct);
    CHECK(right.score == 1.0);
    CHECK(right.attempt == 2);
    CHECK(p.progress.answers.at("starting-point/first-response").attempts == 2);
    p.next();

    // True-false: one attempt, answered wrongly, so the screen is done anyway.
    REQUIRE(p.progress.current == "starting-point/telling");
    const AnswerChecked& wrong = p.answer({"true"});
    CHECK(wrong.kind == "true-false");
    CHECK(wrong.interaction_type == "true-false");
    CHECK(wrong.verdict == Verdict::Incorrect);
    CHECK(wrong.correct_responses == std::vector<Response>{{"false"}});
    CHECK(attempts_left(*current_screen(p.course, p.progress), p.progress.current, p.progress) == 0);
    p.next();

    REQUIRE(p.progress.current == "starting-point/who-to-talk-to");
    CHECK(p.answer({"safeguarding-lead"}).verdict == Verdict::Correct);
    p.next();

    // Hotspot: the two right regions, in the order clicked.
    REQUIRE(p.progress.current == "practice/record-form");
    CHECK(p.send(Answer{p.progress.current, {}, 0, {}}).refusal == "Choose an area of the picture first.");
    const AnswerChecked& spot = p.answer({"observed", "child-words"});
    CHECK(spot.kind == "hotspot");
    CHECK(spot.interaction_type == "choice");
    CHECK(spot.verdict == Verdict::Correct);
    CHECK(spot.correct_responses == std::vector<Response>{{"child-words", "observed"}});
    p.next();

    // Fill-in: one blank right, then both, typed as a learner might.
    REQUIRE(p.progress.current == "practice/recording");
    CHECK(p.send(Answer{p.progress.current, {"", " "}, 0, {}}).refusal == "Fill in the blanks first.");
    const AnswerChecked& half = p.answer({"Own  Words ", "manager"});
    CHECK(half.kind == "fill-in");
    CHECK(half.interaction_type == "fill-in");
    CHECK(half.verdict == Verdict::Partly);
    CHECK(half.score == Approx(0.5));
    CHECK(half.response == Response{"Own  Words ", "manager"});  // recorded as typed
    CHECK(half.correct_responses.front() == Response{"own words", "lead"});
    CHECK(p.answer({"own words", "LEAD"}).verdict == Verdict::Correct);
    p.next();

    // Reflection: too short, then saved as written.
    REQUIRE(p.progress.current == "practice/reflection");
    CHECK(p.send(Answer{p.progress.current, {"Listen."}, 0, {}}).refusal == "Write at least 20 characters.");
    const std::string words = "I will write down a child’s words — exactly as said.";
    const AnswerChecked& written = p.answer({words});
    CHECK(written.kind == "reflection");
    CHECK(written.interaction_type == "long-fill-in");
    CHECK(written.verdict == Verdict::Ungraded);
    CHECK(p.progress.answers.at("practice/reflection").response == Response{words});
    p.next();

    REQUIRE(p.progress.current == "practice/confidence-after");
    CHECK(p.answer({"4"}).verdict == Verdict::Ungraded);
    // What the screen shows as the change: both ratings are in the progress.
    CHECK(p.progress.answers.at("starting-point/confidence-before").response == Response{"2"});
    CHECK(p.progress.answers.at("practice/confidence-after").response == Response{"4"});
    p.next();

    REQUIRE(p.progress.current == "practice/key-points");
    CHECK(p.progress.completed_at != 0);
    CHECK(p.answers.size() == 10);
}
