#include "conversation.hpp"

#include <algorithm>
#include <limits>

namespace primer {
namespace {

int value_of(const std::map<std::string, int>& variables, const std::string& name) {
    auto it = variables.find(name);
    return it == variables.end() ? 0 : it->second;
}

// Scores stay well inside int: a loop that keeps adding saturates instead of overflowing.
int saturating_add(int a, int b) {
    long long sum = static_cast<long long>(a) + b;
    return static_cast<int>(std::clamp<long long>(sum, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

void apply_effects(const std::vector<Effect>& effects, std::map<std::string, int>& variables) {
    for (const Effect& effect : effects) {
        int& value = variables[effect.variable];
        value = effect.op == Effect::Op::Set ? effect.value : saturating_add(value, effect.value);
    }
}

const NextRule* first_rule_that_holds(const ConversationNode& node, const std::map<std::string, int>& variables) {
    for (const NextRule& rule : node.next)
        if (holds(rule.condition, variables)) return &rule;
    return nullptr;
}

ConversationMove refused(const ConversationProgress& state, std::string why) { return {state, std::move(why)}; }

}  // namespace

bool compare(long long actual, Condition::Op op, long long value) {
    switch (op) {
    case Condition::Op::Eq: return actual == value;
    case Condition::Op::Ne: return actual != value;
    case Condition::Op::Lt: return actual < value;
    case Condition::Op::Le: return actual <= value;
    case Condition::Op::Gt: return actual > value;
    case Condition::Op::Ge: return actual >= value;
    }
    return false;
}

const Variable* Conversation::find_variable(const std::string& name) const {
    auto it = std::find_if(variables.begin(), variables.end(), [&](const Variable& v) { return v.name == name; });
    return it == variables.end() ? nullptr : &*it;
}

bool holds(const Condition& condition, const std::map<std::string, int>& variables) {
    return std::all_of(condition.clauses.begin(), condition.clauses.end(), [&](const Condition::Clause& clause) {
        return compare(value_of(variables, clause.variable), clause.op, clause.value);
    });
}

ConversationProgress start_conversation(const Conversation& conversation, const ConversationProgress& previous) {
    ConversationProgress state;
    state.node = conversation.nodes.empty() ? "" : conversation.nodes.front().id;
    for (const Variable& variable : conversation.variables) state.variables[variable.name] = variable.initial;
    state.endings = previous.endings;
    return state;
}

std::vector<const ConversationChoice*> available_choices(const Conversation& conversation,
                                                          const ConversationProgress& state) {
    std::vector<const ConversationChoice*> out;
    const ConversationNode* node = conversation.find_node(state.node);
    if (!node) return out;
    for (const ConversationChoice& choice : node->choices)
        if (holds(choice.condition, state.variables)) out.push_back(&choice);
    return out;
}

ConversationMove take_choice(const Conversation& conversation, const ConversationProgress& state,
                             const std::string& choice_id, Millis at) {
    const ConversationNode* node = conversation.find_node(state.node);
    if (!node) return refused(state, "This conversation has no step '" + state.node + "'; start it again.");
    if (node->ending) return refused(state, "This conversation has reached an ending; start it again to try another way.");

    ConversationProgress next = state;
    std::string target;
    if (choice_id.empty()) {
        if (!node->choices.empty()) return refused(state, "Choose one of the replies first.");
        const NextRule* rule = first_rule_that_holds(*node, state.variables);
        if (!rule) return refused(state, "There is no way on from here; start the conversation again.");
        target = rule->to;
    } else {
        const ConversationChoice* choice = node->find_choice(choice_id);
        if (!choice) return refused(state, "'" + choice_id + "' is not one of the replies here.");
        if (!holds(choice->condition, state.variables)) return refused(state, "That reply is not open here.");
        apply_effects(choice->effects, next.variables);
        target = choice->to;
    }
    const ConversationNode* reached = conversation.find_node(target);
    if (!reached) return refused(state, "This reply leads to a step that does not exist ('" + target + "').");
    next.path.push_back(ConversationStep{node->id, choice_id, at});
    next.node = reached->id;
    if (reached->ending) next.endings.push_back(reached->id);
    return {std::move(next), {}};
}

bool at_ending(const Conversation& conversation, const ConversationProgress& state) {
    const ConversationNode* node = conversation.find_node(state.node);
    return node && node->ending;
}

bool can_go_on(const Conversation& conversation, const ConversationProgress& state) {
    const ConversationNode* node = conversation.find_node(state.node);
    if (!node || node->ending) return false;
    if (!node->choices.empty()) return !available_choices(conversation, state).empty();
    return first_rule_that_holds(*node, state.variables) != nullptr;
}

std::vector<std::string> choices_taken(const ConversationProgress& state) {
    std::vector<std::string> out;
    for (const ConversationStep& step : state.path)
        if (!step.choice.empty()) out.push_back(step.choice);
    return out;
}

double conversation_score(const Conversation& conversation, const ConversationProgress& state) {
    if (conversation.score_variable.empty() || conversation.max_score <= 0) return 0;
    double score = static_cast<double>(value_of(state.variables, conversation.score_variable)) / conversation.max_score;
    return std::clamp(score, 0.0, 1.0);
}

}  // namespace primer
