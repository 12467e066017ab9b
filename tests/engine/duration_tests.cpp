// The duration estimate: words counted as a reader counts them, the longest route through
// a conversation, each screen kind's share, and the warning when estimated_minutes is off.
#include "course.hpp"
#include "duration.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace primer;

namespace {

RichText text(const std::string& source) {
    Diagnostics ignored;
    return parse_rich_text(source, {}, ignored);
}

// `words` words of filler.
std::string words(int count) {
    std::string out;
    for (int i = 0; i < count; ++i) out += i == 0 ? "word" : " word";
    return out;
}

Screen screen(ScreenKind kind, const std::string& body = "") {
    Screen out;
    out.id = "s";
    out.kind = kind;
    out.body = text(body);
    return out;
}

ConversationNode node(const std::string& id, std::vector<std::string> to, bool ending = false) {
    ConversationNode out;
    out.id = id;
    out.ending = ending;
    for (const std::string& target : to) {
        ConversationChoice choice;
        choice.id = id + "-" + target;
        choice.to = target;
        out.choices.push_back(choice);
    }
    return out;
}

Conversation conversation(std::vector<ConversationNode> nodes) {
    Conversation out;
    out.nodes = std::move(nodes);
    return out;
}

}  // namespace

TEST_CASE("words are runs between spaces that hold a letter or digit", "[duration]") {
    struct Row {
        std::string text;
        int words;
    };
    const std::vector<Row> rows{
        {"", 0},
        {"One two  three\nfour", 4},
        {"About 500,000 children - a year", 5},      // a lone hyphen is not a word
        {"It \xE2\x80\x94 the abuse \xE2\x80\x94 is common", 5},  // nor is a lone dash
        {"\xC2\xA3" "10.1 billion", 2},                // "£10.1" is one
        {"caf\xC3\xA9 \xC3\xA9t\xC3\xA9", 2},
        {"...  !! ", 0},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        CHECK(count_words(row.text) == row.words);
    }
}

TEST_CASE("the longest route through a conversation goes round no loop", "[duration]") {
    struct Row {
        std::string name;
        Conversation graph;
        int nodes;
    };
    const std::vector<Row> rows{
        {"empty", conversation({}), 0},
        {"one ending", conversation({node("end", {}, true)}), 1},
        {"a chain", conversation({node("a", {"b"}), node("b", {"c"}), node("c", {}, true)}), 3},
        {"a short and a long branch",
         conversation({node("a", {"end", "b"}), node("b", {"c"}), node("c", {"end"}), node("end", {}, true)}), 4},
        {"a loop back to the start",
         conversation({node("a", {"b"}), node("b", {"a", "end"}), node("end", {}, true)}), 3},
        {"a node that points at itself", conversation({node("a", {"a", "end"}), node("end", {}, true)}), 2},
        {"a target that does not exist", conversation({node("a", {"nowhere", "end"}), node("end", {}, true)}), 2},
        {"nodes no route reaches are not counted",
         conversation({node("a", {"end"}), node("end", {}, true), node("x", {"y"}), node("y", {"z"}), node("z", {})}),
         2},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        CHECK(longest_route(row.graph) == row.nodes);
    }
    // Next rules lead on as choices do.
    Conversation narrated = conversation({node("a", {}), node("end", {}, true)});
    narrated.nodes[0].next.push_back({"end", {}, {}, {}});
    CHECK(longest_route(narrated) == 2);
}

TEST_CASE("a long chain is walked without deep recursion", "[duration]") {
    std::vector<ConversationNode> nodes;
    for (int i = 0; i < 20000; ++i) nodes.push_back(node("n" + std::to_string(i), {"n" + std::to_string(i + 1)}));
    nodes.push_back(node("n20000", {}, true));
    CHECK(longest_route(conversation(std::move(nodes))) == 20001);
}

TEST_CASE("each screen kind adds reading, a task, conversation steps or assessment questions", "[duration]") {
    DurationRates rates;
    rates.words_per_minute = 100;
    rates.task_minutes = 2;
    rates.kind_minutes[ScreenKind::Reflection] = 5;
    rates.conversation_step_minutes = 0.5;
    rates.assessment_question_minutes = 1.5;

    DurationParts reading = screen_duration(screen(ScreenKind::Text, words(50)), rates);
    CHECK(reading.words == 50);
    CHECK(reading.reading_minutes == Approx(0.5));
    CHECK(reading.total() == Approx(0.5));

    Screen picture = screen(ScreenKind::Image, words(30));
    picture.image = ImageRef{"p.png", "alt text is not counted: it stands in for the picture", text(words(20)), {}};
    CHECK(screen_duration(picture, rates).words == 50);

    Screen task = screen(ScreenKind::SingleChoice, words(10));
    DurationParts choice = screen_duration(task, rates);
    CHECK((choice.tasks == 1 && choice.words == 10));
    CHECK(choice.total() == Approx(2.1));
    CHECK(screen_duration(screen(ScreenKind::Reflection), rates).task_minutes == Approx(5));

    Screen talk = screen(ScreenKind::Conversation);
    talk.conversation = conversation({node("a", {"b"}), node("b", {"end"}), node("end", {}, true)});
    talk.conversation->intro = text(words(100));
    DurationParts conversation_parts = screen_duration(talk, rates);
    CHECK(conversation_parts.conversation_steps == 3);
    CHECK(conversation_parts.total() == Approx(1 + 1.5));

    Screen final_test = screen(ScreenKind::Assessment);
    final_test.assessment = Assessment{};
    final_test.assessment->draw = 15;
    for (int i = 0; i < 20; ++i) final_test.assessment->questions.push_back(test::choice_question("q" + std::to_string(i), "p"));
    CHECK(screen_duration(final_test, rates).assessment_questions == 15);
    CHECK(screen_duration(final_test, rates).total() == Approx(22.5));
    final_test.assessment->questions.resize(4);  // a draw cannot ask more than the pools hold
    CHECK(screen_duration(final_test, rates).assessment_minutes == Approx(6));
}

TEST_CASE("a module's estimate is the sum of its screens, the course's of its modules", "[duration]") {
    Course course = test::small_course();
    for (Module& module : course.modules)
        for (Screen& each : module.screens) each.body = {};
    course.modules[0].folder = "course/01-first";
    course.modules[0].screens[0].body = text(words(400));
    course.modules[1].screens[0].body = text(words(200));
    CourseDuration estimate = estimate_duration(course, DurationRates{});
    REQUIRE(estimate.modules.size() == 2);
    CHECK(estimate.modules[0].folder == "01-first");
    CHECK(estimate.modules[0].parts.total() == Approx(2 + 1));  // 400 words at 200 a minute, one task
    CHECK(estimate.modules[1].parts.total() == Approx(1 + 1));
    CHECK(estimate.total.tasks == 2);
    CHECK(estimate.total.total() == Approx(5));
}

TEST_CASE("estimated_minutes more than 15% away from the estimate is a warning", "[duration]") {
    Course course = test::small_course();
    for (Module& module : course.modules)
        for (Screen& each : module.screens) each.body = {};
    course.modules[0].screens[0].body = text(words(3600));  // 18 minutes + 2 tasks = 20
    course.estimated_minutes_where = {"course.toml", 7, 21};
    struct Row {
        int stated;
        bool warned;
    };
    for (Row row : {Row{0, false}, Row{20, false}, Row{23, false}, Row{17, false}, Row{24, true}, Row{16, true}}) {
        course.estimated_minutes = row.stated;
        Diagnostics diagnostics;
        check_estimated_minutes(course, diagnostics);
        INFO("estimated_minutes = " << row.stated);
        REQUIRE(diagnostics.warning_count() == (row.warned ? 1 : 0));
        if (row.warned) {
            const Diagnostic& warning = diagnostics.all().front();
            CHECK(warning.where.line == 7);
            CHECK(warning.message == "'estimated_minutes' is " + std::to_string(row.stated) +
                                         ", but the content adds up to about 20 minutes");
        }
    }
}

TEST_CASE("an explainer counts its narration's length, as its captions time it", "[duration][explainer]") {
    Screen screen;
    screen.kind = ScreenKind::Explainer;
    screen.explainer = Explainer{};
    screen.explainer->captions.cues = {{"a", 0, 30, "First.", 3}, {"b", 31, 150, "Second.", 7}};
    DurationParts parts = screen_duration(screen, DurationRates{});
    CHECK(parts.media_minutes == Approx(2.5));
    CHECK(parts.tasks == 0);
    CHECK(parts.total() == Approx(2.5));
}
