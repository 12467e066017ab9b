// Answering the sorting kinds through the runtime: attempts, verdicts, scores and the
// `answered` event, straight through and with a save/restore after every command.
#include "course_loader.hpp"
#include "playthrough.hpp"
#include "runtime.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace primer;

namespace {

std::string pair(const std::string& a, const std::string& b) { return a + kPairSeparator + b; }

Course sort_kinds() {
    LoadResult loaded = load_course(test::fixture_path("courses/sort-kinds"));
    REQUIRE(loaded.course);
    return *loaded.course;
}

struct Learner : test::Playthrough {
    explicit Learner(bool restore_each_time) : Playthrough(sort_kinds(), 11) { round_trip = restore_each_time; }

    void answer(const Response& response) { REQUIRE(send(Answer{progress.current, response, 4000, {}}).accepted()); }
    const TaskAnswer& record() const { return progress.answers.at(progress.current); }
};

}  // namespace

TEST_CASE("a learner answers an ordering, a categorise and a matching question", "[runtime][sorting]") {
    Learner p(GENERATE(false, true));
    REQUIRE(p.send(Start{}).accepted());

    // Ordering: one item out of place, then the right order.
    REQUIRE(p.progress.current == "sorting/barriers");
    p.answer({"family", "emotional", "not-serious", "threats", "not-believed"});
    CHECK(p.record().verdict == Verdict::Partly);
    CHECK(p.record().score == Approx(0.75));
    CHECK(p.record().attempts == 1);
    CHECK_FALSE(can_go_next(p.course, p.progress));
    const Response right_order{"emotional", "family", "not-serious", "threats", "not-believed"};
    p.answer(right_order);
    CHECK(p.record().verdict == Verdict::Correct);
    CHECK(p.record().attempts == 2);
    REQUIRE(p.answers.size() == 2);
    const AnswerChecked& ordered = p.answers.back();
    CHECK(ordered.screen == "sorting/barriers");
    CHECK(ordered.kind == "ordering");
    CHECK(ordered.interaction_type == "sequencing");
    CHECK(ordered.response == right_order);
    CHECK(ordered.correct_responses == std::vector<Response>{right_order});
    CHECK(ordered.success());
    CHECK(ordered.score == 1.0);
    CHECK(ordered.attempt == 2);
    CHECK(ordered.duration == 4000);
    CHECK(p.answers.front().verdict == Verdict::Partly);
    CHECK(p.answers.front().attempt == 1);

    // Categorise: a response with an item left out is refused and changes nothing.
    REQUIRE(p.send(Next{}).accepted());
    REQUIRE(p.progress.current == "sorting/do-and-do-not");
    Outcome unplaced = p.send(Answer{p.progress.current, {pair("listen", "do")}, 0, {}});
    CHECK(unplaced.refusal == "Place every item in a group first.");
    CHECK(p.progress.answers.count("sorting/do-and-do-not") == 0);
    // Everything in "do" is half right; out of two attempts that is the last, so it is finished.
    Response all_do;
    for (const char* item : {"listen", "secret", "not-their-fault", "detailed-questions", "record", "confront"})
        all_do.push_back(pair(item, "do"));
    p.answer(all_do);
    CHECK(p.record().verdict == Verdict::Partly);
    CHECK(p.record().score == Approx(0.5));
    p.answer(all_do);
    CHECK(p.record().attempts == 2);
    CHECK(is_finished(*current_screen(p.course, p.progress), p.progress.current, p.progress));
    CHECK(p.send(Answer{p.progress.current, all_do, 0, {}}).refusal == "This question has already been answered.");
    const AnswerChecked& sorted = p.answers.back();
    CHECK(sorted.kind == "categorise");
    CHECK(sorted.interaction_type == "matching");
    CHECK_FALSE(sorted.success());
    CHECK(sorted.score == Approx(0.5));
    CHECK(sorted.attempt == 2);
    REQUIRE(sorted.correct_responses.size() == 1);
    CHECK(sorted.correct_responses[0].size() == 6);

    // Matching: the distractor in place of one answer.
    REQUIRE(p.send(Next{}).accepted());
    REQUIRE(p.progress.current == "sorting/words-we-use");
    p.answer({pair("telling", "allegation"), pair("person-who-harmed", "person-who-harmed"), pair("in-full", "in-full"),
              pair("police-action", "police-action")});
    CHECK(p.record().verdict == Verdict::Partly);
    CHECK(p.record().score == Approx(0.75));
    const Response right_pairs{pair("telling", "telling"), pair("person-who-harmed", "person-who-harmed"),
                               pair("in-full", "in-full"), pair("police-action", "police-action")};
    p.answer(right_pairs);
    const AnswerChecked& matched = p.answers.back();
    CHECK(matched.kind == "matching");
    CHECK(matched.interaction_type == "matching");
    CHECK(matched.response == right_pairs);
    CHECK(matched.correct_responses == std::vector<Response>{right_pairs});
    CHECK(matched.verdict == Verdict::Correct);
    CHECK(matched.attempt == 2);
    CHECK(p.answers.size() == 6);

    REQUIRE(p.send(Next{}).accepted());
    CHECK(p.progress.current == "sorting/key-points");
    CHECK_FALSE(can_go_next(p.course, p.progress));
    CHECK(p.progress.completed_at != 0);
}
