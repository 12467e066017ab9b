// true-false: the author writes the statement as the prompt and whether it is true
// (`answer`); the parser makes the two options, with ids "true" and "false", so that
// grading, records and the player treat it as a choice of two.
#include "question_parser.hpp"

namespace primer {

ChoiceTask parse_true_false_task(TableReader& block) {
    ChoiceTask task;
    std::optional<bool> answer = block.boolean("answer", "false");
    if (!block.has("answer"))
        block.diagnostics().error(block.where(), "this true-false question does not say whether the statement is true",
                                  "add answer = true or answer = false below its prompt");
    for (bool value : {true, false}) {
        ChoiceOption option;
        option.id = value ? "true" : "false";
        option.where = block.where("answer");
        option.text = parse_rich_text(value ? "True" : "False", option.where, block.diagnostics());
        option.correct = answer && *answer == value;
        task.options.push_back(std::move(option));
    }
    return task;
}

void read_true_false_feedback(TableReader& feedback, ChoiceTask& task) {
    for (ChoiceOption& option : task.options)
        option.feedback =
            feedback.rich_text(option.id, Need::Optional, "\"Shown when the learner answers " + option.id + "\"")
                .value_or(RichText{});
}

}  // namespace primer
