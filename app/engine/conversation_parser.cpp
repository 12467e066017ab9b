#include "conversation_parser.hpp"

#include "conversation_checks.hpp"
#include "conversation_expressions.hpp"
#include "names.hpp"
#include "screen_parser.hpp"

#include <cctype>

namespace primer {
namespace {

// "Self-Blame" -> "self_blame": a name the hint can suggest.
std::string variable_name_from(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!out.empty() && out.back() != '_')
            out += '_';
    }
    while (!out.empty() && out.back() == '_') out.pop_back();
    return is_variable_name(out) ? out : "";
}

void read_variables(TableReader& block, Conversation& conversation) {
    std::optional<TableReader> table = block.table("variables");
    if (!table) return;
    for (const auto& [name, at] : table->undeclared()) {
        Variable variable;
        variable.name = name;
        variable.where = at;
        if (!is_variable_name(name)) {
            std::string suggestion = variable_name_from(name);
            block.diagnostics().error(at, "'" + name + "' is not a valid variable name",
                                      "variable names use lower-case letters, digits and underscores, and start "
                                      "with a letter" +
                                          (suggestion.empty() ? "" : ", e.g. " + suggestion));
        }
        const toml::node* value = table->node(name);
        const auto* text = value->as_string();
        if (value->is_boolean() || (text && (text->get() == "true" || text->get() == "false"))) {
            variable.flag = true;
            variable.initial = table->boolean(name, "false").value_or(false) ? 1 : 0;
        } else {
            variable.initial = table->integer(name, Need::Optional, "0").value_or(0);
        }
        conversation.variables.push_back(std::move(variable));
    }
}

std::optional<Condition> read_condition(TableReader& block) {
    std::optional<std::string> text = block.string("if", Need::Optional, "\"trust >= 2 and not rushed\"");
    if (!text) return Condition{};
    return parse_condition(*text, string_place(block.where("if"), *text), block.diagnostics());
}

std::vector<Effect> read_effects(TableReader& block) {
    std::vector<Located<std::string>> written;
    const toml::node* value = block.node("set");
    if (value && value->is_string()) {
        // One change may be written without the list brackets.
        if (auto one = block.string("set", Need::Optional, "[\"trust + 1\"]")) written.push_back({*one, block.where("set")});
    } else {
        written = block.strings("set", Need::Optional, "[\"trust + 1\", \"rushed = true\"]");
    }
    std::vector<Effect> effects;
    for (const auto& [text, at] : written)
        if (auto effect = parse_effect(text, string_place(at, text), block.diagnostics())) effects.push_back(std::move(*effect));
    return effects;
}

ConversationChoice read_choice(TableReader& block, FirstUse& choice_ids) {
    ConversationChoice choice;
    choice.where = block.where();
    if (auto id = block.id("id", "choice")) {
        choice.id = id->value;
        if (auto first = choice_ids.see(id->value, id->where))
            block.diagnostics().error(id->where, "choice id '" + id->value + "' is used twice in this conversation",
                                      "it is first used at " + place_name(*first, id->where) +
                                          "; give each choice its own id, since records name the choices taken");
    }
    choice.text = block.rich_text("text", Need::Required, "\"Thank you for telling me.\"").value_or(RichText{});
    choice.to = block.string("to", Need::Required, "\"next-node\"").value_or("");
    choice.to_where = block.where("to");
    choice.condition = read_condition(block).value_or(Condition{});
    choice.effects = read_effects(block);
    choice.feedback =
        block.rich_text("feedback", Need::Optional, "\"Shown after this choice\"").value_or(RichText{});
    choice.best = block.boolean("best", "true").value_or(false);
    block.report_unknown();
    return choice;
}

NextRule read_next(TableReader& block) {
    NextRule rule;
    rule.where = block.where();
    rule.to = block.string("to", Need::Required, "\"next-node\"").value_or("");
    rule.to_where = block.where("to");
    rule.condition = read_condition(block).value_or(Condition{});
    block.report_unknown();
    return rule;
}

// Title, debrief and success belong to endings; on another node they would never show.
void read_ending(TableReader& block, ConversationNode& node) {
    if (!node.ending) {
        for (const char* key : {"title", "debrief", "success"}) {
            block.allow({key});
            if (block.has(key))
                block.diagnostics().error(block.where(key), "'" + std::string(key) + "' is only for endings",
                                          "add ending = true to this node, or remove '" + std::string(key) + "'");
        }
        return;
    }
    node.ending_title = block.string("title", Need::Required, "\"The door stays open\"").value_or("");
    node.debrief = block.rich_text("debrief", Need::Optional, "\"What went well, and what to do differently\"")
                       .value_or(RichText{});
    node.success = block.boolean("success", "true").value_or(false);
    if (!block.has("debrief"))
        block.diagnostics().warning(node.where, "ending '" + node.id + "' has no debrief",
                                    "add debrief = \"...\": what went well, and what to do differently next time");
}

void check_node_shape(TableReader& block, const ConversationNode& node, const std::vector<TableReader>& choices,
                      const std::vector<TableReader>& next) {
    Diagnostics& diagnostics = block.diagnostics();
    if (node.ending && !choices.empty())
        diagnostics.error(choices.front().where(), "an ending has no choices",
                          "remove the [[screen.node.choice]] blocks, or remove ending = true");
    if (node.ending && !next.empty())
        diagnostics.error(next.front().where(), "an ending has no next rules",
                          "remove the [[screen.node.next]] blocks, or remove ending = true");
    if (!node.ending && !choices.empty() && !next.empty())
        diagnostics.error(next.front().where(), "a node with choices cannot also have next rules",
                          "the learner's choice says where to go; remove the [[screen.node.next]] blocks");
}

ConversationNode read_node(TableReader& block, const std::filesystem::path& module_folder, FirstUse& node_ids,
                           FirstUse& choice_ids) {
    ConversationNode node;
    node.where = block.where();
    if (auto id = block.id("id", "node")) {
        node.id = id->value;
        node.where = id->where;
        if (auto first = node_ids.see(id->value, id->where))
            block.diagnostics().error(id->where, "node id '" + id->value + "' is used twice in this conversation",
                                      "it is first used at " + place_name(*first, id->where) +
                                          "; give each node its own id");
    }
    node.speaker = block.string("speaker", Need::Optional, "\"Maya, 9\"").value_or("");
    block.strings("allow_terms", Need::Optional, "[\"perpetrator\"]");  // language_check.hpp reads them
    node.ending = block.boolean("ending", "true").value_or(false);
    node.text = block.rich_text("text", node.ending ? Need::Optional : Need::Required, "\"What the child says or does\"")
                    .value_or(RichText{});
    if (block.has("image")) {
        node.image = read_image(block, module_folder);
    } else if (block.has("alt")) {
        block.allow({"alt", "caption"});
        block.diagnostics().error(block.where("alt"), "'alt' describes an image, but this node has none",
                                  "add image = \"media/picture.png\", or remove 'alt'");
    }
    read_ending(block, node);

    std::vector<TableReader> choice_blocks = block.tables("choice");
    std::vector<TableReader> next_blocks = block.tables("next");
    for (TableReader& choice : choice_blocks) node.choices.push_back(read_choice(choice, choice_ids));
    for (TableReader& rule : next_blocks) node.next.push_back(read_next(rule));
    check_node_shape(block, node, choice_blocks, next_blocks);
    block.report_unknown();
    return node;
}

void read_score(TableReader& block, Conversation& conversation) {
    conversation.score_variable = block.string("score", Need::Optional, "\"trust\"").value_or("");
    conversation.score_where = block.where("score");
    std::optional<int> max_score =
        block.integer("max_score", conversation.score_variable.empty() ? Need::Optional : Need::Required, "4");
    if (!max_score) return;
    if (conversation.score_variable.empty())
        block.diagnostics().error(block.where("max_score"), "'max_score' needs a score variable",
                                  "add score = \"trust\", naming the variable that holds the score, or remove "
                                  "'max_score'");
    else if (*max_score < 1)
        block.diagnostics().error(block.where("max_score"), "'max_score' must be at least 1",
                                  "it is the score of the best path, e.g. max_score = 4");
    else
        conversation.max_score = *max_score;
}

}  // namespace

std::vector<std::string_view> conversation_keys() { return {"intro", "variables", "score", "max_score", "node"}; }

Conversation parse_conversation(TableReader& block, const std::filesystem::path& module_folder) {
    Conversation conversation;
    conversation.where = block.where();
    conversation.intro =
        block.rich_text("intro", Need::Optional, "\"What the learner needs to know first\"").value_or(RichText{});
    read_variables(block, conversation);
    read_score(block, conversation);

    FirstUse node_ids, choice_ids;
    for (TableReader& node : block.tables("node"))
        conversation.nodes.push_back(read_node(node, module_folder, node_ids, choice_ids));
    if (conversation.nodes.empty() && !block.has("node")) {
        block.diagnostics().error(block.where(), "this conversation has no nodes",
                                  "add a [[screen.node]] block for each thing the child says or does; the first "
                                  "one is where the conversation starts");
        return conversation;
    }
    check_conversation(conversation, block.diagnostics());
    return conversation;
}

}  // namespace primer
