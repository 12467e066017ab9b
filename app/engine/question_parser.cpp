#include "question_parser.hpp"

namespace primer {
namespace {

void read_feedback(TableReader& block, Question& question) {
    std::optional<TableReader> table = block.table("feedback");
    if (!table) return;
    QuestionFeedback& feedback = question.feedback;
    if (question.kind == ScreenKind::TrueFalse) read_true_false_feedback(*table, std::get<ChoiceTask>(question.body));
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

TaskBody read_body(TableReader& block, ScreenKind kind, const std::filesystem::path& module_folder) {
    switch (kind) {
    case ScreenKind::SingleChoice:
    case ScreenKind::MultipleResponse: return parse_choice_task(block, kind);
    case ScreenKind::TrueFalse: return parse_true_false_task(block);
    case ScreenKind::Hotspot: return parse_hotspot_task(block, module_folder);
    case ScreenKind::FillIn: return parse_fill_in_task(block);
    case ScreenKind::Confidence: return parse_confidence_task(block);
    case ScreenKind::Reflection: return parse_reflection_task(block);
    case ScreenKind::Ordering: return parse_ordering_task(block);
    case ScreenKind::Categorise: return parse_categorise_task(block);
    case ScreenKind::Matching: return parse_matching_task(block);
    default: return ChoiceTask{};
    }
}

}  // namespace

std::vector<std::string_view> question_keys(ScreenKind kind) {
    std::vector<std::string_view> keys{"prompt", "shuffle", "explanation"};
    // Ungraded kinds are saved once, with no verdict to give feedback on.
    if (is_graded_kind(kind)) keys.insert(keys.end(), {"attempts", "feedback"});
    switch (kind) {
    case ScreenKind::SingleChoice:
    case ScreenKind::MultipleResponse: keys.push_back("option"); break;
    case ScreenKind::TrueFalse: keys.push_back("answer"); break;
    case ScreenKind::Hotspot: keys.insert(keys.end(), {"image", "alt", "caption", "region"}); break;
    case ScreenKind::FillIn: keys.insert(keys.end(), {"blank", "case_sensitive", "exact_spaces"}); break;
    case ScreenKind::Confidence: keys.insert(keys.end(), {"labels", "compare_with"}); break;
    case ScreenKind::Reflection: keys.insert(keys.end(), {"placeholder", "min_characters"}); break;
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
    if (is_graded_kind(kind)) read_attempts(block, question);
    question.shuffle = block.boolean("shuffle", "true").value_or(false);
    question.explanation =
        block.rich_text("explanation", Need::Optional, "\"Why the right answer is right\"").value_or(RichText{});
    question.body = read_body(block, kind, module_folder);
    if (is_graded_kind(kind)) read_feedback(block, question);
    return question;
}

}  // namespace primer
