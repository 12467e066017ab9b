// The grading functions, table by table: for each kind, which responses cannot be marked
// (and what the learner is told), how the rest are marked, and every correct response.
#include "grading.hpp"
#include "text_match.hpp"

#include <catch2/catch.hpp>

using namespace primer;

namespace {

Question choice_question(ScreenKind kind, std::vector<std::pair<std::string, bool>> options) {
    Question question;
    question.id = "q";
    question.kind = kind;
    ChoiceTask task;
    for (auto& [id, correct] : options) task.options.push_back({id, {}, correct, {}, {}});
    question.body = task;
    return question;
}

Question hotspot_question() {
    Question question;
    question.kind = ScreenKind::Hotspot;
    HotspotTask task;
    Region words;
    words.id = "child-words";
    words.x = 20, words.y = 80, words.width = 440, words.height = 70;
    words.correct = true;
    Region seen = words;
    seen.id = "observed";
    seen.y = 160;
    Region date;
    date.id = "date";
    date.shape = Region::Shape::Circle;
    date.x = 420, date.y = 36, date.radius = 26;
    task.regions = {words, seen, date};
    question.body = task;
    return question;
}

Question fill_in_question(std::vector<std::vector<std::string>> accepted, bool case_sensitive = false,
                          bool exact_spaces = false) {
    Question question;
    question.kind = ScreenKind::FillIn;
    FillInTask task;
    task.case_sensitive = case_sensitive;
    task.exact_spaces = exact_spaces;
    int n = 0;
    for (auto& answers : accepted) task.blanks.push_back({"b" + std::to_string(++n), {}, std::move(answers), {}});
    question.body = task;
    return question;
}

Question ungraded_question(ScreenKind kind, int min_characters = 0) {
    Question question;
    question.kind = kind;
    if (kind == ScreenKind::Confidence)
        question.body = ConfidenceTask{};
    else
        question.body = ReflectionTask{"", min_characters};
    return question;
}

// A response that can be marked, and the mark it gets.
struct Marked {
    Response response;
    Verdict verdict;
    double score;
};

// A response that cannot be marked, and what the learner is told.
struct Refused {
    Response response;
    std::string problem;
};

void check_marks(const Question& question, const std::vector<Marked>& rows) {
    for (const Marked& row : rows) {
        INFO("response: " << Catch::Detail::stringify(row.response));
        REQUIRE_FALSE(response_problem(question, row.response));
        Grade marked = grade(question, row.response);
        CHECK(to_string(marked.verdict) == std::string(to_string(row.verdict)));
        CHECK(marked.score == Approx(row.score));
    }
}

void check_refusals(const Question& question, const std::vector<Refused>& rows) {
    for (const Refused& row : rows) {
        INFO("response: " << Catch::Detail::stringify(row.response));
        CHECK(response_problem(question, row.response) == std::optional<std::string>(row.problem));
    }
}

}  // namespace

TEST_CASE("single choice: one option, right or wrong", "[grading]") {
    Question q = choice_question(ScreenKind::SingleChoice, {{"wrong", false}, {"right", true}, {"other", false}});
    check_marks(q, {
                       {{"right"}, Verdict::Correct, 1.0},
                       {{"wrong"}, Verdict::Incorrect, 0.0},
                       {{"other"}, Verdict::Incorrect, 0.0},
                   });
    check_refusals(q, {
                          {{}, "Choose an answer first."},
                          {{"right", "wrong"}, "Choose one answer."},
                          {{"right", "right"}, "Choose one answer."},
                          {{"maybe"}, "'maybe' is not one of the options."},
                          {{""}, "'' is not one of the options."},
                      });
    CHECK(correct_responses(q) == std::vector<Response>{{"right"}});
    CHECK(interaction_type(q.kind) == std::string("choice"));
}

// The documented rule (grading.cpp, modules/README.md): each right pick earns one share
// of the marks (shares = the number of right options), each wrong pick takes one away,
// never below zero; only the exact set is correct.
TEST_CASE("multiple response: partial credit, never below zero, only the exact set is correct", "[grading]") {
    Question q = choice_question(ScreenKind::MultipleResponse,
                                 {{"a", true}, {"b", true}, {"c", true}, {"d", false}, {"e", false}});
    check_marks(q, {
                       {{"a", "b", "c"}, Verdict::Correct, 1.0},
                       {{"c", "a", "b"}, Verdict::Correct, 1.0},  // any order
                       {{"a"}, Verdict::Partly, 1.0 / 3},
                       {{"a", "b"}, Verdict::Partly, 2.0 / 3},
                       {{"a", "b", "c", "d"}, Verdict::Partly, 2.0 / 3},
                       {{"a", "b", "c", "d", "e"}, Verdict::Partly, 1.0 / 3},  // all selected
                       {{"a", "d"}, Verdict::Incorrect, 0.0},
                       {{"d"}, Verdict::Incorrect, 0.0},
                       {{"d", "e"}, Verdict::Incorrect, 0.0},  // never below zero
                   });
    check_refusals(q, {
                          {{}, "Choose at least one answer first."},
                          {{"a", "a"}, "Each answer can be chosen once."},
                          {{"a", "b", "a"}, "Each answer can be chosen once."},
                          {{"a", "z"}, "'z' is not one of the options."},
                      });
    CHECK(correct_responses(q) == std::vector<Response>{{"a", "b", "c"}});
    CHECK(interaction_type(q.kind) == std::string("choice"));

    // With as many wrong options as right ones, choosing everything earns nothing.
    Question half = choice_question(ScreenKind::MultipleResponse, {{"a", true}, {"b", false}});
    check_marks(half, {{{"a", "b"}, Verdict::Incorrect, 0.0}, {{"a"}, Verdict::Correct, 1.0}});
    // When every option is right, choosing everything is the answer.
    Question all = choice_question(ScreenKind::MultipleResponse, {{"a", true}, {"b", true}});
    check_marks(all, {{{"b", "a"}, Verdict::Correct, 1.0}, {{"a"}, Verdict::Partly, 0.5}});
}

TEST_CASE("true-false: the two options the parser makes", "[grading]") {
    Question q = choice_question(ScreenKind::TrueFalse, {{"true", false}, {"false", true}});
    check_marks(q, {{{"false"}, Verdict::Correct, 1.0}, {{"true"}, Verdict::Incorrect, 0.0}});
    check_refusals(q, {
                          {{}, "Choose an answer first."},
                          {{"true", "false"}, "Choose one answer."},
                          {{"yes"}, "'yes' is not one of the options."},
                          {{"False"}, "'False' is not one of the options."},  // ids, not labels
                      });
    CHECK(correct_responses(q) == std::vector<Response>{{"false"}});
    CHECK(interaction_type(q.kind) == std::string("true-false"));
}

TEST_CASE("hotspot: regions are marked like multiple response", "[grading]") {
    Question q = hotspot_question();
    check_marks(q, {
                       {{"child-words", "observed"}, Verdict::Correct, 1.0},
                       {{"observed", "child-words"}, Verdict::Correct, 1.0},
                       {{"observed"}, Verdict::Partly, 0.5},
                       {{"child-words", "observed", "date"}, Verdict::Partly, 0.5},
                       {{"child-words", "date"}, Verdict::Incorrect, 0.0},
                       {{"date"}, Verdict::Incorrect, 0.0},
                   });
    check_refusals(q, {
                          {{}, "Choose an area of the picture first."},
                          {{"date", "date"}, "Each area can be chosen once."},
                          {{"sky"}, "'sky' is not one of the areas."},
                      });
    CHECK(correct_responses(q) == std::vector<Response>{{"child-words", "observed"}});
    CHECK(interaction_type(q.kind) == std::string("choice"));
}

TEST_CASE("hotspot regions contain the points inside them, edges included", "[grading]") {
    const Question question = hotspot_question();
    const auto& regions = std::get<HotspotTask>(question.body).regions;
    const Region& rect = regions[0];  // x 20-460, y 80-150
    const Region& circle = regions[2];  // centre 420,36, radius 26
    struct Row {
        const Region& region;
        float x, y;
        bool inside;
    };
    for (const Row& row : std::vector<Row>{{rect, 20, 80, true},
                                           {rect, 460, 150, true},
                                           {rect, 240, 100, true},
                                           {rect, 19.9f, 100, false},
                                           {rect, 240, 150.1f, false},
                                           {circle, 420, 36, true},
                                           {circle, 446, 36, true},
                                           {circle, 420, 10, true},
                                           {circle, 440, 56, false},  // inside the bounding box, outside the circle
                                           {circle, 447, 36, false}}) {
        INFO(row.region.id << " at " << row.x << "," << row.y);
        CHECK(row.region.contains(row.x, row.y) == row.inside);
    }
}

TEST_CASE("fill-in: case, spaces and letters beyond ASCII", "[grading]") {
    SECTION("case and spaces are ignored by default") {
        Question q = fill_in_question({{"own words", "own exact words"}});
        check_marks(q, {
                           {{"own words"}, Verdict::Correct, 1.0},
                           {{"Own Words"}, Verdict::Correct, 1.0},
                           {{"  own   words  "}, Verdict::Correct, 1.0},
                           {{"own\twords\n"}, Verdict::Correct, 1.0},
                           {{"own\u00A0words"}, Verdict::Correct, 1.0},       // no-break space
                           {{"own\u202Fwords"}, Verdict::Correct, 1.0},       // narrow no-break space
                           {{"OWN EXACT WORDS"}, Verdict::Correct, 1.0},      // any accepted answer
                           {{"ownwords"}, Verdict::Incorrect, 0.0},
                           {{"own word"}, Verdict::Incorrect, 0.0},
                           {{"own words."}, Verdict::Incorrect, 0.0},
                       });
    }
    SECTION("letters beyond ASCII match in either case") {
        Question q = fill_in_question({{"Ärztin"}, {"ЖУРНАЛ"}, {"Ψυχολόγος"}, {"Ґанок"}, {"Șef"}});
        check_marks(q, {
                           {{"ärztin", "журнал", "ΨΥΧΟΛΌΓΟΣ", "ґанок", "șef"}, Verdict::Correct, 1.0},
                           {{"ÄRZTIN", "Журнал", "ψυχολόγος", "ҐАНОК", "ȘEF"}, Verdict::Correct, 1.0},
                           {{"arztin", "журнал", "ψυχολογος", "ганок", "sef"}, Verdict::Partly, 0.2},
                       });
    }
    SECTION("case_sensitive and exact_spaces hold the learner to the letter") {
        Question strict = fill_in_question({{"Ärztin"}}, true, true);
        check_marks(strict, {
                                {{"Ärztin"}, Verdict::Correct, 1.0},
                                {{"ärztin"}, Verdict::Incorrect, 0.0},
                                {{" Ärztin"}, Verdict::Incorrect, 0.0},
                            });
        Question spaced = fill_in_question({{"own words"}}, false, true);
        check_marks(spaced, {
                                {{"OWN words"}, Verdict::Correct, 1.0},
                                {{"own  words"}, Verdict::Incorrect, 0.0},
                                {{"own\u00A0words"}, Verdict::Incorrect, 0.0},
                            });
        Question cased = fill_in_question({{"DSL"}}, true, false);
        check_marks(cased, {{{"  DSL "}, Verdict::Correct, 1.0}, {{"dsl"}, Verdict::Incorrect, 0.0}});
    }
    SECTION("several blanks earn a share each; an empty blank is wrong, all empty is not an answer") {
        Question q = fill_in_question({{"own words"}, {"lead"}, {"999"}});
        check_marks(q, {
                           {{"own words", "lead", "999"}, Verdict::Correct, 1.0},
                           {{"own words", "lead", "111"}, Verdict::Partly, 2.0 / 3},
                           {{"own words", "", ""}, Verdict::Partly, 1.0 / 3},
                           {{"", "", "999"}, Verdict::Partly, 1.0 / 3},
                           {{"lead", "own words", "x"}, Verdict::Incorrect, 0.0},  // each blank its own answers
                       });
        check_refusals(q, {
                              {{"", "", ""}, "Fill in the blanks first."},
                              {{" ", "\u00A0", "\t"}, "Fill in the blanks first."},
                              {{"own words", "lead"}, "Give one answer for each blank."},
                              {{}, "Give one answer for each blank."},
                          });
        Question one = fill_in_question({{"lead"}});
        check_refusals(one, {{{""}, "Type your answer first."}, {{"  "}, "Type your answer first."}});
    }
}

TEST_CASE("fill-in lists every correct combination, the first accepted answers first, at most 64", "[grading]") {
    Question q = fill_in_question({{"own words", "own exact words"}, {"lead", "DSL"}});
    CHECK(correct_responses(q) == std::vector<Response>{{"own words", "lead"},
                                                        {"own words", "DSL"},
                                                        {"own exact words", "lead"},
                                                        {"own exact words", "DSL"}});
    Question many = fill_in_question({{"a", "b", "c", "d", "e"}, {"a", "b", "c", "d", "e"}, {"a", "b", "c", "d", "e"}});
    std::vector<Response> patterns = correct_responses(many);
    CHECK(patterns.size() == 64);
    CHECK(patterns.front() == Response{"a", "a", "a"});
    for (const Response& pattern : patterns) CHECK(grade(many, pattern).verdict == Verdict::Correct);
    CHECK(interaction_type(ScreenKind::FillIn) == std::string("fill-in"));
}

TEST_CASE("confidence: a point on the scale, never marked", "[grading]") {
    Question q = ungraded_question(ScreenKind::Confidence);
    check_marks(q, {{{"1"}, Verdict::Ungraded, 0.0}, {{"5"}, Verdict::Ungraded, 0.0}});
    const std::string scale = "Choose a point on the scale from 1 to 5.";
    check_refusals(q, {{{}, scale}, {{"0"}, scale}, {{"6"}, scale}, {{"3", "4"}, scale}, {{" 3"}, scale},
                       {{"three"}, scale}});
    CHECK(correct_responses(q).empty());
    CHECK(interaction_type(q.kind) == std::string("likert"));
}

TEST_CASE("reflection: any text long enough, never marked", "[grading]") {
    Question q = ungraded_question(ScreenKind::Reflection, 10);
    check_marks(q, {
                       {{"I will listen first."}, Verdict::Ungraded, 0.0},
                       {{"Ärztin ist"}, Verdict::Ungraded, 0.0},  // ten characters, twelve bytes
                   });
    check_refusals(q, {
                          {{}, "Write something first."},
                          {{""}, "Write something first."},
                          {{" \n\t "}, "Write something first."},
                          {{"Ärztin is"}, "Write at least 10 characters."},
                          {{"a    b    c"}, "Write at least 10 characters."},  // runs of spaces count once
                          {{"one", "two"}, "Write something first."},
                      });
    check_marks(ungraded_question(ScreenKind::Reflection), {{{"x"}, Verdict::Ungraded, 0.0}});
    CHECK(correct_responses(q).empty());
    CHECK(interaction_type(q.kind) == std::string("long-fill-in"));
}

TEST_CASE("text matching folds case and spaces without touching other characters", "[grading]") {
    struct Row {
        std::string in, folded;
    };
    for (const Row& row : std::vector<Row>{{"ÄÖÜ ÀÉÎ Ÿ", "äöü àéî ÿ"},
                                           {"ŁÓDŹ ŐZ", "łódź őz"},
                                           {"ΆΈΉΊΌΎΏ", "άέήίόύώ"},
                                           {"ЁЖЇҐ", "ёжїґ"},
                                           {"ỆẠ", "ệạ"},
                                           {"İı ß 東京 😀", "İı ß 東京 😀"},   // left alone
                                           {"bad \xFF byte", "bad \xFF byte"}}) {
        INFO(row.in);
        CHECK(fold_case(row.in) == row.folded);
    }
    CHECK(collapse_spaces("\u3000 own \u2003\u00A0 words \u202F") == "own words");
    CHECK(collapse_spaces("") == "");
    CHECK(count_characters("Ärztin") == 6);
    CHECK(count_characters("журнал") == 6);
}
