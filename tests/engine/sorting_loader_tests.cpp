// The sorting kinds' fixture course (tests/fixtures/courses/sort-kinds) read into the model.
#include "course_loader.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace primer;

namespace {

std::vector<std::string> ids_of(const std::vector<Item>& items) {
    std::vector<std::string> ids;
    for (const Item& item : items) ids.push_back(item.id);
    return ids;
}

std::string pair(const std::string& a, const std::string& b) { return a + kPairSeparator + b; }

}  // namespace

TEST_CASE("the sorting fixture course loads into the model", "[loader][sorting]") {
    LoadResult result = load_course(test::fixture_path("courses/sort-kinds"));
    std::string printed;
    for (const Diagnostic& d : result.diagnostics.all()) printed += format_diagnostic(d) + "\n";
    INFO(printed);
    REQUIRE(result.diagnostics.all().empty());
    REQUIRE(result.course);
    REQUIRE(result.course->modules.size() == 1);
    const Module& module = result.course->modules[0];
    REQUIRE(module.screens.size() == 4);

    const Screen& barriers = module.screens[0];
    CHECK(barriers.kind == ScreenKind::Ordering);
    REQUIRE(barriers.question);
    CHECK(barriers.question->kind == ScreenKind::Ordering);
    CHECK(barriers.question->max_attempts == 2);
    CHECK(barriers.question->source == "004_2437eab584123830.txt");
    CHECK(plain_text(barriers.question->feedback.partly) == "Some of the order is right.");
    CHECK_FALSE(barriers.question->explanation.empty());
    const auto& order = std::get<OrderingTask>(barriers.question->body);
    CHECK(ids_of(order.items) ==
          std::vector<std::string>{"emotional", "family", "not-serious", "threats", "not-believed"});
    CHECK(plain_text(order.items[3].text) == "Threats from the person abusing them");
    CHECK(order.items[0].where.line == 13);  // its [[screen.item]] line

    const Screen& sort = module.screens[1];
    CHECK(sort.kind == ScreenKind::Categorise);
    REQUIRE(sort.question);
    const auto& groups = std::get<CategoriseTask>(sort.question->body);
    CHECK(ids_of(groups.groups) == std::vector<std::string>{"do", "do-not"});
    CHECK(plain_text(groups.groups[1].text) == "Don't");
    REQUIRE(groups.items.size() == 6);
    CHECK(groups.items[1].item.id == "secret");
    CHECK(groups.items[1].group == "do-not");
    CHECK(plain_text(sort.question->prompt) == "A child has started telling you something worrying. Put each action "
                                                "under Do or Don't.");
    CHECK(correct_responses(*sort.question) ==
          std::vector<Response>{{pair("listen", "do"), pair("secret", "do-not"), pair("not-their-fault", "do"),
                                 pair("detailed-questions", "do-not"), pair("record", "do"),
                                 pair("confront", "do-not")}});

    const Screen& words = module.screens[2];
    CHECK(words.kind == ScreenKind::Matching);
    REQUIRE(words.question);
    const auto& match = std::get<MatchingTask>(words.question->body);
    REQUIRE(match.left.size() == 4);
    CHECK(match.left[1].left.id == "person-who-harmed");
    CHECK(plain_text(match.left[1].left.text) == "Perpetrator");
    CHECK(match.left[1].match == "person-who-harmed");
    // The right column: each pair's answer under the pair's id, then the distractors.
    CHECK(ids_of(match.right) ==
          std::vector<std::string>{"telling", "person-who-harmed", "in-full", "police-action", "allegation"});
    CHECK(plain_text(match.right[1].text) == "The person who has sexually abused the child");
    CHECK(plain_text(match.right[4].text) == "Allegation");
    CHECK(correct_responses(*words.question) ==
          std::vector<Response>{{pair("telling", "telling"), pair("person-who-harmed", "person-who-harmed"),
                                 pair("in-full", "in-full"), pair("police-action", "police-action")}});

    CHECK(module.screens[3].kind == ScreenKind::Summary);
}
