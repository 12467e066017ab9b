// The all-branches explorer: every path of a conversation, with its loop guard and path
// limit, and every task outcome of a question, including partly right ones.
#include "autoplay_responses.hpp"
#include "branch_explorer.hpp"
#include "course_loader.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace primer;

namespace {

Course load(const std::string& relative) {
    LoadResult loaded = load_course(test::fixture_path(relative));
    REQUIRE_FALSE(loaded.diagnostics.has_errors());
    return *loaded.course;
}

RichText words(const std::string& text) { return RichText{text, {}}; }

// A node "loop" whose choice "again" adds 1 to n and comes back, and whose choice "leave"
// (open once n >= 2) ends the conversation.
Conversation counting_loop() {
    Conversation c;
    c.variables = {{"n", 0, false, {}}};
    Effect add;
    add.variable = "n";
    add.op = Effect::Op::Add;
    add.value = 1;
    Condition enough;
    enough.clauses = {{"n", Condition::Op::Ge, 2, false, "n >= 2", {}}};
    ConversationNode loop;
    loop.id = "loop";
    loop.choices = {{"again", words("Again"), "loop", {}, {add}, {}, false, {}, {}},
                    {"leave", words("Leave"), "out", enough, {}, {}, false, {}, {}}};
    ConversationNode out;
    out.id = "out";
    out.ending = true;
    c.nodes = {loop, out};
    return c;
}

Question question_of(ScreenKind kind, TaskBody body) {
    Question q;
    q.id = "q";
    q.kind = kind;
    q.body = std::move(body);
    return q;
}

}  // namespace

TEST_CASE("all-branches walks every path of the fixture conversations", "[explorer]") {
    Course course = load("courses/conversation");
    BranchReport report = explore_branches(course);
    REQUIRE(report.conversations.size() == 2);
    const ConversationWalk& maya = report.conversations[1];
    CHECK(maya.screen == "talking/maya");
    CHECK(maya.paths == 8);
    CHECK(maya.reached == std::set<std::string>{"brushed-off", "door-open", "promise-broken", "secret-kept", "shut-down"});
    CHECK(maya.missed().empty());
    CHECK(maya.dead_end_count == 0);
    CHECK(maya.cut == 0);
    REQUIRE(maya.min_score);
    CHECK(*maya.min_score == 0.0);
    CHECK(*maya.max_score == 1.0);
    CHECK_FALSE(report.conversations[0].min_score);  // first-words has no score
    REQUIRE(report.questions.size() == 1);
    CHECK(report.ok());
}

TEST_CASE("all-branches finds endings play cannot reach and paths with no way on", "[explorer]") {
    BranchReport report = explore_branches(load("courses/conversation/with-problems"));
    REQUIRE(report.conversations.size() == 1);
    const ConversationWalk& walk = report.conversations[0];
    CHECK(walk.paths == 1);
    CHECK(walk.missed() == std::vector<std::string>{"both"});
    CHECK(walk.dead_end_count == 1);
    CHECK(walk.dead_ends == std::vector<std::string>{"listen > node 'middle'"});
    CHECK_FALSE(walk.ok());
    CHECK_FALSE(report.ok());
}

TEST_CASE("a loop is walked a bounded number of times", "[explorer]") {
    Conversation c = counting_loop();
    // Entering "loop" at most 3 times on a path: leave after 2 or 3 rounds... but the third
    // "again" would be a fourth entry, so it is cut.
    ConversationWalk walk = walk_conversation(c, 3);
    CHECK(walk.paths == 1);  // again, again, leave
    CHECK(walk.cut == 1);    // again, again, again
    CHECK(walk.reached == std::set<std::string>{"out"});
    CHECK(walk.ok());
    ConversationWalk wider = walk_conversation(c, 5);
    CHECK(wider.paths == 3);  // leave after 2, 3 or 4 rounds
    ConversationWalk limited = walk_conversation(c, 50, 4);
    CHECK(limited.truncated);
}

TEST_CASE("every question is tried right, wrong and, where the kind allows, partly right", "[explorer]") {
    BranchReport report = explore_branches(load("courses/conversation"));
    REQUIRE(report.questions.size() == 1);
    const QuestionOutcomes& check = report.questions[0];
    CHECK(check.screen == "talking/check");
    REQUIRE(check.tried.size() == 2);
    CHECK(check.tried[0].outcome == "correct");
    CHECK(check.tried[0].response == Response{"honest"});
    CHECK(check.tried[0].result == "correct");
    CHECK(check.tried[1].outcome == "wrong");
    CHECK(check.tried[1].result == "incorrect");
    CHECK(check.ok);
}

TEST_CASE("partly right responses earn partial credit for every kind that gives it", "[explorer]") {
    ChoiceTask three_right;
    for (const char* id : {"a", "b", "c", "d"}) three_right.options.push_back({id, words(id), std::string(id) != "d", {}, {}});
    OrderingTask order;
    for (const char* id : {"first", "second", "third"}) order.items.push_back({id, words(id), {}});
    CategoriseTask sort;
    sort.groups = {{"safe", words("Safe"), {}}, {"unsafe", words("Unsafe"), {}}};
    sort.items = {{{"x", words("x"), {}}, "safe"}, {{"y", words("y"), {}}, "unsafe"}};
    MatchingTask pairs;
    for (const char* id : {"l1", "l2", "l3"})
        pairs.left.push_back({{id, words(id), {}}, std::string("r") + (id + 1)});
    for (const char* id : {"r1", "r2", "r3"}) pairs.right.push_back({id, words(id), {}});
    FillInTask blanks;
    blanks.blanks = {{"one", words("One"), {"alpha"}, {}}, {"two", words("Two"), {"beta"}, {}}};

    const std::vector<Question> partial = {
        question_of(ScreenKind::MultipleResponse, three_right), question_of(ScreenKind::Ordering, order),
        question_of(ScreenKind::Categorise, sort),              question_of(ScreenKind::Matching, pairs),
        question_of(ScreenKind::FillIn, blanks),
    };
    for (const Question& q : partial) {
        INFO(to_string(q.kind));
        auto response = partly_right_response(q);
        REQUIRE(response);
        REQUIRE_FALSE(response_problem(q, *response));
        CHECK(grade(q, *response).verdict == Verdict::Partly);
    }
    // Single choice has no partial credit: there is no partly right response to try.
    ChoiceTask one_right;
    one_right.options = {{"a", words("a"), true, {}, {}}, {"b", words("b"), false, {}, {}}};
    CHECK_FALSE(partly_right_response(question_of(ScreenKind::SingleChoice, one_right)));
    CHECK_FALSE(partly_right_response(question_of(ScreenKind::Confidence, ConfidenceTask{})));

    QuestionOutcomes tried = try_outcomes(question_of(ScreenKind::MultipleResponse, three_right));
    CHECK(tried.tried.back().outcome == "partly right");
    CHECK(tried.tried.back().result == "partly");
}
