// Per-module rows: each module's status, score, activity and time from a learner's history,
// and the CSV written from a real store (filters, neutralised cells).
#include "csv.hpp"
#include "module_export.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace primer;

namespace {

EventRecord event(std::int64_t id, const std::string& kind, const std::string& subject, Millis at,
                  const std::string& detail = "{}") {
    return {id, kind, subject, detail, at};
}

InteractionRecord answer(std::int64_t id, const std::string& screen, Verdict verdict, double score, Millis at,
                         const std::string& part = "") {
    InteractionRecord record{id, "A-1", "small", {}};
    record.answer.screen = screen;
    record.answer.part = part;
    record.answer.verdict = verdict;
    record.answer.score = score;
    record.answer.at = at;
    return record;
}

// small_course() plus m3: an assessment, a reflection (ungraded) and a text screen.
Course course_with_assessment() {
    Course course = test::small_course();
    Module m3;
    m3.id = "m3";
    m3.title = "Final";
    Screen final_test;
    final_test.id = "test";
    final_test.kind = ScreenKind::Assessment;
    final_test.assessment = Assessment{};
    Screen think;
    think.id = "think";
    think.kind = ScreenKind::Reflection;
    Question reflection;
    reflection.kind = ScreenKind::Reflection;
    reflection.body = ReflectionTask{};
    think.question = reflection;
    Screen bye;
    bye.id = "bye";
    m3.screens = {final_test, think, bye};
    course.modules.push_back(m3);
    return course;
}

const ModuleStanding& in(const std::vector<ModuleStanding>& standings, const std::string& module_id) {
    for (const ModuleStanding& standing : standings)
        if (standing.module->id == module_id) return standing;
    FAIL("no row for module " << module_id);
    return standings.front();
}

}  // namespace

TEST_CASE("A module is completed, in progress or not attempted, as the events say", "[module-export]") {
    const Course course = test::small_course();
    LearnerHistory history;
    history.events = {event(1, "screen-entered", "m1/intro", 1'000), event(2, "screen-entered", "m1/q1", 2'000),
                      event(3, "screen-entered", "m1/wrap", 5'000), event(4, "module-completed", "m1", 6'000),
                      event(5, "screen-entered", "m2/pic", 7'000), event(6, "course-completed", "small", 9'000),
                      event(7, "screen-entered", "gone/screen", 9'500)};  // a module this version no longer has

    auto standings = module_standings(course, history);
    REQUIRE(standings.size() == 2);
    CHECK(standings[0].module->id == "m1");  // course order
    CHECK(in(standings, "m1").status == ModuleRecordStatus::Completed);
    CHECK(in(standings, "m1").first_activity == 1'000);
    CHECK(in(standings, "m1").last_activity == 6'000);
    CHECK(in(standings, "m2").status == ModuleRecordStatus::InProgress);
    CHECK(in(standings, "m2").last_activity == 7'000);  // course-completed belongs to no module

    history.events.resize(3);
    standings = module_standings(course, history);
    CHECK(in(standings, "m1").status == ModuleRecordStatus::InProgress);
    CHECK(in(standings, "m2").status == ModuleRecordStatus::NotAttempted);
    CHECK(in(standings, "m2").first_activity == 0);
    CHECK(std::string(to_string(ModuleRecordStatus::NotAttempted)) == "not_attempted");

    // A checked answer alone is activity in its module.
    history.events.clear();
    history.interactions = {answer(1, "m2/q2", Verdict::Correct, 1, 3'000)};
    CHECK(in(module_standings(course, history), "m2").status == ModuleRecordStatus::InProgress);
}

TEST_CASE("A module's score counts each graded task's latest result", "[module-export]") {
    const Course course = course_with_assessment();
    LearnerHistory history;
    history.interactions = {
        answer(1, "m1/q1", Verdict::Incorrect, 0, 1'000), answer(2, "m1/q1", Verdict::Correct, 1, 2'000),
        answer(3, "m2/q2", Verdict::Correct, 1, 3'000), answer(4, "m2/q2", Verdict::Partly, 0.5, 4'000),
        // Assessment questions are scored by their attempt; reflections are not graded.
        answer(5, "m3/test", Verdict::Correct, 1, 5'000, "a-question"),
        answer(6, "m3/think", Verdict::Ungraded, 0, 6'000)};
    history.events = {event(1, "attempt-submitted", "m3/test", 5'500, R"({"number":1,"score":0.9,"passed":true})"),
                      event(2, "attempt-submitted", "m3/test", 8'000, R"({"number":2,"score":0.4,"passed":false})")};

    const auto standings = module_standings(course, history);
    struct Expected {
        const char* module;
        int tasks, answered;
        double raw;
    };
    for (const Expected& e : {Expected{"m1", 1, 1, 1.0}, Expected{"m2", 1, 1, 0.5}, Expected{"m3", 1, 1, 0.4}}) {
        INFO(e.module);
        CHECK(in(standings, e.module).graded_tasks == e.tasks);
        CHECK(in(standings, e.module).graded_answered == e.answered);
        CHECK(in(standings, e.module).score_raw == Approx(e.raw));
    }

    // Nothing graded answered yet: no score, though the module has a graded task.
    history.interactions = {answer(6, "m3/think", Verdict::Ungraded, 0, 6'000)};
    history.events.clear();
    CHECK(in(module_standings(course, history), "m3").graded_answered == 0);
    CHECK(in(module_standings(course, history), "m3").status == ModuleRecordStatus::InProgress);
}

TEST_CASE("Time in a module runs from entering a screen to entering the next, within sittings", "[module-export]") {
    const Course course = test::small_course();
    LearnerHistory history;
    history.events = {event(1, "screen-entered", "m1/intro", 1'000), event(2, "screen-entered", "m1/q1", 11'000),
                      event(3, "screen-entered", "m2/pic", 41'000), event(4, "screen-entered", "m2/q2", 110'000)};
    CHECK_FALSE(in(module_standings(course, history), "m1").time_spent);  // no sittings: not derivable

    // The first sitting ends on m2/pic at 61 s; the second resumes there at 100 s.
    history.sittings = {{1, 1'000, 61'000}, {2, 100'000, 130'000}};
    const auto standings = module_standings(course, history);
    CHECK(in(standings, "m1").time_spent == 40'000);
    CHECK(in(standings, "m2").time_spent == 20'000 + 10'000 + 20'000);
    // Time away between sittings is never counted: the modules add up to the sittings.
    CHECK(*in(standings, "m1").time_spent + *in(standings, "m2").time_spent == 60'000 + 30'000);
}

TEST_CASE("Per-module CSV: a row per learner per module, filtered, formulas neutralised", "[module-export]") {
    Course course = test::small_course();
    course.modules[1].title = "-Second";  // a title a spreadsheet would run
    test::TempDir dir;
    std::string error;
    auto store = Store::open(dir / "primer.sqlite3", error);
    REQUIRE(store);

    auto play = [&](const Learner& learner, Millis at, const std::vector<Event>& events, bool completed) {
        REQUIRE(store->save_learner(learner));
        Progress progress;
        progress.course_id = course.id;
        progress.course_version = "1";
        progress.started_at = 1'000;
        progress.updated_at = at;
        progress.completed_at = completed ? at : 0;
        REQUIRE(store->record(learner.id, progress, events));
    };
    AnswerChecked right{"m1/q1", "", "single-choice", "choice", {"b"}, {{"b"}}, Verdict::Correct, 1, 1, 500, 1'767'225'600'000};
    play({"A-1", "=HYPERLINK(\"x\")", "North", 1}, 1'767'225'601'000,
         {ScreenEntered{"m1/q1"}, right, ModuleCompleted{"m1"}}, true);
    play({"B-2", "Bea", "South", 1}, 1'767'225'700'000, {ScreenEntered{"m1/intro"}}, false);

    auto export_with = [&](void (*choose)(ExportFilter&), ExportCount& count) {
        ExportFilter filter;
        choose(filter);
        std::ostringstream out;
        REQUIRE(write_module_csv(*store, course, filter, out, count));
        auto rows = parse_csv(out.str(), error);
        INFO(error);
        REQUIRE(error.empty());
        return rows;
    };
    ExportCount count;
    auto rows = export_with([](ExportFilter&) {}, count);
    CHECK(count.rows == 4);
    CHECK(count.learners == 2);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0] == std::vector<std::string>(module_csv_columns().begin(), module_csv_columns().end()));
    CHECK(rows[1] == std::vector<std::string>{"A-1", "'=HYPERLINK(\"x\")", "North", "small", "1", "m1", "First",
                                              "completed", "1", "1", "1.0000", "2026-01-01T00:00:00.000Z",
                                              "2026-01-01T00:00:01.000Z", ""});
    CHECK(rows[2] == std::vector<std::string>{"A-1", "'=HYPERLINK(\"x\")", "North", "small", "1", "m2", "'-Second",
                                              "not_attempted", "", "", "", "", "", ""});
    CHECK(rows[3][0] == "B-2");
    CHECK(rows[3][7] == "in_progress");
    CHECK(rows[3][8].empty());  // nothing graded answered: no score

    ExportCount south;
    rows = export_with([](ExportFilter& f) { f.organisation = "South"; }, south);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1][0] == "B-2");
    CHECK(rows[2][0] == "B-2");
    ExportCount in_progress;
    rows = export_with([](ExportFilter& f) { f.status = "in-progress"; }, in_progress);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1][0] == "B-2");
    ExportCount later;
    rows = export_with([](ExportFilter& f) { f.from = 1'767'225'650'000; }, later);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1][0] == "B-2");
}

TEST_CASE("Histories read side by side give each learner exactly their own rows", "[module-export]") {
    test::TempDir dir;
    std::string error;
    auto store = Store::open(dir / "primer.sqlite3", error);
    REQUIRE(store);
    // Learners with rows, without any, left out by the filter, and in another course.
    auto play = [&](const std::string& id, const std::string& course, const std::vector<Event>& events) {
        REQUIRE(store->save_learner({id, "Name", id == "B" ? "Left out" : "In", 1}));
        Progress progress;
        progress.course_id = course;
        progress.started_at = 1'000;
        progress.updated_at = 2'000;
        REQUIRE(store->record(id, progress, events));
        if (!events.empty()) REQUIRE(store->open_sitting(id, course, 1'500) != 0);
    };
    AnswerChecked answered{"m1/q1", "", "single-choice", "choice", {"b"}, {{"b"}}, Verdict::Correct, 1, 1, 500, 1'800};
    play("D", "small", {ScreenEntered{"m1/intro"}, answered, ScreenEntered{"m1/q1"}});
    play("A", "small", {ScreenEntered{"m1/intro"}});
    play("B", "small", {answered, ModuleCompleted{"m1"}});
    play("C", "small", {});
    play("A", "other", {ScreenEntered{"x/y"}, answered});

    std::vector<std::string> seen;
    const bool read = store->for_each_history(
        "small", [](const Standing& s) { return s.learner.organisation == "In"; },
        [&](const LearnerHistory& h) {
            std::string line = h.standing.learner.id + ":";
            for (const EventRecord& e : h.events) line += " " + e.subject;
            for (const InteractionRecord& i : h.interactions) line += " answer " + i.answer.screen + "/" + i.learner_id;
            line += " sittings " + std::to_string(h.sittings.size());
            seen.push_back(line);
            return true;
        });
    CHECK(read);
    CHECK(seen == std::vector<std::string>{"A: m1/intro sittings 1", "C: sittings 0",
                                           "D: m1/intro m1/q1 answer m1/q1/D sittings 1"});
}
