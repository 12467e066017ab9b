// Branching conversations: the model the parser builds and the pure functions that walk
// it. A conversation is a graph of nodes (what the child says or does) joined by the
// learner's choices; choices set variables, conditions on choices and on a node's `next`
// rules read them, and each path ends at an ending node with a debrief and a score.
#pragma once

#include "progress.hpp"
#include "tasks.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace primer {

// Numbers and flags; a flag is a number that is 0 or 1, declared with true/false.
struct Variable {
    std::string name;
    int initial = 0;
    bool flag = false;
    SourceLoc where;
};

// "trust >= 2 and not asked_leading": every clause must hold. Empty holds always.
struct Condition {
    enum class Op { Eq, Ne, Lt, Le, Gt, Ge };
    struct Clause {
        std::string variable;
        Op op = Op::Ne;  // a bare flag means "flag != 0"; "not flag" means "flag == 0"
        int value = 0;
        bool boolean = false;  // written as a flag test (a bare name, "not", true or false)
        std::string text;      // this clause as written, for messages
        SourceLoc where;
    };
    std::vector<Clause> clauses;
    std::string text;  // as written, for messages
};

// "trust + 1", "trust - 2", "told = true", "trust = 3".
struct Effect {
    enum class Op { Set, Add };
    std::string variable;
    Op op = Op::Set;
    int value = 0;
    bool boolean = false;  // the value was written true or false
    std::string text;      // as written, for messages
    SourceLoc where;
};

struct ConversationChoice {
    std::string id;
    RichText text;
    std::string to;  // next node id
    Condition condition;
    std::vector<Effect> effects;
    RichText feedback;  // shown after choosing, before the next node
    bool best = false;  // the response practice guidance prefers; records use it as the correct pattern
    SourceLoc where;
    SourceLoc to_where;
};

// For nodes without choices: the first rule whose condition holds says where to go.
struct NextRule {
    std::string to;
    Condition condition;
    SourceLoc where;
    SourceLoc to_where;
};

struct ConversationNode {
    std::string id;
    std::string speaker;  // "Maya, 9" or empty for narration
    RichText text;
    std::optional<ImageRef> image;
    std::vector<ConversationChoice> choices;
    std::vector<NextRule> next;
    bool ending = false;
    std::string ending_title;  // endings only
    RichText debrief;          // endings only: what went well and what to do differently
    bool success = false;      // endings only: whether this ending counts as handled well
    SourceLoc where;

    const ConversationChoice* find_choice(const std::string& choice_id) const;
};

struct Conversation {
    RichText intro;
    std::vector<Variable> variables;
    std::vector<ConversationNode> nodes;  // the first node is where the conversation starts
    std::string score_variable;           // optional: the variable whose value is the score
    int max_score = 0;                    // the score's best value, for scaling to 0..1
    SourceLoc where;
    SourceLoc score_where;

    const ConversationNode* find_node(const std::string& node_id) const;
    const Variable* find_variable(const std::string& name) const;
};

// --- Walking a conversation: pure functions over ConversationProgress ------------------

// Whether `actual op value` is true: one clause, as play and the authoring checks read it.
bool compare(long long actual, Condition::Op op, long long value);
bool holds(const Condition& condition, const std::map<std::string, int>& variables);

// A fresh run: the first node, every variable at its initial value, an empty path. The
// endings reached in earlier runs are kept from `previous`.
ConversationProgress start_conversation(const Conversation& conversation, const ConversationProgress& previous);

// The choices on the current node whose conditions hold, in script order.
std::vector<const ConversationChoice*> available_choices(const Conversation& conversation,
                                                          const ConversationProgress& state);

struct ConversationMove {
    ConversationProgress state;
    std::string refusal;  // why the move was not made; empty when it was
};

// Takes `choice_id` on the current node: applies its effects, records the step and moves
// to its target. An empty `choice_id` continues from a node without choices by its first
// `next` rule that holds. Reaching an ending appends it to `endings`.
ConversationMove take_choice(const Conversation& conversation, const ConversationProgress& state,
                             const std::string& choice_id, Millis at);

bool at_ending(const Conversation& conversation, const ConversationProgress& state);

// Whether the learner can go on from the current node: it is not an ending, and a choice
// is available or (for a node without choices) a next rule holds. False on a node that
// this version of the course no longer has.
bool can_go_on(const Conversation& conversation, const ConversationProgress& state);

// The choice ids taken in this run, in order (continue steps have none).
std::vector<std::string> choices_taken(const ConversationProgress& state);

// 0..1: the score variable over max_score, clamped; 0 without a score variable.
double conversation_score(const Conversation& conversation, const ConversationProgress& state);

}  // namespace primer
