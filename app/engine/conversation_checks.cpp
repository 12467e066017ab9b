#include "conversation_checks.hpp"

#include "names.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace primer {
namespace {

using Graph = std::map<std::string, std::vector<std::string>>;  // node id -> the nodes it leads to

std::vector<std::string> node_ids(const Conversation& conversation) {
    std::vector<std::string> ids;
    for (const ConversationNode& node : conversation.nodes)
        if (!node.id.empty() && std::find(ids.begin(), ids.end(), node.id) == ids.end()) ids.push_back(node.id);
    return ids;
}

std::string unknown_target_hint(const std::string& target, const std::vector<std::string>& ids) {
    std::string match = closest_match(target, ids);
    if (!match.empty()) return "did you mean '" + match + "'?";
    return "the nodes in this conversation are " + join_names(ids, "'");
}

// Reports targets that name no node; the graph keeps only the edges that exist. Nodes
// with a missing target are `broken`: their paths stop there, already reported.
Graph build_graph(const Conversation& conversation, std::set<std::string>& broken, Diagnostics& diagnostics) {
    Graph graph;
    std::vector<std::string> ids = node_ids(conversation);
    auto follow = [&](const ConversationNode& node, const std::string& to, const SourceLoc& at, const std::string& what) {
        if (to.empty()) return;  // a missing `to` is reported by the reader
        if (conversation.find_node(to)) {
            graph[node.id].push_back(to);
            return;
        }
        broken.insert(node.id);
        diagnostics.error(at, what + " leads to node '" + to + "', which does not exist", unknown_target_hint(to, ids));
    };
    for (const ConversationNode& node : conversation.nodes) {
        graph[node.id];
        for (const ConversationChoice& choice : node.choices)
            follow(node, choice.to, choice.to_where, "choice '" + choice.id + "'");
        for (const NextRule& rule : node.next) follow(node, rule.to, rule.to_where, "this next rule");
    }
    return graph;
}

std::set<std::string> reachable_from(const std::vector<std::string>& starts, const Graph& graph) {
    std::set<std::string> seen(starts.begin(), starts.end());
    std::vector<std::string> todo = starts;
    while (!todo.empty()) {
        std::string at = todo.back();
        todo.pop_back();
        auto it = graph.find(at);
        if (it == graph.end()) continue;
        for (const std::string& to : it->second)
            if (seen.insert(to).second) todo.push_back(to);
    }
    return seen;
}

Graph reversed(const Graph& graph) {
    Graph back;
    for (const auto& [from, targets] : graph)
        for (const std::string& to : targets) back[to].push_back(from);
    return back;
}

bool is_dead_end(const ConversationNode& node) { return !node.ending && node.choices.empty() && node.next.empty(); }

void check_dead_ends(const Conversation& conversation, Diagnostics& diagnostics) {
    for (const ConversationNode& node : conversation.nodes)
        if (is_dead_end(node))
            diagnostics.error(node.where, "node '" + node.id + "' is a dead end: it is not an ending and has no "
                                          "choices and no next rule",
                              "add [[screen.node.choice]] blocks, a [[screen.node.next]] block with to = \"...\", "
                              "or ending = true with a title and a debrief");
}

void check_unreachable(const Conversation& conversation, const std::set<std::string>& reached, Diagnostics& diagnostics) {
    const std::string& first = conversation.nodes.front().id;
    for (const ConversationNode& node : conversation.nodes)
        if (!node.id.empty() && !reached.count(node.id))
            diagnostics.error(node.where, "node '" + node.id + "' cannot be reached from the first node, '" + first + "'",
                              "lead a choice or next rule to it with to = \"" + node.id + "\", or remove it");
}

// Reached nodes from which no path leads to an ending (nor to a dead end or a missing
// node, which are reported already): they go round a loop for ever. One error per loop.
void check_loops(const Conversation& conversation, const Graph& graph, const std::set<std::string>& reached,
                 const std::set<std::string>& broken, Diagnostics& diagnostics) {
    std::vector<std::string> exits;
    for (const ConversationNode& node : conversation.nodes)
        if (node.ending || is_dead_end(node) || broken.count(node.id)) exits.push_back(node.id);
    std::set<std::string> can_leave = reachable_from(exits, reversed(graph));
    std::set<std::string> reported;
    for (const ConversationNode& node : conversation.nodes) {
        if (node.id.empty() || !reached.count(node.id) || can_leave.count(node.id) || reported.count(node.id)) continue;
        std::vector<std::string> loop;
        for (const std::string& id : node_ids(conversation))
            if (reachable_from({node.id}, graph).count(id) && !reported.count(id)) loop.push_back(id);
        reported.insert(loop.begin(), loop.end());
        std::string message = loop.size() == 1 ? "node '" + node.id + "' only leads back to itself, never to an ending"
                                               : "nodes " + join_names(loop, "'") +
                                                     " go round in a loop with no way out to an ending";
        diagnostics.error(node.where, std::move(message),
                          "add a choice or next rule that leads on from the loop towards an ending");
    }
}

// Where every choice (or every next rule) of a node has a condition, some values of the
// variables may close them all and leave the learner with no way on.
void check_fallbacks(const Conversation& conversation, Diagnostics& diagnostics) {
    for (const ConversationNode& node : conversation.nodes) {
        std::vector<const Condition*> conditions;
        for (const ConversationChoice& choice : node.choices) conditions.push_back(&choice.condition);
        for (const NextRule& rule : node.next) conditions.push_back(&rule.condition);
        if (conditions.empty() || !may_all_fail(conversation, conditions)) continue;
        if (!node.choices.empty())
            diagnostics.warning(node.where, "every choice on node '" + node.id + "' can be hidden by its condition",
                                "add a choice without 'if', so that the learner always has a reply");
        else
            diagnostics.warning(node.where, "every next rule on node '" + node.id + "' can fail its condition",
                                "end with a [[screen.node.next]] block without 'if', so that there is always a way on");
    }
}

}  // namespace

void check_conversation(const Conversation& conversation, Diagnostics& diagnostics) {
    if (conversation.nodes.empty()) return;
    std::set<std::string> broken;
    Graph graph = build_graph(conversation, broken, diagnostics);
    std::set<std::string> reached = reachable_from({conversation.nodes.front().id}, graph);

    const ConversationNode& first = conversation.nodes.front();
    bool has_ending = std::any_of(conversation.nodes.begin(), conversation.nodes.end(),
                                  [](const ConversationNode& n) { return n.ending; });
    if (!has_ending)
        diagnostics.error(conversation.where, "this conversation has no ending",
                          "mark the last node of each path with ending = true, and give it a title and a debrief");
    else if (first.ending)
        diagnostics.error(first.where, "the first node, '" + first.id + "', is an ending, so the conversation would "
                                       "end before the learner says anything",
                          "put the node where the conversation starts first; endings come after the choices");
    check_dead_ends(conversation, diagnostics);
    check_unreachable(conversation, reached, diagnostics);
    if (has_ending) check_loops(conversation, graph, reached, broken, diagnostics);
    check_fallbacks(conversation, diagnostics);
    check_conversation_variables(conversation, diagnostics);
}

}  // namespace primer
