// Grading the three sorting kinds (ordering, categorise, matching): which responses can be
// marked, what they score, and the correct patterns the records carry.
#include "grading.hpp"
#include "shuffle.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

using namespace primer;

namespace {

Item item(const std::string& id) { return Item{id, {}, {}}; }

// a b c d e, in that order.
Question ordering() {
    Question question;
    question.id = "order";
    question.kind = ScreenKind::Ordering;
    OrderingTask task;
    for (const char* id : {"a", "b", "c", "d", "e"}) task.items.push_back(item(id));
    question.body = task;
    return question;
}

// Groups do / do-not; listen, record -> do; secret, confront -> do-not.
Question categorise() {
    Question question;
    question.id = "sort";
    question.kind = ScreenKind::Categorise;
    CategoriseTask task;
    task.groups = {item("do"), item("do-not")};
    task.items = {{item("listen"), "do"}, {item("secret"), "do-not"}, {item("record"), "do"}, {item("confront"), "do-not"}};
    question.body = task;
    return question;
}

// telling, in-full and police pair with themselves; "allegation" is a distractor.
Question matching() {
    Question question;
    question.id = "match";
    question.kind = ScreenKind::Matching;
    MatchingTask task;
    for (const char* id : {"telling", "in-full", "police"}) {
        task.left.push_back({item(id), id});
        task.right.push_back(item(id));
    }
    task.right.push_back(item("allegation"));
    question.body = task;
    return question;
}

std::string pair(const std::string& a, const std::string& b) { return a + kPairSeparator + b; }

struct Row {
    const char* what;
    Response response;
    Verdict verdict;
    double score;
};

void check_grades(const Question& question, const std::vector<Row>& rows) {
    for (const Row& row : rows) {
        INFO(row.what);
        REQUIRE_FALSE(response_problem(question, row.response));
        Grade marked = grade(question, row.response);
        CHECK(marked.verdict == row.verdict);
        CHECK(marked.score == Approx(row.score));
    }
}

struct ProblemRow {
    const char* what;
    Response response;
    std::string problem;
};

void check_problems(const Question& question, const std::vector<ProblemRow>& rows) {
    for (const ProblemRow& row : rows) {
        INFO(row.what);
        std::optional<std::string> problem = response_problem(question, row.response);
        REQUIRE(problem);
        CHECK(*problem == row.problem);
    }
}

}  // namespace

// The rule: a run of k items in the right relative order out of n scores (k - 1) / (n - 1).
TEST_CASE("ordering credit follows the longest run in the right relative order", "[grading][sorting]") {
    check_grades(ordering(), {
        {"already right", {"a", "b", "c", "d", "e"}, Verdict::Correct, 1.0},
        {"one item moved from first to last", {"b", "c", "d", "e", "a"}, Verdict::Partly, 0.75},
        {"one item moved into the middle", {"a", "c", "d", "b", "e"}, Verdict::Partly, 0.75},
        {"two neighbours swapped", {"a", "b", "d", "c", "e"}, Verdict::Partly, 0.75},
        {"the first and last swapped", {"e", "b", "c", "d", "a"}, Verdict::Partly, 0.5},
        {"two pairs swapped", {"b", "a", "d", "c", "e"}, Verdict::Partly, 0.5},
        {"reversed", {"e", "d", "c", "b", "a"}, Verdict::Incorrect, 0.0},
    });
}

TEST_CASE("ordering marks the items of the credited run as in order", "[grading][sorting]") {
    const Question question = ordering();
    const auto& task = std::get<OrderingTask>(question.body);
    using Marks = std::vector<bool>;
    CHECK(in_order(task, {"a", "b", "c", "d", "e"}) == Marks{true, true, true, true, true});
    CHECK(in_order(task, {"b", "c", "d", "e", "a"}) == Marks{true, true, true, true, false});
    CHECK(in_order(task, {"a", "c", "d", "b", "e"}) == Marks{true, true, true, false, true});
    CHECK(in_order(task, {"e", "d", "c", "b", "a"}) == Marks{false, false, false, false, false});
    // Every mark count is the run grade() credits.
    Response swapped{"e", "b", "c", "d", "a"};
    Marks marks = in_order(task, swapped);
    CHECK(std::count(marks.begin(), marks.end(), true) == 3);
    CHECK(in_order(task, {}).empty());
}

TEST_CASE("ordering refuses responses that are not the whole list once", "[grading][sorting]") {
    check_problems(ordering(), {
        {"nothing", {}, "Put every item in the list in order."},
        {"one item missing", {"a", "b", "c", "d"}, "Put every item in the list in order."},
        {"an item twice", {"a", "b", "c", "d", "d"}, "Put every item in the list in order."},
        {"an unknown item", {"a", "b", "c", "d", "z"}, "'z' is not one of the items."},
    });
    CHECK(correct_responses(ordering()) == std::vector<Response>{{"a", "b", "c", "d", "e"}});
}

TEST_CASE("categorise gives a share for each item in its group", "[grading][sorting]") {
    check_grades(categorise(), {
        {"all right", {pair("listen", "do"), pair("secret", "do-not"), pair("record", "do"), pair("confront", "do-not")},
         Verdict::Correct, 1.0},
        {"all right, in another order",
         {pair("confront", "do-not"), pair("record", "do"), pair("secret", "do-not"), pair("listen", "do")},
         Verdict::Correct, 1.0},
        {"one wrong", {pair("listen", "do"), pair("secret", "do"), pair("record", "do"), pair("confront", "do-not")},
         Verdict::Partly, 0.75},
        {"all in one group", {pair("listen", "do"), pair("secret", "do"), pair("record", "do"), pair("confront", "do")},
         Verdict::Partly, 0.5},
        {"all swapped", {pair("listen", "do-not"), pair("secret", "do"), pair("record", "do-not"), pair("confront", "do")},
         Verdict::Incorrect, 0.0},
    });
}

TEST_CASE("categorise refuses missing, doubled and unknown placements", "[grading][sorting]") {
    check_problems(categorise(), {
        {"nothing placed", {}, "Place every item in a group first."},
        {"one item unplaced", {pair("listen", "do"), pair("secret", "do-not"), pair("record", "do")},
         "Place every item in a group first."},
        {"an item in two groups",
         {pair("listen", "do"), pair("listen", "do-not"), pair("secret", "do-not"), pair("record", "do"),
          pair("confront", "do-not")},
         "Each item goes in one group only."},
        {"the same token twice",
         {pair("listen", "do"), pair("listen", "do"), pair("secret", "do-not"), pair("record", "do"),
          pair("confront", "do-not")},
         "Each item goes in one group only."},
        {"an unknown item", {pair("shout", "do")}, "'shout' is not one of the items."},
        {"an unknown group", {pair("listen", "maybe")}, "'maybe' is not one of the groups."},
        {"no separator", {"listen"}, "'' is not one of the groups."},
    });
    CHECK(correct_responses(categorise()) ==
          std::vector<Response>{{pair("listen", "do"), pair("secret", "do-not"), pair("record", "do"),
                                 pair("confront", "do-not")}});
}

TEST_CASE("matching gives a share for each pair made right", "[grading][sorting]") {
    check_grades(matching(), {
        {"all right", {pair("telling", "telling"), pair("in-full", "in-full"), pair("police", "police")},
         Verdict::Correct, 1.0},
        {"two swapped", {pair("telling", "in-full"), pair("in-full", "telling"), pair("police", "police")},
         Verdict::Partly, 1.0 / 3},
        {"a distractor used", {pair("telling", "allegation"), pair("in-full", "in-full"), pair("police", "police")},
         Verdict::Partly, 2.0 / 3},
        {"all wrong", {pair("telling", "police"), pair("in-full", "telling"), pair("police", "allegation")},
         Verdict::Incorrect, 0.0},
    });
}

TEST_CASE("matching refuses missing, doubled and unknown pairs", "[grading][sorting]") {
    check_problems(matching(), {
        {"nothing matched", {}, "Match every item first."},
        {"one item unmatched", {pair("telling", "telling"), pair("in-full", "in-full")}, "Match every item first."},
        {"an item matched twice",
         {pair("telling", "telling"), pair("telling", "in-full"), pair("in-full", "in-full"), pair("police", "police")},
         "Each item is matched once."},
        {"an unknown item", {pair("victim", "telling")}, "'victim' is not one of the items to match."},
        {"an unknown answer", {pair("telling", "report")}, "'report' is not one of the answers to match with."},
    });
    CHECK(correct_responses(matching()) ==
          std::vector<Response>{{pair("telling", "telling"), pair("in-full", "in-full"), pair("police", "police")}});
}

TEST_CASE("sorting kinds are recorded as sequencing and matching interactions", "[grading][sorting]") {
    CHECK(std::string(interaction_type(ScreenKind::Ordering)) == "sequencing");
    CHECK(std::string(interaction_type(ScreenKind::Categorise)) == "matching");
    CHECK(std::string(interaction_type(ScreenKind::Matching)) == "matching");
}

TEST_CASE("a list to put in order never starts in order", "[shuffle][sorting]") {
    for (std::size_t count = 2; count <= 8; ++count)
        for (std::uint64_t seed = 0; seed < 500; ++seed) {
            std::vector<std::size_t> order = shuffled_out_of_order(count, seed);
            INFO("count " << count << ", seed " << seed);
            REQUIRE(order.size() == count);
            REQUIRE_FALSE(std::is_sorted(order.begin(), order.end()));
            std::vector<std::size_t> sorted = order;
            std::sort(sorted.begin(), sorted.end());
            std::vector<std::size_t> every(count);
            std::iota(every.begin(), every.end(), 0);
            REQUIRE(sorted == every);
        }
    // A shuffle that is already out of order is kept; one in order is rotated by one.
    int rotated = 0, kept = 0;
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
        std::vector<std::size_t> plain = shuffled_order(3, seed);
        if (std::is_sorted(plain.begin(), plain.end())) {
            CHECK(shuffled_out_of_order(3, seed) == std::vector<std::size_t>{1, 2, 0});
            ++rotated;
        } else {
            CHECK(shuffled_out_of_order(3, seed) == plain);
            ++kept;
        }
    }
    CHECK(rotated > 0);
    CHECK(kept > 0);
    CHECK(shuffled_out_of_order(1, 3) == std::vector<std::size_t>{0});
}
