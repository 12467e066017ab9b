// Test-only helper for tests/gui/keyboard_only_course.sh: reads a learner's saved progress
// (the progress table's state_json, on stdin) and prints the keys that do the next step of the screen they are on, right, as a learner
// using the keyboard alone would press them. The on-screen orders come from the same seeded
// shuffles the player uses (shuffle.hpp, with the seeds the screens derive), so nothing in
// the player is changed or exposed for the test. Keep the key conventions in step with the
// input files in app/ui (choice_input.cpp, ordering_input.cpp and the others).
//
// Usage: sqlite3 DB "select state_json from progress ..." | primer_keyboard_answer COURSE_DIR
// Prints lines: "kind K" (the screen's kind, as authors write it), "note" (the screen has a
// content note: read on with Enter on arrival), "key K1 K2 ..." (xdotool key names), "type
// TEXT" (text to type), and "done" once the screen needs nothing more but moving on.
#include "assessment.hpp"
#include "course_loader.hpp"
#include "runtime.hpp"
#include "shuffle.hpp"
#include "progress_codec.hpp"

#include <algorithm>
#include <iostream>
#include <iterator>
#include <numeric>
#include <string>
#include <vector>

namespace primer {
namespace {

struct Keys {
    std::vector<std::string> lines;
    std::string pending;  // key names not yet written as a line

    void key(const std::string& name) { pending += (pending.empty() ? "" : " ") + name; }
    void type(const std::string& text) {
        flush();
        lines.push_back("type " + text);
    }
    void flush() {
        if (!pending.empty()) lines.push_back("key " + pending);
        pending.clear();
    }
};

std::vector<std::size_t> identity(std::size_t count) {
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t{0});
    return order;
}

// The place (from 0) at which author item `item` is shown.
std::size_t shown_at(const std::vector<std::size_t>& shown, std::size_t item) {
    return static_cast<std::size_t>(std::find(shown.begin(), shown.end(), item) - shown.begin());
}

void moves(Keys& keys, int from, int to) {
    for (int at = from; at < to; ++at) keys.key("Down");
    for (int at = from; at > to; --at) keys.key("Up");
}

// The keys that build the right response to `question` shown with `seed`; no Enter.
void answer(const Question& question, std::uint64_t seed, Keys& keys) {
    if (const auto* choice = std::get_if<ChoiceTask>(&question.body)) {
        if (question.kind == ScreenKind::TrueFalse) {
            const ChoiceOption* right = choice->find_option("true");
            keys.key(right && right->correct ? "t" : "f");
            return;
        }
        const std::size_t count = choice->options.size();
        const auto shown = question.shuffle ? shuffled_order(count, seed) : identity(count);
        for (std::size_t i = 0; i < count; ++i)
            if (choice->options[i].correct) keys.key(std::to_string(shown_at(shown, i) + 1));
    } else if (const auto* ordering = std::get_if<OrderingTask>(&question.body)) {
        // Focus on the first item; bring each right item up into its place in turn.
        std::vector<std::size_t> now = shuffled_out_of_order(ordering->items.size(), seed);
        int focus = 0;
        for (std::size_t i = 0; i < now.size(); ++i) {
            const std::size_t j = shown_at(now, i);
            if (j == i) continue;
            moves(keys, focus, static_cast<int>(j));
            keys.key("space");
            moves(keys, static_cast<int>(j), static_cast<int>(i));
            keys.key("space");
            now.erase(now.begin() + static_cast<std::ptrdiff_t>(j));
            now.insert(now.begin() + static_cast<std::ptrdiff_t>(i), i);
            focus = static_cast<int>(i);
        }
    } else if (const auto* categorise = std::get_if<CategoriseTask>(&question.body)) {
        // Down the shown items, each sent to its group by the group's number.
        const auto shown = shuffled_out_of_order(categorise->items.size(), seed);
        for (std::size_t at = 0; at < shown.size(); ++at) {
            const auto& entry = categorise->items[shown[at]];
            for (std::size_t g = 0; g < categorise->groups.size(); ++g)
                if (categorise->groups[g].id == entry.group) keys.key(std::to_string(g + 1));
            if (at + 1 < shown.size()) keys.key("Down");
        }
    } else if (const auto* matching = std::get_if<MatchingTask>(&question.body)) {
        // Down the items (in the author's order), each given its answer by the answer's number.
        const auto shown = shuffled_out_of_order(matching->right.size(), seed);
        for (std::size_t at = 0; at < matching->left.size(); ++at) {
            for (std::size_t r = 0; r < matching->right.size(); ++r)
                if (matching->right[r].id == matching->left[at].match)
                    keys.key(std::to_string(shown_at(shown, r) + 1));
            if (at + 1 < matching->left.size()) keys.key("Down");
        }
    } else if (const auto* hotspot = std::get_if<HotspotTask>(&question.body)) {
        // No region has the focus until a key asks; Tab steps through them in order.
        int focus = 0;
        for (std::size_t at = 0; at < hotspot->regions.size(); ++at) {
            if (!hotspot->regions[at].correct) continue;
            for (; focus < static_cast<int>(at) + 1; ++focus) keys.key("Tab");
            keys.key("space");
        }
    } else if (const auto* fill_in = std::get_if<FillInTask>(&question.body)) {
        // The first blank has the keyboard; Enter goes on to the next empty one.
        for (std::size_t at = 0; at < fill_in->blanks.size(); ++at) {
            keys.type(fill_in->blanks[at].accepted.front());
            if (at + 1 < fill_in->blanks.size()) keys.key("Return");
        }
    } else if (std::holds_alternative<ConfidenceTask>(question.body)) {
        keys.key("4");
    } else if (const auto* reflection = std::get_if<ReflectionTask>(&question.body)) {
        std::string text = "I will listen, write down the child's own words and tell my safeguarding lead today.";
        while (static_cast<int>(text.size()) < reflection->min_characters) text += " I will keep a record.";
        keys.type(text);
    }
}

void assessment_step(const Assessment& assessment, const std::string& screen_id, const Progress& progress,
                     Keys& keys) {
    const AssessmentAttempt* attempt = open_attempt(attempts_at(progress, screen_id));
    if (!attempt) {
        keys.key("Return");  // start
        return;
    }
    // After a confirmed answer the view stays on it: Enter goes on to the next unanswered one.
    if (!attempt->answers.empty()) keys.key("Return");
    for (const std::string& id : attempt->questions) {
        if (attempt->answers.count(id)) continue;
        const Question* question = assessment.find_question(id);
        if (!question) return;
        answer(*question,
               derive_seed(progress.seed, screen_id + "#" + std::to_string(attempt->number) + "#" + id), keys);
        keys.key("Return");  // confirm
        return;
    }
    keys.key("Return");  // every question answered: Enter asks to submit, and Enter submits
}

void conversation_step(const Conversation& conversation, const std::string& screen_id, const Progress& progress,
                       Keys& keys) {
    auto saved = progress.conversations.find(screen_id);
    ConversationProgress state =
        saved == progress.conversations.end() ? start_conversation(conversation, {}) : saved->second;
    // The feedback on the last reply is read (Continue) before the next node shows.
    if (!state.path.empty()) {
        const ConversationNode* was = conversation.find_node(state.path.back().node);
        const ConversationChoice* said = was ? was->find_choice(state.path.back().choice) : nullptr;
        if (said && !said->feedback.empty()) keys.key("Return");
    }
    const ConversationNode* node = conversation.find_node(state.node);
    if (!node || node->ending) return;
    const auto open = available_choices(conversation, state);
    if (open.empty()) {
        keys.key("Return");  // Continue
        return;
    }
    auto best = std::find_if(open.begin(), open.end(), [](const ConversationChoice* c) { return c->best; });
    const long at = best == open.end() ? 0 : best - open.begin();
    if (!state.path.empty()) {
        keys.key(std::to_string(at + 1));  // its number
        return;
    }
    // The first reply by the arrows (none is highlighted until one is pressed) and Enter.
    for (long step = 0; step <= at; ++step) keys.key("Down");
    keys.key("Return");
}

int run(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: primer_keyboard_answer COURSE_DIR < progress.state_json\n";
        return 2;
    }
    LoadResult loaded = load_course(argv[1], nullptr, Checks::Play);
    const std::string saved{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    std::string error = "the course has errors";
    const std::optional<Progress> progress = loaded.course ? decode_progress(saved, error) : std::nullopt;
    const Screen* screen = progress ? current_screen(*loaded.course, *progress) : nullptr;
    if (!screen) {
        std::cerr << "primer_keyboard_answer: no screen to answer (" << error << ")\n";
        return 1;
    }
    Keys keys;
    keys.lines.push_back(std::string("kind ") + to_string(screen->kind));
    if (screen->content_note) keys.lines.push_back("note");
    const std::string& id = progress->current;
    if (!is_finished(*screen, id, *progress)) {
        if (screen->assessment) {
            assessment_step(*screen->assessment, id, *progress, keys);
        } else if (screen->conversation) {
            conversation_step(*screen->conversation, id, *progress, keys);
        } else if (screen->question) {
            answer(*screen->question, derive_seed(progress->seed, id), keys);
            keys.key(screen->kind == ScreenKind::Reflection ? "ctrl+Return" : "Return");
        }
    }
    keys.flush();
    if (keys.lines.back().rfind("key ", 0) != 0 && keys.lines.back().rfind("type ", 0) != 0)
        keys.lines.push_back("done");
    for (const std::string& line : keys.lines) std::cout << line << "\n";
    return 0;
}

}  // namespace
}  // namespace primer

int main(int argc, char** argv) { return primer::run(argc, argv); }
