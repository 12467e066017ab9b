#include "question_parser.hpp"

namespace primer {
namespace {

void read_feedback(TableReader& block, QuestionFeedback& feedback) {
    std::optional<TableReader> table = block.table("feedback");
    if (!table) return;
    feedback.correct = table->rich_text("correct", Need::Optional, "\"Yes, that's right.\"").value_or(RichText{});
    feedback.partly =
        table->rich_text("partly", Need::Optional, "\"Some of that is right.\"").value_or(RichText{});
    feedback.incorrect =
        table->rich_text("incorrect", Need::Optional, "\"Not quite. Have another look.\"").value_or(RichText{});
    table->report_unknown();
}

void read_attempts(TableReader& block, Question& question) {
    std::optional<int> attempts = block.integer("attempts", Need::Optional, "2");
    if (!attempts) return;
    if (*attempts < 1)
        block.diagnostics().error(block.where("attempts"), "'attempts' must be at least 1",
                                  "attempts = 1 gives one try; leave it out for the default of 2");
    else
        question.max_attempts = *attempts;
}

TaskBody read_body(TableReader& block, ScreenKind kind, const std::filesystem::path&) {
    switch (kind) {
    case ScreenKind::SingleChoice: return parse_choice_task(block, kind);
    case ScreenKind::Ordering: return parse_ordering_task(block);
    case ScreenKind::Categorise: return parse_categorise_task(block);
    case ScreenKind::Matching: return parse_matching_task(block);
    default: return ChoiceTask{};
    }
}

}  // namespace

std::vector<std::string_view> question_keys(ScreenKind kind) {
    std::vector<std::string_view> keys{"prompt", "attempts", "shuffle", "feedback", "explanation"};
    switch (kind) {
    case ScreenKind::SingleChoice: keys.push_back("option"); break;
    case ScreenKind::Ordering: keys.push_back("item"); break;
    case ScreenKind::Categorise: keys.insert(keys.end(), {"group", "item"}); break;
    case ScreenKind::Matching: keys.insert(keys.end(), {"pair", "distractor"}); break;
    default: break;
    }
    return keys;
}

Question parse_question(TableReader& block, ScreenKind kind, const std::filesystem::path& module_folder) {
    Question question;
    question.kind = kind;
    question.where = block.where();
    question.prompt = block.rich_text("prompt", Need::Required, "\"Which of these is true?\"").value_or(RichText{});
    read_attempts(block, question);
    question.shuffle = block.boolean("shuffle", "true").value_or(false);
    question.explanation =
        block.rich_text("explanation", Need::Optional, "\"Why the right answer is right\"").value_or(RichText{});
    question.body = read_body(block, kind, module_folder);
    read_feedback(block, question.feedback);
    return question;
}

}  // namespace primer
