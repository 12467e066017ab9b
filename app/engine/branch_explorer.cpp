#include "branch_explorer.hpp"

#include "autoplay_responses.hpp"

#include <algorithm>
#include <map>

namespace primer {
namespace {

constexpr std::size_t kDeadEndsShown = 5;
constexpr int kWrongTries = 8;  // distinct wrong responses tried per question, at most

class Walker {
public:
    Walker(const Conversation& conversation, int visits, int path_limit, ConversationWalk& walk)
        : m_conversation(conversation), m_visits(visits), m_path_limit(path_limit), m_walk(walk) {}

    void walk(const ConversationProgress& start) {
        m_seen[start.node] = 1;
        from(start);
    }

private:
    void from(const ConversationProgress& state) {
        if (m_walk.paths + m_walk.cut + m_walk.dead_end_count >= m_path_limit) {
            m_walk.truncated = true;
            return;
        }
        if (at_ending(m_conversation, state)) return ended(state);
        const ConversationNode* node = m_conversation.find_node(state.node);
        std::vector<std::string> moves;
        if (node && !node->choices.empty()) {
            for (const ConversationChoice* choice : available_choices(m_conversation, state)) moves.push_back(choice->id);
        } else if (can_go_on(m_conversation, state)) {
            moves.push_back("");  // continue by the first next rule that holds
        }
        if (moves.empty()) return stuck(state);
        for (const std::string& move : moves) {
            ConversationMove next = take_choice(m_conversation, state, move, 0);
            if (!next.refusal.empty()) {
                stuck(state);
                continue;
            }
            int& seen = m_seen[next.state.node];
            if (seen >= m_visits) {
                ++m_walk.cut;
                continue;
            }
            ++seen;
            from(next.state);
            --seen;
        }
    }

    void ended(const ConversationProgress& state) {
        ++m_walk.paths;
        m_walk.reached.insert(state.node);
        if (m_conversation.score_variable.empty()) return;
        double score = conversation_score(m_conversation, state);
        m_walk.min_score = std::min(m_walk.min_score.value_or(score), score);
        m_walk.max_score = std::max(m_walk.max_score.value_or(score), score);
    }

    void stuck(const ConversationProgress& state) {
        ++m_walk.dead_end_count;
        if (m_walk.dead_ends.size() >= kDeadEndsShown) return;
        std::string path;
        for (const ConversationStep& step : state.path) path += (step.choice.empty() ? "(continue)" : step.choice) + " > ";
        m_walk.dead_ends.push_back(path + "node '" + state.node + "'");
    }

    const Conversation& m_conversation;
    int m_visits;
    int m_path_limit;
    ConversationWalk& m_walk;
    std::map<std::string, int> m_seen;  // visits to each node on the path being walked
};

OutcomeTried attempt(const Question& question, std::string outcome, Response response) {
    OutcomeTried tried{std::move(outcome), std::move(response), {}};
    if (auto problem = response_problem(question, tried.response))
        tried.result = "refused: " + *problem;
    else
        tried.result = to_string(grade(question, tried.response).verdict);
    return tried;
}

}  // namespace

std::vector<std::string> ConversationWalk::missed() const {
    std::vector<std::string> out;
    for (const std::string& ending : endings)
        if (!reached.count(ending)) out.push_back(ending);
    return out;
}

bool BranchReport::ok() const {
    return std::all_of(conversations.begin(), conversations.end(), [](const ConversationWalk& w) { return w.ok(); }) &&
           std::all_of(questions.begin(), questions.end(), [](const QuestionOutcomes& q) { return q.ok; });
}

ConversationWalk walk_conversation(const Conversation& conversation, int visits, int path_limit) {
    ConversationWalk walk;
    for (const ConversationNode& node : conversation.nodes)
        if (node.ending) walk.endings.push_back(node.id);
    if (conversation.nodes.empty()) return walk;
    Walker(conversation, visits, path_limit, walk).walk(start_conversation(conversation, {}));
    return walk;
}

QuestionOutcomes try_outcomes(const Question& question) {
    QuestionOutcomes outcomes;
    outcomes.kind = question.kind;
    std::mt19937_64 unused_random(0);  // the Correct and Wrong strategies draw nothing
    if (!is_graded_kind(question.kind)) {
        outcomes.tried.push_back(attempt(question, "answered", scripted_response(question, Strategy::Correct, 0, unused_random)));
        return outcomes;
    }
    outcomes.tried.push_back(attempt(question, "correct", scripted_response(question, Strategy::Correct, 0, unused_random)));
    outcomes.ok = outcomes.tried.back().result == to_string(Verdict::Correct);
    std::vector<Response> wrong;
    for (int i = 0; i < kWrongTries; ++i) {
        Response response = scripted_response(question, Strategy::Wrong, i, unused_random);
        if (std::find(wrong.begin(), wrong.end(), response) == wrong.end()) wrong.push_back(std::move(response));
    }
    for (Response& response : wrong) outcomes.tried.push_back(attempt(question, "wrong", std::move(response)));
    if (auto partly = partly_right_response(question)) outcomes.tried.push_back(attempt(question, "partly right", *partly));
    return outcomes;
}

BranchReport explore_branches(const Course& course) {
    BranchReport report;
    for (const Module& module : course.modules)
        for (const Screen& screen : module.screens) {
            std::string id = ScreenRef{module.id, screen.id}.qualified();
            if (screen.conversation) {
                report.conversations.push_back(walk_conversation(*screen.conversation));
                report.conversations.back().screen = id;
            }
            if (screen.question) {
                report.questions.push_back(try_outcomes(*screen.question));
                report.questions.back().screen = id;
            }
        }
    return report;
}

}  // namespace primer
