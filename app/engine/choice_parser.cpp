#include "question_parser.hpp"

namespace primer {
namespace {

constexpr int min_options = 2;
constexpr int max_options = 8;

struct ReadOption {
    ChoiceOption option;
    bool correct_unreadable = false;  // `correct` is there but not true or false
};

ReadOption read_option(TableReader& block, FirstUse& option_ids) {
    ChoiceOption option;
    option.where = block.where();
    if (auto id = block.id("id", "option")) {
        option.id = id->value;
        if (auto first = option_ids.see(id->value, id->where))
            block.diagnostics().error(id->where, "option id '" + id->value + "' is used twice in this question",
                                      "it is first used at " + place_name(*first, id->where) +
                                          "; give each option its own id");
    }
    option.text = block.rich_text("text", Need::Required, "\"About 500,000\"").value_or(RichText{});
    std::optional<bool> correct = block.boolean("correct", "true");
    option.correct = correct.value_or(false);
    option.feedback = block.rich_text("feedback", Need::Optional, "\"Shown when this option is chosen\"")
                          .value_or(RichText{});
    block.report_unknown();
    return {std::move(option), block.has("correct") && !correct};
}

}  // namespace

// single-choice and multiple-response: 2 to 8 options; exactly one correct for single
// choice, at least one for multiple response.
ChoiceTask parse_choice_task(TableReader& block, ScreenKind kind) {
    ChoiceTask task;
    Diagnostics& diagnostics = block.diagnostics();
    const bool single = kind == ScreenKind::SingleChoice;

    FirstUse option_ids;
    std::optional<SourceLoc> first_correct;
    bool unreadable_correct = false;  // a mistyped `correct` is reported already; do not guess past it
    std::vector<TableReader> options = block.tables("option");
    for (TableReader& option_block : options) {
        ReadOption read = read_option(option_block, option_ids);
        unreadable_correct |= read.correct_unreadable;
        task.options.push_back(std::move(read.option));
        if (!task.options.back().correct) continue;
        SourceLoc at = option_block.where("correct");
        if (first_correct && single)
            diagnostics.error(at, "more than one option is marked correct",
                              "the first correct option is at " + place_name(*first_correct, at) +
                                  "; a single-choice question has exactly one right answer "
                                  "(for several, use kind = \"multiple-response\")");
        else if (!first_correct)
            first_correct = at;
    }

    int count = static_cast<int>(options.size());
    if (count < min_options || count > max_options)
        diagnostics.error(block.where(),
                          std::string("a ") + to_string(kind) + " question needs 2 to 8 options, but this one has " +
                              std::to_string(count),
                          count < min_options ? "add a [[screen.option]] block below this [[screen]] for each option"
                                              : "remove options, or split the question in two");
    if (count > 0 && !first_correct && !unreadable_correct)
        diagnostics.error(block.where(), "this question has no correct option",
                          single ? "add correct = true to the option that is the right answer"
                                 : "add correct = true to each option that is a right answer");
    return task;
}

}  // namespace primer
