// Conversations through the runtime: Choose and RestartConversation on the screen on
// view, and the records they leave. Every scenario runs twice: straight through, and with
// the progress encoded and decoded after every command.
#include "course_loader.hpp"
#include "playthrough.hpp"
#include "runtime.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace primer;

namespace {

Course load(const std::string& path) {
    LoadResult loaded = load_course_or_module(path);
    REQUIRE_FALSE(loaded.diagnostics.has_errors());
    return *loaded.course;
}

struct Player : test::Playthrough {
    Player() : Playthrough(load(test::fixture_path("courses/conversation")), 7) {}

    void go_to(const std::string& screen) {
        REQUIRE(send(Start{}).accepted());
        while (progress.current != screen) REQUIRE(send(Next{}).accepted());
    }

    void choose(const std::string& choice) {
        Outcome out = send(Choose{progress.current, choice, 4000});
        INFO(out.refusal);
        REQUIRE(out.accepted());
    }

    template <typename E>
    std::vector<E> all() const {
        std::vector<E> out;
        for (const Event& e : events)
            if (const E* one = std::get_if<E>(&e)) out.push_back(*one);
        return out;
    }

    const ConversationProgress& state() const { return progress.conversations.at(progress.current); }
};

}  // namespace

TEST_CASE("a choice is recorded as an answered choice interaction", "[conversation-runtime]") {
    Player p;
    p.round_trip = GENERATE(false, true);
    p.go_to("talking/first-words");
    CHECK_FALSE(can_go_next(p.course, p.progress));
    CHECK(p.progress.conversations.count("talking/first-words") == 0);  // not started until the first choice

    p.choose("make-time");
    auto checked = p.all<AnswerChecked>();
    REQUIRE(checked.size() == 1);
    CHECK(checked[0].screen == "talking/first-words");
    CHECK(checked[0].part == "start");
    CHECK(checked[0].kind == "conversation");
    CHECK(checked[0].interaction_type == "choice");
    CHECK(checked[0].response == Response{"make-time"});
    CHECK(checked[0].correct_responses == std::vector<Response>{{"make-time"}});
    CHECK(checked[0].verdict == Verdict::Correct);
    CHECK(checked[0].score == 1.0);
    CHECK(checked[0].attempt == 1);
    CHECK(checked[0].duration == 4000);
    CHECK(checked[0].at == p.now);

    auto ended = p.all<ConversationEnded>();
    REQUIRE(ended.size() == 1);
    CHECK(ended[0].screen == "talking/first-words");
    CHECK(ended[0].ending == "heard");
    CHECK(ended[0].path == std::vector<std::string>{"make-time"});
    CHECK(ended[0].score == 0.0);  // no score variable
    CHECK(ended[0].success);
    CHECK(ended[0].run == 1);
    // Any ending finishes the screen.
    CHECK(can_go_next(p.course, p.progress));
}

TEST_CASE("a run through the scored conversation, a restart and a second run", "[conversation-runtime]") {
    Player p;
    p.round_trip = GENERATE(false, true);
    p.go_to("talking/first-words");
    p.choose("later");
    REQUIRE(p.send(Next{}).accepted());
    REQUIRE(p.progress.current == "talking/maya");

    // Run 1: honest, reassuring, listening; the node without choices is continued.
    for (const char* choice : {"no-promise", "reassure", "listen"}) p.choose(choice);
    CHECK(p.state().node == "next-steps");
    CHECK_FALSE(can_go_next(p.course, p.progress));
    p.choose("");
    CHECK(p.state().node == "door-open");
    auto ended = p.all<ConversationEnded>();
    REQUIRE(ended.size() == 2);
    CHECK(ended[1].ending == "door-open");
    CHECK(ended[1].path == std::vector<std::string>{"no-promise", "reassure", "listen"});
    CHECK(ended[1].score == Approx(1.0));
    CHECK(ended[1].success);
    CHECK(ended[1].run == 1);
    CHECK(p.all<AnswerChecked>().size() == 4);  // first-words' one, and three here: continuing is not an answer
    CHECK(can_go_next(p.course, p.progress));

    CHECK(p.send(Choose{"talking/maya", "listen", 0}).refusal ==
          "This conversation has reached an ending; start it again to try another way.");
    REQUIRE(p.send(RestartConversation{"talking/maya"}).accepted());
    CHECK(p.state().node == "start");
    CHECK(p.state().path.empty());
    CHECK(p.state().variables.at("trust") == 0);
    CHECK(p.state().endings == std::vector<std::string>{"door-open"});
    CHECK(can_go_next(p.course, p.progress));  // still finished: an ending was reached
    CHECK(p.send(RestartConversation{"talking/maya"}).refusal ==
          "Reach an ending first; then you can try a different approach.");

    // Run 2: a promise of secrecy, kept. Records carry the run as the attempt.
    p.choose("promise");
    auto promise = p.all<AnswerChecked>().back();
    CHECK(promise.part == "start");
    CHECK(promise.verdict == Verdict::Incorrect);
    CHECK(promise.score == 0.0);
    CHECK(promise.correct_responses == std::vector<Response>{{"no-promise"}});
    CHECK(promise.attempt == 2);
    p.choose("keep-secret");
    auto secret = p.all<AnswerChecked>().back();
    CHECK(secret.part == "shares");
    CHECK(secret.correct_responses == std::vector<Response>{{"listen"}});
    CHECK(secret.verdict == Verdict::Incorrect);
    ended = p.all<ConversationEnded>();
    REQUIRE(ended.size() == 3);
    CHECK(ended[2].ending == "secret-kept");
    CHECK(ended[2].path == std::vector<std::string>{"promise", "keep-secret"});
    CHECK(ended[2].score == 0.0);
    CHECK_FALSE(ended[2].success);
    CHECK(ended[2].run == 2);
    CHECK(p.state().endings == std::vector<std::string>{"door-open", "secret-kept"});
}

TEST_CASE("conversation commands that cannot be applied change nothing", "[conversation-runtime]") {
    Player p;
    p.go_to("talking/welcome");
    auto refused = [&](const Command& command) {
        Outcome out = apply(p.course, p.progress, command, p.now + 1000);
        CHECK(out.progress == p.progress);
        CHECK(out.events.empty());
        return out.refusal;
    };
    CHECK(refused(Choose{"talking/first-words", "make-time", 0}) == "Only the screen on view can be answered.");
    CHECK(refused(Choose{"talking/welcome", "make-time", 0}) == "There is no conversation on 'talking/welcome'.");
    CHECK(refused(Choose{"talking/nowhere", "x", 0}) == "There is no screen 'talking/nowhere' in this course.");
    REQUIRE(p.send(Next{}).accepted());
    CHECK(refused(Choose{"talking/first-words", "nonsense", 0}) == "'nonsense' is not one of the replies here.");
    CHECK(refused(Choose{"talking/first-words", "", 0}) == "Choose one of the replies first.");
    CHECK(refused(RestartConversation{"talking/first-words"}) == "This conversation has not started yet.");
}

TEST_CASE("a saved step that this version of the course lacks starts the conversation again",
          "[conversation-runtime]") {
    Player p;
    p.go_to("talking/first-words");
    ConversationProgress stale;
    stale.node = "removed-node";
    stale.endings = {"heard"};
    p.progress.conversations["talking/first-words"] = stale;
    p.choose("later");
    CHECK(p.state().node == "missed");
    CHECK(p.state().endings == std::vector<std::string>{"heard", "missed"});
    CHECK(p.all<ConversationEnded>().back().run == 2);
    // From a step it lacks, a restart is allowed too.
    p.progress.conversations["talking/first-words"].node = "removed-node";
    CHECK(p.send(RestartConversation{"talking/first-words"}).accepted());
    CHECK(p.state().node == "start");
}

TEST_CASE("choices on a node with no best choice are recorded as ungraded", "[conversation-runtime]") {
    test::TempDir dir;
    test::write_file(dir / "module.toml", R"(id = "m"
title = "Ungraded choices"

[[screen]]
id = "talk"
kind = "conversation"
title = "Talk"

[[screen.node]]
id = "start"
text = "Hello"

[[screen.node.choice]]
id = "wave"
text = "Wave"
to = "end"

[[screen.node.choice]]
id = "nod"
text = "Nod"
to = "end"

[[screen.node]]
id = "end"
ending = true
title = "The end"
debrief = "Either was fine."
)");
    Player p;
    p.course = load((dir / "module.toml").string());
    p.progress = new_progress(p.course, 1000, 7);
    p.go_to("m/talk");
    p.choose("nod");
    auto checked = p.all<AnswerChecked>();
    REQUIRE(checked.size() == 1);
    CHECK(checked[0].verdict == Verdict::Ungraded);
    CHECK(checked[0].correct_responses.empty());
    CHECK_FALSE(checked[0].success());
    CHECK(checked[0].score == 0.0);
    CHECK(p.all<ConversationEnded>().back().success == false);
}
