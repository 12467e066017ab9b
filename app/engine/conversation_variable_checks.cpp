#include "conversation_checks.hpp"

#include "conversation_expressions.hpp"
#include "names.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace primer {
namespace {

constexpr long long kUnbounded = 1LL << 40;  // far beyond any value a script can reach
constexpr long long kFar = 1LL << 30;        // beyond every number a script may write, and inside int

// The values a variable can ever hold, over every path: its starting value and the values
// choices set it to; with additions, everything from its lowest value up (or down) for ever,
// since a loop may repeat them. Sound, not exact: a value listed may be unreachable in play.
struct Domain {
    const Variable* variable = nullptr;
    bool changed = false;
    bool finite = true;
    std::set<long long> values;        // when finite
    long long low = 0, high = 0;       // when not; +-kUnbounded for no limit
};

// Whether an effect suits its variable's kind; those that do not are reported, not counted.
bool fits(const Variable& variable, const Effect& effect) {
    if (variable.flag) return effect.op == Effect::Op::Set && effect.boolean;
    return !effect.boolean;
}

std::map<std::string, Domain> domains_of(const Conversation& conversation) {
    std::map<std::string, Domain> domains;
    for (const Variable& variable : conversation.variables) {
        Domain& domain = domains[variable.name];
        domain.variable = &variable;
        domain.values.insert(variable.initial);
    }
    std::map<std::string, std::pair<bool, bool>> directions;  // goes up, goes down
    for (const ConversationNode& node : conversation.nodes)
        for (const ConversationChoice& choice : node.choices)
            for (const Effect& effect : choice.effects) {
                auto it = domains.find(effect.variable);
                if (it == domains.end() || !fits(*it->second.variable, effect)) continue;
                it->second.changed = true;
                if (effect.op == Effect::Op::Set) it->second.values.insert(effect.value);
                if (effect.op == Effect::Op::Add && effect.value != 0) {
                    it->second.finite = false;
                    (effect.value > 0 ? directions[effect.variable].first : directions[effect.variable].second) = true;
                }
            }
    for (auto& [name, domain] : domains) {
        if (domain.finite) continue;
        auto [up, down] = directions[name];
        domain.low = down ? -kUnbounded : *domain.values.begin();
        domain.high = up ? kUnbounded : *domain.values.rbegin();
    }
    return domains;
}


// Values worth trying for a variable: every value of a finite domain; otherwise the ends and
// the neighbours of each number the clauses compare with. Clauses are constant between
// those points, so trying them is as good as trying every value.
std::vector<long long> candidates(const Domain& domain, const std::vector<const Condition::Clause*>& clauses) {
    if (domain.finite) return {domain.values.begin(), domain.values.end()};
    std::set<long long> points{domain.low, domain.high};
    for (const Condition::Clause* clause : clauses)
        for (long long near : {clause->value - 1LL, static_cast<long long>(clause->value), clause->value + 1LL})
            if (near >= domain.low && near <= domain.high) points.insert(near);
    return {points.begin(), points.end()};
}

bool satisfiable(const Domain& domain, const std::vector<const Condition::Clause*>& clauses) {
    for (long long value : candidates(domain, clauses))
        if (std::all_of(clauses.begin(), clauses.end(),
                        [&](const Condition::Clause* c) { return compare(value, c->op, c->value); }))
            return true;
    return false;
}

bool is_flag_misuse(const Variable& variable, const Condition::Clause& clause) {
    return variable.flag && !clause.boolean && !satisfiable(Domain{&variable, true, true, {0, 1}, 0, 0}, {&clause});
}

std::string shown_value(const Variable& variable, long long value) {
    if (variable.flag) return value ? "true" : "false";
    return std::to_string(value);
}

// Why one clause can never hold, in the author's terms.
std::string reason(const Domain& domain, const Condition::Clause& clause) {
    const Variable& variable = *domain.variable;
    const std::string name = "'" + variable.name + "'";
    if (is_flag_misuse(variable, clause))
        return name + " is a flag (true or false), so '" + clause.text + "' can never hold";
    if (!domain.changed)
        return name + " is never changed from its starting value, " + shown_value(variable, variable.initial) +
               ", so '" + clause.text + "' can never hold";
    if (domain.finite) {
        std::vector<std::string> values;
        for (long long value : domain.values) values.push_back(shown_value(variable, value));
        return name + " only ever takes the values " + join_names(values) + ", so '" + clause.text +
               "' can never hold";
    }
    std::string bound = domain.low > -kUnbounded ? "never goes below " + std::to_string(domain.low)
                                                 : "never goes above " + std::to_string(domain.high);
    return name + " " + bound + ", so '" + clause.text + "' can never hold";
}

class VariableChecker {
public:
    VariableChecker(const Conversation& conversation, Diagnostics& diagnostics)
        : m_conversation(conversation), m_diagnostics(diagnostics), m_domains(domains_of(conversation)) {
        for (const Variable& variable : conversation.variables) m_names.push_back(variable.name);
    }

    void run() {
        for (const ConversationNode& node : m_conversation.nodes) {
            for (const ConversationChoice& choice : node.choices) {
                for (const Effect& effect : choice.effects) check_effect(effect);
                check_condition(choice.condition);
            }
            for (const NextRule& rule : node.next) check_condition(rule.condition);
        }
        check_score();
        for (const Variable& variable : m_conversation.variables)
            if (!m_used.count(variable.name) && variable.name != m_conversation.score_variable &&
                is_variable_name(variable.name))
                m_diagnostics.warning(variable.where, "variable '" + variable.name + "' is never used",
                                      "use it in an 'if' or a 'set', or remove it");
    }

private:
    std::string declare_hint(const std::string& name, bool flag) const {
        std::string match = closest_match(name, m_names);
        if (!match.empty()) return "did you mean '" + match + "'?";
        return "declare it with its starting value under [screen.variables], e.g. " + name +
               (flag ? " = false" : " = 0");
    }

    bool is_set_anywhere(const std::string& name) const {
        for (const ConversationNode& node : m_conversation.nodes)
            for (const ConversationChoice& choice : node.choices)
                for (const Effect& effect : choice.effects)
                    if (effect.variable == name) return true;
        return false;
    }

    void check_effect(const Effect& effect) {
        m_used.insert(effect.variable);
        auto it = m_domains.find(effect.variable);
        if (it == m_domains.end()) {
            m_diagnostics.error(effect.where, "variable '" + effect.variable + "' is not declared",
                                declare_hint(effect.variable, effect.boolean));
            return;
        }
        const Variable& variable = *it->second.variable;
        const std::string name = "'" + variable.name + "'";
        if (variable.flag && effect.op == Effect::Op::Add)
            m_diagnostics.error(effect.where, name + " is a flag (true or false); it cannot go up or down",
                                "write " + variable.name + " = true or " + variable.name + " = false");
        else if (variable.flag && !effect.boolean)
            m_diagnostics.error(effect.where, name + " is a flag; set it to true or false",
                                "write " + variable.name + " = true");
        else if (!variable.flag && effect.boolean)
            m_diagnostics.error(effect.where, name + " is a number; set it to a number or add to it",
                                "for example: " + variable.name + " = 2, or " + variable.name + " + 1");
    }

    void check_condition(const Condition& condition) {
        std::map<std::string, std::vector<const Condition::Clause*>> by_variable;
        for (const Condition::Clause& clause : condition.clauses) {
            m_used.insert(clause.variable);
            auto it = m_domains.find(clause.variable);
            if (it == m_domains.end()) {
                std::string message = is_set_anywhere(clause.variable)
                                          ? "variable '" + clause.variable + "' is not declared"
                                          : "variable '" + clause.variable + "' is read here but never declared or set";
                m_diagnostics.error(clause.where, std::move(message), declare_hint(clause.variable, clause.boolean));
            } else if (!it->second.variable->flag && clause.boolean) {
                m_diagnostics.error(clause.where, "'" + clause.variable + "' is a number, not a flag",
                                    "compare it with a number, e.g. " + clause.variable + " >= 1");
            } else {
                by_variable[clause.variable].push_back(&clause);
            }
        }
        for (const auto& [name, clauses] : by_variable) {
            const Domain& domain = m_domains.at(name);
            if (satisfiable(domain, clauses)) continue;
            auto alone = std::find_if(clauses.begin(), clauses.end(),
                                      [&](const Condition::Clause* c) { return !satisfiable(domain, {c}); });
            if (alone != clauses.end()) {
                std::string hint = is_flag_misuse(*domain.variable, **alone)
                                       ? "compare a flag with true or false, or write '" + name + "' or 'not " +
                                             name + "'"
                                       : "check the value, or the choices that set '" + name + "'";
                m_diagnostics.error((*alone)->where, reason(domain, **alone), std::move(hint));
                continue;
            }
            std::vector<std::string> texts;
            for (const Condition::Clause* clause : clauses) texts.push_back("'" + clause->text + "'");
            m_diagnostics.error(clauses.front()->where,
                                join_names(texts) + " can never hold together: no value of '" + name +
                                    "' meets them all",
                                "check the numbers; for either-or, write two choices (or two next rules), one for "
                                "each case");
        }
    }

    void check_score() {
        const std::string& name = m_conversation.score_variable;
        if (name.empty()) return;
        const Variable* variable = m_conversation.find_variable(name);
        if (!variable)
            m_diagnostics.error(m_conversation.score_where, "the score variable '" + name + "' is not declared",
                                declare_hint(name, false));
        else if (variable->flag)
            m_diagnostics.error(m_conversation.score_where, "the score must be a number, but '" + name + "' is a flag",
                                "declare it as a number, e.g. " + name + " = 0");
    }

    const Conversation& m_conversation;
    Diagnostics& m_diagnostics;
    std::map<std::string, Domain> m_domains;
    std::vector<std::string> m_names;
    std::set<std::string> m_used;
};

}  // namespace

void check_conversation_variables(const Conversation& conversation, Diagnostics& diagnostics) {
    VariableChecker(conversation, diagnostics).run();
}

bool may_all_fail(const Conversation& conversation, const std::vector<const Condition*>& conditions) {
    std::map<std::string, std::vector<const Condition::Clause*>> by_variable;
    for (const Condition* condition : conditions) {
        if (condition->clauses.empty()) return false;  // always holds
        for (const Condition::Clause& clause : condition->clauses) by_variable[clause.variable].push_back(&clause);
    }
    std::map<std::string, Domain> domains = domains_of(conversation);
    std::vector<std::pair<std::string, std::vector<long long>>> axes;
    std::size_t combinations = 1;
    for (const auto& [name, clauses] : by_variable) {
        auto it = domains.find(name);
        if (it == domains.end()) return false;  // undeclared: reported as an error already
        axes.emplace_back(name, candidates(it->second, clauses));
        combinations *= axes.back().second.size();
        if (combinations > 100000) return true;  // too many to try: assume the worst, it is only a warning
    }
    // Tries every combination of candidate values, odometer style.
    std::vector<std::size_t> at(axes.size(), 0);
    std::map<std::string, int> values;
    for (std::size_t n = 0; n < combinations; ++n) {
        for (std::size_t i = 0; i < axes.size(); ++i)
            values[axes[i].first] = static_cast<int>(std::clamp(axes[i].second[at[i]], -kFar, kFar));
        if (std::none_of(conditions.begin(), conditions.end(), [&](const Condition* c) { return holds(*c, values); }))
            return true;
        for (std::size_t i = 0; i < at.size() && ++at[i] == axes[i].second.size(); ++i) at[i] = 0;
    }
    return false;
}

}  // namespace primer
