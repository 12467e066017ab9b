// The assessment's pure functions: how draws spread and avoid repeats, how attempts are
// marked, and how time limits and retakes work. Tables first, so each rule reads as data.
#include "assessment.hpp"
#include "shuffle.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

using namespace primer;

namespace {

// Pools named "a", "b", ... with the given sizes; question ids "a1", "a2", ...
Assessment pools_of(const std::vector<int>& sizes, int draw) {
    Assessment assessment;
    assessment.draw = draw;
    for (std::size_t p = 0; p < sizes.size(); ++p) {
        std::string pool(1, static_cast<char>('a' + p));
        for (int i = 1; i <= sizes[p]; ++i) assessment.questions.push_back(test::choice_question(pool + std::to_string(i), pool));
    }
    return assessment;
}

std::map<std::string, int> per_pool(const Assessment& assessment, const std::vector<std::string>& drawn) {
    std::map<std::string, int> counts;
    for (const std::string& id : drawn) counts[assessment.find_question(id)->pool] += 1;
    return counts;
}

int overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return static_cast<int>(std::count_if(a.begin(), a.end(), [&](const std::string& id) {
        return std::find(b.begin(), b.end(), id) != b.end();
    }));
}

TaskAnswer answered(Verdict verdict, double score) { return TaskAnswer{{"x"}, verdict, score, 1, 0}; }

}  // namespace

TEST_CASE("draws are dealt round the pools as evenly as their sizes allow", "[assessment]") {
    struct Row {
        std::vector<int> sizes;
        int draw;
        std::vector<int> quotas;
    };
    const std::vector<Row> rows = {
        {{10, 10, 10}, 15, {5, 5, 5}},
        {{10, 10}, 15, {8, 7}},           // the remainder goes to the earlier pool
        {{2, 10}, 6, {2, 4}},             // a small pool gives all it has; the others make up
        {{3, 3}, 6, {3, 3}},
        {{3, 3}, 10, {3, 3}},             // too few questions: every one is drawn
        {{1, 1, 1, 1}, 2, {1, 1, 0, 0}},
        {{5}, 3, {3}},
    };
    for (const Row& row : rows) {
        Assessment assessment = pools_of(row.sizes, row.draw);
        INFO("draw " << row.draw << " from " << row.sizes.size() << " pools");
        CHECK(pool_quotas(assessment) == row.quotas);
        for (std::uint64_t seed : {1u, 2u, 99u}) {
            std::vector<std::string> drawn = draw_questions(assessment, seed, {});
            std::map<std::string, int> counts = per_pool(assessment, drawn);
            for (std::size_t p = 0; p < row.quotas.size(); ++p)
                CHECK(counts[std::string(1, static_cast<char>('a' + p))] == row.quotas[p]);
            CHECK(std::set<std::string>(drawn.begin(), drawn.end()).size() == drawn.size());
        }
    }
}

TEST_CASE("a retake draws new questions wherever a pool has enough", "[assessment]") {
    struct Row {
        std::vector<int> sizes;
        int draw;
        int repeats;                    // questions the next attempt must share with the last
        std::vector<std::string> warn;  // pools_that_repeat
    };
    const std::vector<Row> rows = {
        {{4, 4}, 4, 0, {}},
        {{3, 5}, 4, 1, {"a"}},  // pool a gives 2 of 3: only 1 is new
        {{12}, 6, 0, {}},
        {{10}, 6, 2, {"a"}},
        {{2, 2}, 4, 4, {"a", "b"}},  // every question every time
    };
    for (const Row& row : rows) {
        Assessment assessment = pools_of(row.sizes, row.draw);
        INFO("draw " << row.draw << " from pools of " << row.sizes.front() << "...");
        CHECK(pools_that_repeat(assessment) == row.warn);
        for (std::uint64_t seed = 1; seed <= 30; ++seed) {
            std::vector<std::string> first = draw_questions(assessment, seed, {});
            std::vector<std::string> second = draw_questions(assessment, seed + 1000, first);
            CHECK(overlap(first, second) == row.repeats);
            CHECK(per_pool(assessment, second) == per_pool(assessment, first));
        }
    }
}

TEST_CASE("the same seed and previous attempt give the same draw; other seeds vary it", "[assessment]") {
    Assessment assessment = pools_of({6, 6, 6}, 6);
    std::vector<std::string> previous = draw_questions(assessment, 5, {});
    CHECK(draw_questions(assessment, 42, previous) == draw_questions(assessment, 42, previous));
    CHECK(draw_questions(assessment, 42, {}) == draw_questions(assessment, 42, {}));

    std::set<std::vector<std::string>> draws;
    bool mixed = false;  // pools interleaved, not shown one pool after another
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        std::vector<std::string> drawn = draw_questions(assessment, seed, {});
        draws.insert(drawn);
        mixed |= !std::is_sorted(drawn.begin(), drawn.end(),
                                 [](const std::string& x, const std::string& y) { return x[0] < y[0]; });
    }
    CHECK(draws.size() > 15);
    CHECK(mixed);
}

TEST_CASE("an attempt is marked by the mean question score, partial credit included", "[assessment]") {
    Assessment assessment = pools_of({2, 3}, 5);
    AssessmentAttempt attempt;
    attempt.questions = {"a1", "a2", "b1", "b2", "b3"};
    attempt.answers["a1"] = answered(Verdict::Correct, 1.0);
    attempt.answers["a2"] = answered(Verdict::Partly, 0.5);
    attempt.answers["b1"] = answered(Verdict::Incorrect, 0.0);
    attempt.answers["b2"] = answered(Verdict::Correct, 1.0);
    // b3 unanswered: counts as 0

    AttemptResult result = mark_attempt(assessment, attempt, 50);
    CHECK(result.score == Approx(0.5));
    CHECK(result.passed);
    REQUIRE(result.by_pool.size() == 2);
    CHECK(result.by_pool[0].pool == "a");
    CHECK(result.by_pool[0].questions == 2);
    CHECK(result.by_pool[0].correct == 1);
    CHECK(result.by_pool[0].points == Approx(1.5));
    CHECK(result.by_pool[1].pool == "b");
    CHECK(result.by_pool[1].questions == 3);
    CHECK(result.by_pool[1].correct == 1);
    CHECK_FALSE(mark_attempt(assessment, attempt, 51).passed);

    struct Row {
        int right;  // of 5, the rest wrong
        int pass_mark;
        bool passed;
    };
    for (const Row& row : std::vector<Row>{{4, 80, true}, {3, 80, false}, {5, 100, true}, {0, 0, true}, {0, 1, false}}) {
        AssessmentAttempt marked;
        marked.questions = attempt.questions;
        for (int i = 0; i < 5; ++i)
            marked.answers[marked.questions[static_cast<std::size_t>(i)]] =
                i < row.right ? answered(Verdict::Correct, 1) : answered(Verdict::Incorrect, 0);
        INFO(row.right << " of 5 right against " << row.pass_mark << "%");
        CHECK(mark_attempt(assessment, marked, row.pass_mark).passed == row.passed);
    }
}

TEST_CASE("pools with no question drawn are left out of the breakdown", "[assessment]") {
    Assessment assessment = pools_of({1, 1, 1}, 2);
    AssessmentAttempt attempt;
    attempt.questions = {"c1", "a1"};
    AttemptResult result = mark_attempt(assessment, attempt, 80);
    REQUIRE(result.by_pool.size() == 2);
    CHECK(result.by_pool[0].pool == "a");  // pool order, not draw order
    CHECK(result.by_pool[1].pool == "c");
    CHECK(result.score == 0);
    CHECK_FALSE(result.passed);
}

TEST_CASE("time limits, extensions and running out of time", "[assessment]") {
    struct Row {
        int limit_minutes;
        int extension_minutes;
        Millis limit;
        Millis extension;
    };
    const Millis minute = 60000;
    const std::vector<Row> rows = {
        {0, 0, 0, 0},                    // untimed
        {0, 10, 0, 0},                   // an extension without a limit means nothing
        {30, 0, 30 * minute, 15 * minute},  // half the limit
        {4, 0, 4 * minute, 5 * minute},     // but at least 5 minutes
        {30, 10, 30 * minute, 10 * minute},
    };
    for (const Row& row : rows) {
        Assessment assessment;
        assessment.time_limit_minutes = row.limit_minutes;
        assessment.extension_minutes = row.extension_minutes;
        CHECK(time_limit(assessment) == row.limit);
        CHECK(extension(assessment) == row.extension);
    }

    AssessmentAttempt attempt;
    attempt.started_at = 1000;
    attempt.time_allowed = 0;
    CHECK_FALSE(out_of_time(attempt, 1000 + 1000 * minute));  // untimed never runs out
    CHECK(time_left(attempt, 5000) == 0);
    attempt.time_allowed = 10 * minute;
    CHECK_FALSE(out_of_time(attempt, 1000 + 10 * minute - 1));
    CHECK(time_left(attempt, 1000 + 10 * minute - 1) == 1);
    CHECK(out_of_time(attempt, 1000 + 10 * minute));
    CHECK(time_left(attempt, 1000 + 20 * minute) == 0);
    attempt.submitted_at = 2000;
    CHECK_FALSE(out_of_time(attempt, 1000 + 20 * minute));  // submitted: time no longer runs
}

TEST_CASE("retakes follow a fail, within the attempts allowed", "[assessment]") {
    auto attempt = [](bool submitted, bool passed) {
        AssessmentAttempt a;
        a.submitted_at = submitted ? 5 : 0;
        a.passed = passed;
        return a;
    };
    struct Row {
        int max_attempts;
        std::vector<AssessmentAttempt> attempts;
        int remaining;
        std::string why;
    };
    const std::vector<Row> rows = {
        {0, {}, -1, ""},
        {0, {attempt(true, false), attempt(true, false)}, -1, ""},
        {0, {attempt(false, false)}, -1, "An attempt is already open; submit it first."},
        {0, {attempt(true, true)}, -1, "You have passed this assessment already."},
        {3, {attempt(true, false)}, 2, ""},
        {2, {attempt(true, false), attempt(true, false)}, 0, "You have used all 2 attempts at this assessment."},
        {1, {attempt(true, false)}, 0, "You have used your one attempt at this assessment."},
        {2, {attempt(true, false), attempt(true, true)}, 0, "You have passed this assessment already."},
    };
    for (const Row& row : rows) {
        Assessment assessment;
        assessment.max_attempts = row.max_attempts;
        INFO(row.max_attempts << " allowed, " << row.attempts.size() << " taken");
        CHECK(attempts_remaining(assessment, row.attempts) == row.remaining);
        CHECK(why_no_new_attempt(assessment, row.attempts) == row.why);
    }
    CHECK(open_attempt({attempt(true, false), attempt(false, false)}) != nullptr);
    CHECK(open_attempt({attempt(true, false)}) == nullptr);
    CHECK(ever_passed({attempt(true, true), attempt(true, false)}));
    CHECK_FALSE(ever_passed({attempt(false, true)}));  // not submitted: not marked yet
}
