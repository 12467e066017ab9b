// The manager's figures under filters: the learner list, the report's counts and its item
// analysis all include the same learners, whichever filter is applied, and wrong answers
// are listed most chosen first.
#include "course_report.hpp"
#include "signing.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace primer;

namespace {

constexpr Millis kDay = 86'400'000;
constexpr Millis kMarch1 = 1'772'323'200'000;  // 2026-03-01T00:00:00Z

struct Someone {
    const char* id;
    const char* organisation;
    Millis last_active;
    bool completed;
    const char* success;  // of the completion; nullptr: none
    const char* answer;   // the token chosen on "m1/q1" ("right" is correct)
};

// Five learners in two organisations, active on different days, in every standing.
const Someone kPeople[] = {
    {"A-1", "North", kMarch1, true, "passed", "right"},
    {"B-2", "North", kMarch1 + kDay, true, "failed", "blame"},
    {"C-3", "West", kMarch1 + 2 * kDay, true, "failed", "wait"},
    {"D-4", "West", kMarch1 + 3 * kDay, false, nullptr, "blame"},
    {"E-5", "North", kMarch1 + 4 * kDay, false, nullptr, nullptr},
};

std::unique_ptr<Store> make_records(const test::TempDir& dir) {
    std::string error;
    auto store = Store::open(dir / "primer.sqlite3", error);
    REQUIRE(store);
    auto key = SigningKey::load_or_create(dir / "signing.key", error);
    REQUIRE(key);
    for (const Someone& p : kPeople) {
        REQUIRE(store->save_learner(Learner{p.id, std::string("Learner ") + p.id, p.organisation, 1}));
        Progress progress;
        progress.course_id = "course";
        progress.course_version = "1";
        progress.started_at = kMarch1 - kDay;
        progress.updated_at = p.last_active;
        progress.completed_at = p.completed ? p.last_active : 0;
        std::vector<Event> events;
        if (p.answer) {
            AnswerChecked answer;
            answer.screen = "m1/q1";
            answer.kind = "single-choice";
            answer.interaction_type = "choice";
            answer.response = {p.answer};
            answer.correct_responses = {{"right"}};
            answer.verdict = std::string(p.answer) == "right" ? Verdict::Correct : Verdict::Incorrect;
            answer.attempt = 1;
            answer.at = p.last_active;
            events.push_back(answer);
            // A confidence rating has no right answer, so item analysis leaves it out.
            AnswerChecked rating;
            rating.screen = "m1/confidence";
            rating.kind = "confidence";
            rating.interaction_type = "likert";
            rating.response = {"2"};
            rating.verdict = Verdict::Ungraded;
            rating.attempt = 1;
            rating.at = p.last_active;
            events.push_back(rating);
        }
        REQUIRE(store->record(p.id, progress, events));
        if (!p.success) continue;
        CompletionRecord record;
        record.learner_id = p.id;
        record.course_id = "course";
        record.course_version = "1";
        record.completed_at = p.last_active;
        record.success = p.success;
        record.score_scaled = std::string(p.success) == "passed" ? 0.9 : 0.35;
        record.attempts = 1;
        record.recorded_at = p.last_active;
        record.key_id = key->key_id();
        record.signature = key->sign(signed_message(record));
        REQUIRE(store->add_completion(record, key->public_key()));
    }
    return store;
}

}  // namespace

TEST_CASE("Every figure of the manager's report counts the learners the filter includes", "[report]") {
    test::TempDir dir;
    auto store = make_records(dir);
    struct Case {
        ExportFilter filter;
        std::set<std::string> learners;
        int completed, passed, failed;
    };
    const Case cases[] = {
        {{"course", "", "", 0, 0}, {"A-1", "B-2", "C-3", "D-4", "E-5"}, 3, 1, 2},
        {{"course", "North", "", 0, 0}, {"A-1", "B-2", "E-5"}, 2, 1, 1},
        {{"course", "", "completed", 0, 0}, {"A-1", "B-2", "C-3"}, 3, 1, 2},
        {{"course", "", "in-progress", 0, 0}, {"D-4", "E-5"}, 0, 0, 0},
        {{"course", "", "passed", 0, 0}, {"A-1"}, 1, 1, 0},
        {{"course", "West", "failed", 0, 0}, {"C-3"}, 1, 0, 1},
        {{"course", "", "", kMarch1 + kDay, kMarch1 + 3 * kDay}, {"B-2", "C-3"}, 2, 0, 2},
        {{"course", "South", "", 0, 0}, {}, 0, 0, 0},
        {{"another-course", "", "", 0, 0}, {}, 0, 0, 0},
    };
    for (const Case& c : cases) {
        const ExportFilter& f = c.filter;
        INFO("course " << f.course << ", organisation '" << f.organisation << "', status '" << f.status << "', from "
                       << f.from << ", to " << f.to);
        CourseReport report;
        REQUIRE(build_report(*store, f, report));
        CHECK(report.learners == static_cast<int>(c.learners.size()));
        CHECK(report.completed == c.completed);
        CHECK(report.passed == c.passed);
        CHECK(report.failed == c.failed);
        CHECK(report.scores[9] == c.passed);  // 90%
        CHECK(report.scores[3] == c.failed);  // 35%

        std::vector<Standing> rows;
        long long total = 0;
        REQUIRE(list_standings(*store, f, 100, rows, total));
        std::set<std::string> listed;
        for (const Standing& s : rows) listed.insert(s.learner.id);
        CHECK(listed == c.learners);
        CHECK(total == static_cast<long long>(c.learners.size()));

        // Item analysis counts the answers of exactly those learners (E-5 answered nothing).
        int answered = 0, right = 0;
        std::map<std::string, int> wrong;
        for (const Someone& p : kPeople) {
            if (!c.learners.count(p.id) || !p.answer) continue;
            ++answered;
            if (std::string(p.answer) == "right")
                ++right;
            else
                ++wrong[p.answer];
        }
        if (answered == 0) {
            CHECK(report.items.empty());
            continue;
        }
        REQUIRE(report.items.size() == 1);
        CHECK(report.items[0].learners == answered);
        CHECK(report.items[0].answers == answered);
        CHECK(report.items[0].correct == right);
        CHECK(report.items[0].wrong_choices == wrong);
    }
}

TEST_CASE("The learner list stops at its limit but counts every learner included", "[report]") {
    test::TempDir dir;
    auto store = make_records(dir);
    std::vector<Standing> rows;
    long long total = 0;
    REQUIRE(list_standings(*store, ExportFilter{"course", "", "", 0, 0}, 2, rows, total));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].learner.id == "A-1");  // learner order
    CHECK(rows[1].learner.id == "B-2");
    CHECK(total == 5);
}

TEST_CASE("Wrong answers are listed most chosen first, ties in token order", "[report]") {
    ItemStats item;
    item.wrong_choices = {{"blame", 2}, {"wait", 5}, {"argue", 2}, {"tell", 1}};
    const std::vector<std::pair<std::string, int>> expected = {{"wait", 5}, {"argue", 2}, {"blame", 2}, {"tell", 1}};
    CHECK(wrong_choices_most_first(item) == expected);
    CHECK(wrong_choices_most_first(ItemStats{}).empty());
}
