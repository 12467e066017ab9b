#include "course_settings_parser.hpp"

#include "screen_parser.hpp"

#include <sstream>

namespace primer {
namespace {

// An except phrase that does not contain its term would never excuse anything.
void check_except(TableReader& block, const AvoidTerm& term, const std::vector<Located<std::string>>& except) {
    AvoidTerm alone = term;
    alone.except.clear();
    for (const auto& [phrase, at] : except)
        if (find_terms(phrase, {alone}).empty())
            block.diagnostics().warning(at, "the 'except' phrase \"" + phrase + "\" does not contain \"" + term.term + "\"",
                                        "list longer phrases in which the term is fine, e.g. the name of an "
                                        "organisation: except = [\"CSA Centre\"]");
}

std::optional<AvoidTerm> read_avoid(TableReader& block) {
    AvoidTerm term;
    term.where = block.where("term");
    std::optional<std::string> text = block.string("term", Need::Required, "\"perpetrator\"");
    term.prefer = block.string("prefer", Need::Required, "\"the person who has sexually abused the child\"").value_or("");
    term.why = block.string("why", Need::Optional, "\"a label puts distance between us and what happened\"").value_or("");
    term.case_sensitive = block.boolean("case_sensitive", "true").value_or(false);
    for (auto& form : block.strings("forms", Need::Optional, "[\"disclosed\", \"disclosing\"]")) term.forms.push_back(form.value);
    std::vector<Located<std::string>> except = block.strings("except", Need::Optional, "[\"CSA Centre\"]");
    for (const auto& phrase : except) term.except.push_back(phrase.value);
    block.report_unknown();
    if (!text || text->find_first_not_of(" \t\r\n") == std::string::npos) return std::nullopt;
    term.term = *text;
    check_except(block, term, except);
    return term;
}

void read_task_allowances(TableReader& duration, DurationRates& rates) {
    std::optional<TableReader> kinds = duration.table("kind_minutes");
    if (!kinds) return;
    for (ScreenKind kind : authored_kinds()) {
        if (!is_question_kind(kind)) continue;
        std::optional<double> minutes = kinds->number(to_string(kind), Need::Optional, "2");
        if (!minutes) continue;
        if (*minutes < 0)
            kinds->diagnostics().error(kinds->where(to_string(kind)),
                                       "'" + std::string(to_string(kind)) + "' must be 0 or more",
                                       "write the minutes a task of this kind takes, e.g. reflection = 3");
        else
            rates.kind_minutes[kind] = *minutes;
    }
    kinds->report_unknown();
}

std::string written(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

// A rate that is 0 or more (more than 0 when `must_be_positive`), or the default.
double read_rate(TableReader& duration, std::string_view key, double fallback, bool must_be_positive) {
    std::optional<double> value = duration.number(key, Need::Optional, written(fallback));
    if (!value) return fallback;
    if (must_be_positive ? *value > 0 : *value >= 0) return *value;
    duration.diagnostics().error(duration.where(key),
                                 "'" + std::string(key) + "' must be " + (must_be_positive ? "more than 0" : "0 or more"),
                                 "leave it out for the default: " + std::string(key) + " = " + written(fallback));
    return fallback;
}

}  // namespace

std::vector<AvoidTerm> read_avoid_terms(TableReader& course) {
    std::vector<AvoidTerm> terms;
    for (TableReader& block : course.tables("avoid")) {
        std::optional<AvoidTerm> term = read_avoid(block);
        if (!term) continue;
        std::vector<std::string> names{term->term};
        names.insert(names.end(), term->forms.begin(), term->forms.end());
        bool repeated = false;
        for (const std::string& name : names) {
            if (repeated || find_term_named(name, terms) == terms.size()) continue;
            block.diagnostics().warning(term->where, "\"" + name + "\" is already on the list of terms to avoid",
                                        "each term or form needs one [[avoid]] block; remove this one, or merge them");
            repeated = true;
        }
        if (!repeated) terms.push_back(std::move(*term));
    }
    return terms;
}

DurationRates read_duration_rates(TableReader& course) {
    DurationRates rates;
    std::optional<TableReader> duration = course.table("duration");
    if (!duration) return rates;
    rates.words_per_minute = read_rate(*duration, "words_per_minute", rates.words_per_minute, true);
    rates.task_minutes = read_rate(*duration, "task_minutes", rates.task_minutes, false);
    rates.conversation_step_minutes =
        read_rate(*duration, "conversation_step_minutes", rates.conversation_step_minutes, false);
    rates.assessment_question_minutes =
        read_rate(*duration, "assessment_question_minutes", rates.assessment_question_minutes, false);
    read_task_allowances(*duration, rates);
    duration->report_unknown();
    return rates;
}

}  // namespace primer
