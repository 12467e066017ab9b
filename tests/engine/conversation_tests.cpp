// Conversations: the condition and effect language, the fixture conversation as loaded,
// and the pure functions that walk a conversation (conversation.hpp), as tables.
#include "conversation_checks.hpp"
#include "conversation_expressions.hpp"
#include "course_loader.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace primer;

namespace {

const StringPlace kPlace{{"module.toml", 3, 6}, true};  // a value whose opening quote is at 3:6

Condition condition(const std::string& text) {
    Diagnostics diagnostics;
    auto parsed = parse_condition(text, kPlace, diagnostics);
    INFO(text << (diagnostics.all().empty() ? "" : ": " + diagnostics.all().front().message));
    REQUIRE(parsed);
    return *parsed;
}

const Course& fixture_course() {
    static const Course course = [] {
        LoadResult loaded = load_course(test::fixture_path("courses/conversation"));
        REQUIRE(loaded.diagnostics.all().empty());
        return *loaded.course;
    }();
    return course;
}

const Conversation& maya() { return *fixture_course().find_screen("talking/maya")->conversation; }

// Takes each choice in turn ("" continues a node without choices), requiring each move.
ConversationProgress walk(const Conversation& conversation, const std::vector<std::string>& choices) {
    ConversationProgress state = start_conversation(conversation, {});
    Millis at = 1000;
    for (const std::string& choice : choices) {
        ConversationMove move = take_choice(conversation, state, choice, at += 1000);
        INFO("choice '" << choice << "' at node '" << state.node << "'");
        REQUIRE(move.refusal.empty());
        state = move.state;
    }
    return state;
}

std::vector<std::string> ids(const std::vector<const ConversationChoice*>& choices) {
    std::vector<std::string> out;
    for (const ConversationChoice* choice : choices) out.push_back(choice->id);
    return out;
}

}  // namespace

TEST_CASE("the fixture conversation loads into the model", "[conversation]") {
    const Conversation& c = maya();
    REQUIRE(c.variables.size() == 3);
    const Variable* trust = c.find_variable("trust");
    const Variable* promised = c.find_variable("promised_secret");
    REQUIRE(trust);
    REQUIRE(promised);
    CHECK_FALSE(trust->flag);
    CHECK(trust->initial == 0);
    CHECK(promised->flag);
    CHECK(c.score_variable == "trust");
    CHECK(c.max_score == 4);
    CHECK(plain_text(c.intro).find("teaching assistant") != std::string::npos);

    REQUIRE(c.nodes.size() == 9);
    const ConversationNode& start = c.nodes.front();
    CHECK(start.id == "start");
    CHECK(start.speaker == "Maya, 9");
    REQUIRE(start.image);
    CHECK(start.image->path.filename() == "classroom.png");
    REQUIRE(start.choices.size() == 3);
    const ConversationChoice& honest = start.choices[0];
    CHECK(honest.id == "no-promise");
    CHECK(honest.best);
    CHECK(honest.to == "worried");
    REQUIRE(honest.effects.size() == 1);
    CHECK(honest.effects[0].variable == "trust");
    CHECK(honest.effects[0].op == Effect::Op::Add);
    CHECK(honest.effects[0].value == 1);
    CHECK_FALSE(honest.feedback.empty());

    const ConversationChoice* secret = c.find_node("shares")->find_choice("keep-secret");
    REQUIRE(secret);
    REQUIRE(secret->condition.clauses.size() == 1);
    CHECK(secret->condition.clauses[0].variable == "promised_secret");
    CHECK(secret->condition.clauses[0].op == Condition::Op::Ne);
    CHECK(secret->condition.clauses[0].where.column == 7);  // inside if = "promised_secret"

    const ConversationNode* steps = c.find_node("next-steps");
    REQUIRE(steps);
    CHECK(steps->speaker.empty());
    REQUIRE(steps->next.size() == 3);
    CHECK(steps->next[2].condition.clauses.empty());
    const ConversationNode* open = c.find_node("door-open");
    CHECK(open->ending);
    CHECK(open->success);
    CHECK(open->ending_title == "The door stays open");
    CHECK_FALSE(c.find_node("shut-down")->success);
}

TEST_CASE("conditions hold as written", "[conversation]") {
    struct Row {
        const char* text;
        std::map<std::string, int> variables;
        bool expected;
    };
    const Row rows[] = {
        {"trust >= 2", {{"trust", 2}}, true},
        {"trust >= 2", {{"trust", 1}}, false},
        {"trust > 2", {{"trust", 2}}, false},
        {"trust <= 2", {{"trust", 2}}, true},
        {"trust < 2", {{"trust", 2}}, false},
        {"trust == 2", {{"trust", 2}}, true},
        {"trust = 2", {{"trust", 2}}, true},  // one '=' compares too, as authors write it
        {"trust != 2", {{"trust", 2}}, false},
        {"trust == -1", {{"trust", -1}}, true},
        {"rushed", {{"rushed", 1}}, true},
        {"rushed", {}, false},  // a variable not in the state counts as 0 (false)
        {"not rushed", {{"rushed", 0}}, true},
        {"rushed == true", {{"rushed", 1}}, true},
        {"rushed == false", {{"rushed", 1}}, false},
        {"trust >= 2 and not rushed", {{"trust", 3}, {"rushed", 0}}, true},
        {"trust >= 2 and not rushed", {{"trust", 3}, {"rushed", 1}}, false},
        {"trust>=2 and trust<4", {{"trust", 3}}, true},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        CHECK(holds(condition(row.text), row.variables) == row.expected);
    }
    CHECK(holds(Condition{}, {}));  // no condition: always open
}

TEST_CASE("a clause keeps its own text and the column where it starts", "[conversation]") {
    Condition c = condition("trust >= 2 and not rushed");
    REQUIRE(c.clauses.size() == 2);
    CHECK(c.clauses[0].text == "trust >= 2");
    CHECK(c.clauses[0].where.column == 7);
    CHECK(c.clauses[1].text == "not rushed");
    CHECK(c.clauses[1].where.column == 22);
    CHECK(c.clauses[1].boolean);
}

TEST_CASE("effects read as authors write them", "[conversation]") {
    struct Row {
        const char* text;
        Effect::Op op;
        int value;
        bool boolean;
    };
    const Row rows[] = {
        {"trust + 1", Effect::Op::Add, 1, false},   {"trust - 2", Effect::Op::Add, -2, false},
        {"trust += 3", Effect::Op::Add, 3, false},  {"trust -= 1", Effect::Op::Add, -1, false},
        {"trust = 3", Effect::Op::Set, 3, false},   {"trust = -2", Effect::Op::Set, -2, false},
        {"rushed = true", Effect::Op::Set, 1, true}, {"rushed = false", Effect::Op::Set, 0, true},
        {"trust+1", Effect::Op::Add, 1, false},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        Diagnostics diagnostics;
        auto effect = parse_effect(row.text, kPlace, diagnostics);
        REQUIRE(effect);
        CHECK(effect->op == row.op);
        CHECK(effect->value == row.value);
        CHECK(effect->boolean == row.boolean);
        CHECK(effect->where.column == 7);
    }
}

TEST_CASE("expression problems point at the column inside the string", "[conversation]") {
    struct Row {
        const char* text;
        bool is_condition;
        int column;
        const char* message;
    };
    const Row rows[] = {
        {"trust >= 2 or rushed", true, 18, "'or' is not supported in conditions"},
        {"trust >= 2 && rushed", true, 18, "write 'and' instead of '&&'"},
        {"!rushed", true, 7, "write 'not' instead of '!'"},
        {"trust >=", true, 15, "expected a number, true or false after '>=', but found the end"},
        {"trust + 1", true, 13, "a condition compares a variable; it cannot change one"},
        {"Trust > 1", true, 7, "'Trust' is not a valid variable name"},
        {"trust > 2 and", true, 20, "expected the name of a variable here, but found the end"},
        {"", true, 6, "this condition is empty"},
        {"trust == 2", false, 13, "use one '=' to set a variable"},
        {"trust + 1 rushed", false, 17, "expected the end of this change, but found 'rushed'"},
        {"trust + many", false, 15, "expected a number after '+', but found 'many'"},
        {"trust = 2000000", false, 15, "the number 2000000 is too large"},
        {"+ 1", false, 7, "expected the name of a variable here, but found '+'"},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        Diagnostics diagnostics;
        bool parsed = row.is_condition ? parse_condition(row.text, kPlace, diagnostics).has_value()
                                       : parse_effect(row.text, kPlace, diagnostics).has_value();
        CHECK_FALSE(parsed);
        REQUIRE(diagnostics.all().size() == 1);
        CHECK(diagnostics.all()[0].message == row.message);
        CHECK(diagnostics.all()[0].where.line == 3);
        CHECK(diagnostics.all()[0].where.column == row.column);
    }
    // Text written with escapes no longer maps one character to one column: point at the quote.
    StringPlace escaped = string_place({"module.toml", 3, 6}, "trust >= \"2\"");
    Diagnostics diagnostics;
    CHECK_FALSE(parse_condition("trust >= \"2\"", escaped, diagnostics));
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].where.column == 6);
}

TEST_CASE("a fresh run starts at the first node with the starting values and keeps past endings",
          "[conversation]") {
    ConversationProgress previous;
    previous.node = "door-open";
    previous.variables = {{"trust", 4}};
    previous.path = {{"start", "no-promise", 5}};
    previous.endings = {"door-open"};
    ConversationProgress state = start_conversation(maya(), previous);
    CHECK(state.node == "start");
    CHECK(state.variables == std::map<std::string, int>{{"pressed", 0}, {"promised_secret", 0}, {"trust", 0}});
    CHECK(state.path.empty());
    CHECK(state.endings == std::vector<std::string>{"door-open"});
    CHECK_FALSE(at_ending(maya(), state));
    CHECK(can_go_on(maya(), state));
}

TEST_CASE("choices whose conditions fail are hidden", "[conversation]") {
    ConversationProgress honest = walk(maya(), {"no-promise", "reassure"});
    CHECK(honest.node == "shares");
    CHECK(ids(available_choices(maya(), honest)) == std::vector<std::string>{"listen", "questions"});
    ConversationProgress promised = walk(maya(), {"promise"});
    CHECK(ids(available_choices(maya(), promised)) == std::vector<std::string>{"listen", "questions", "keep-secret"});
}

TEST_CASE("every path through the fixture conversation", "[conversation]") {
    struct Row {
        std::vector<std::string> choices;
        const char* ending;
        int trust;
        double score;
    };
    const std::vector<Row> rows = {
        {{"no-promise", "reassure", "listen", ""}, "door-open", 4, 1.0},
        {{"no-promise", "leading", "listen", ""}, "shut-down", 3, 0.75},
        {{"no-promise", "reassure", "questions", ""}, "shut-down", 2, 0.5},
        {{"promise", "listen", ""}, "promise-broken", 2, 0.5},
        {{"promise", "keep-secret"}, "secret-kept", 0, 0.0},
        {{"busy"}, "brushed-off", 0, 0.0},
    };
    for (const Row& row : rows) {
        INFO("ending " << row.ending);
        ConversationProgress state = walk(maya(), row.choices);
        CHECK(state.node == row.ending);
        CHECK(at_ending(maya(), state));
        CHECK_FALSE(can_go_on(maya(), state));
        CHECK(state.endings == std::vector<std::string>{row.ending});
        CHECK(state.variables.at("trust") == row.trust);
        CHECK(conversation_score(maya(), state) == Approx(row.score));
        CHECK(state.path.size() == row.choices.size());
        std::vector<std::string> taken;
        for (const std::string& choice : row.choices)
            if (!choice.empty()) taken.push_back(choice);
        CHECK(choices_taken(state) == taken);
    }
}

TEST_CASE("each step of the path names its node, its choice and its time", "[conversation]") {
    ConversationProgress state = walk(maya(), {"promise", "listen", ""});
    REQUIRE(state.path.size() == 3);
    CHECK(state.path[0] == ConversationStep{"start", "promise", 2000});
    CHECK(state.path[1] == ConversationStep{"shares", "listen", 3000});
    CHECK(state.path[2] == ConversationStep{"next-steps", "", 4000});  // continued by a next rule
}

TEST_CASE("moves that cannot be made are refused and change nothing", "[conversation]") {
    struct Row {
        std::vector<std::string> before;
        std::string choice;
        const char* refusal;
    };
    const std::vector<Row> rows = {
        {{}, "nonsense", "'nonsense' is not one of the replies here."},
        {{}, "", "Choose one of the replies first."},
        {{"no-promise", "reassure"}, "keep-secret", "That reply is not open here."},
        {{"busy"}, "no-promise", "This conversation has reached an ending; start it again to try another way."},
        {{"promise", "listen"}, "listen", "'listen' is not one of the replies here."},
    };
    for (const Row& row : rows) {
        INFO("choice '" << row.choice << "'");
        ConversationProgress state = walk(maya(), row.before);
        ConversationMove move = take_choice(maya(), state, row.choice, 99);
        CHECK(move.refusal == row.refusal);
        CHECK(move.state == state);
    }
    ConversationProgress lost = start_conversation(maya(), {});
    lost.node = "removed-in-this-version";
    CHECK(take_choice(maya(), lost, "listen", 1).refusal ==
          "This conversation has no step 'removed-in-this-version'; start it again.");
    CHECK_FALSE(can_go_on(maya(), lost));
}

TEST_CASE("a node without choices goes by its first next rule that holds", "[conversation]") {
    Conversation c;
    c.variables = {{"n", 0, false, {}}};
    ConversationNode gate;
    gate.id = "gate";
    gate.next = {{"high", condition("n >= 5"), {}, {}}, {"low", condition("n < 5 and n > 0"), {}, {}}};
    ConversationNode high, low;
    high.id = "high";
    high.ending = true;
    low.id = "low";
    low.ending = true;
    c.nodes = {gate, high, low};

    ConversationProgress state = start_conversation(c, {});
    CHECK_FALSE(can_go_on(c, state));  // n == 0: no rule holds
    CHECK(take_choice(c, state, "", 1).refusal == "There is no way on from here; start the conversation again.");
    state.variables["n"] = 7;
    CHECK(take_choice(c, state, "", 1).state.node == "high");
    state.variables["n"] = 2;
    CHECK(take_choice(c, state, "", 1).state.node == "low");
}

TEST_CASE("scores are the score variable over max_score, kept within 0..1", "[conversation]") {
    Conversation c = maya();
    ConversationProgress state = start_conversation(c, {});
    const std::pair<int, double> rows[] = {{0, 0.0}, {2, 0.5}, {4, 1.0}, {9, 1.0}, {-3, 0.0}};
    for (auto [trust, score] : rows) {
        state.variables["trust"] = trust;
        CHECK(conversation_score(c, state) == Approx(score));
    }
    c.score_variable.clear();
    CHECK(conversation_score(c, state) == 0.0);
}

TEST_CASE("additions saturate rather than overflow", "[conversation]") {
    Conversation c;
    c.variables = {{"n", 2147483600, false, {}}};
    ConversationNode loop;
    loop.id = "loop";
    Effect add;
    add.variable = "n";
    add.op = Effect::Op::Add;
    add.value = 1000;
    loop.choices = {{"again", {}, "loop", {}, {add}, {}, false, {}, {}}};
    c.nodes = {loop};
    ConversationProgress state = start_conversation(c, {});
    for (int i = 0; i < 3; ++i) state = take_choice(c, state, "again", 1).state;
    CHECK(state.variables["n"] == 2147483647);
}

TEST_CASE("a node warns only when its conditions can really all fail", "[conversation]") {
    Conversation c;
    c.variables = {{"trust", 0, false, {}}, {"rushed", 0, true, {}}};
    Effect up;
    up.variable = "trust";
    up.op = Effect::Op::Add;
    up.value = 1;
    Effect rush;
    rush.variable = "rushed";
    rush.value = 1;
    rush.boolean = true;
    ConversationNode node;
    node.id = "n";
    node.choices = {{"up", {}, "n", {}, {up}, {}, false, {}, {}}, {"rush", {}, "n", {}, {rush}, {}, false, {}, {}}};
    c.nodes = {node};
    struct Row {
        std::vector<const char*> conditions;
        bool may_fail;
    };
    const std::vector<Row> rows = {
        {{"trust >= 2", "trust < 2"}, false},
        {{"trust >= 2", "trust < 1"}, true},  // trust == 1 closes both
        {{"trust > 3"}, true},
        {{"rushed", "not rushed"}, false},
        {{"rushed and trust >= 1", "not rushed", "trust < 1"}, false},
        {{"rushed and trust >= 1", "not rushed"}, true},  // rushed with trust 0
        {{"trust < 0"}, true},                            // can never hold: trust only goes up from 0
    };
    for (const Row& row : rows) {
        std::vector<Condition> parsed;
        for (const char* text : row.conditions) parsed.push_back(condition(text));
        std::vector<const Condition*> pointers;
        for (const Condition& one : parsed) pointers.push_back(&one);
        INFO(row.conditions.front());
        CHECK(may_all_fail(c, pointers) == row.may_fail);
    }
}
