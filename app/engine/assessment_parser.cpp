#include "assessment_parser.hpp"

#include "course_checks.hpp"
#include "names.hpp"
#include "question_parser.hpp"
#include "screen_parser.hpp"

#include <algorithm>

namespace primer {
namespace {

namespace fs = std::filesystem;

// Assessment questions are marked, so only the graded kinds the screen parser knows.
std::vector<ScreenKind> question_kinds() {
    std::vector<ScreenKind> kinds;
    for (ScreenKind kind : authored_kinds())
        if (is_graded_kind(kind)) kinds.push_back(kind);
    return kinds;
}

std::vector<std::string> kind_names() {
    std::vector<std::string> names;
    for (ScreenKind kind : question_kinds()) names.emplace_back(to_string(kind));
    return names;
}

std::optional<ScreenKind> read_question_kind(TableReader& block) {
    std::optional<std::string> name = block.string("kind", Need::Required, "\"single-choice\"");
    if (!name || name->empty()) return std::nullopt;
    for (ScreenKind kind : question_kinds())
        if (*name == to_string(kind)) return kind;
    std::string match = closest_match(*name, kind_names());
    std::string hint = "the kinds of assessment question are " + join_names(kind_names(), "'");
    if (!match.empty()) hint = "did you mean '" + match + "'? " + hint;
    block.diagnostics().error(block.where("kind"), "'" + *name + "' is not a kind of assessment question",
                              std::move(hint));
    // Without a kind there is no telling which keys belong; only report true typos.
    for (ScreenKind any : question_kinds())
        for (std::string_view key : question_keys(any)) block.allow({key});
    return std::nullopt;
}

// One [[question]] block; nullopt when its kind is unknown (the reason is reported).
std::optional<Question> read_question(TableReader& block, const std::string& pool, bool shuffle_by_default,
                                      const fs::path& module_folder, FirstUse& question_ids) {
    std::string id;
    if (auto located = block.id("id", "question")) {
        id = located->value;
        if (auto first = question_ids.see(id, located->where))
            block.diagnostics().error(located->where, "question id '" + id + "' is used twice in this assessment",
                                      "it is first used at " + place_name(*first, located->where) +
                                          "; give each question its own id");
    }
    std::optional<ScreenKind> kind = read_question_kind(block);
    std::string source = block.string("source", Need::Optional, "\"Where the facts come from\"").value_or("");
    std::vector<Located<std::string>> tags = block.strings("tags", Need::Optional, "[\"telling\"]");
    block.strings("allow_terms", Need::Optional, "[\"perpetrator\"]");  // language_check.hpp reads them
    if (!kind) {
        block.report_unknown();
        return std::nullopt;
    }
    if (block.has("attempts"))
        block.diagnostics().error(block.where("attempts"), "an assessment question takes one answer, so it has no 'attempts'",
                                  "remove it; the assessment's own 'attempts' says how often it may be taken");
    const bool shuffle_set = block.has("shuffle");
    Question question = parse_question(block, *kind, module_folder);
    question.id = id;
    question.pool = pool;
    question.source = source;
    for (auto& tag : tags) question.tags.push_back(std::move(tag.value));
    // A question may keep its options in order ("All of the above"); the rest follow the assessment.
    if (!shuffle_set) question.shuffle = shuffle_by_default;
    if (!block.has("explanation"))
        block.diagnostics().error(block.where(), "assessment question '" + id + "' has no explanation",
                                  "add explanation = \"...\": after submitting, review mode shows it beside the "
                                  "right answer");
    block.report_unknown();
    return question;
}

// Reads one question file into `assessment`; problems go to `diagnostics`.
void read_question_file(const Located<std::string>& listed, const fs::path& module_folder, Assessment& assessment,
                        FirstUse& question_ids, Diagnostics& diagnostics) {
    const auto& [written, at] = listed;
    if (written.empty() || leaves_folder(written)) {
        diagnostics.error(at, "question file '" + written + "' is not inside the module folder",
                          "put question files in the module folder and write their paths from there, "
                          "e.g. \"questions/scale.toml\"");
        return;
    }
    fs::path file = (module_folder / written).lexically_normal();
    std::error_code error;
    if (!fs::is_regular_file(file, error)) {
        std::string hint = "question files are written from the module folder, where module.toml is";
        std::string match = closest_match(file.filename().string(), entry_names(file.parent_path()));
        if (!match.empty())
            hint = "did you mean '" + (fs::path(written).parent_path() / match).generic_string() + "'? " + hint;
        diagnostics.error(at, "question file '" + written + "' does not exist", std::move(hint));
        return;
    }
    std::string label = file.string();
    std::optional<toml::table> root = read_toml_file(file, label, diagnostics);
    if (!root) return;
    TableReader reader(*root, label, diagnostics);
    std::string pool = reader.id("pool", "pool").value_or(Located<std::string>{}).value;
    std::vector<TableReader> blocks = reader.tables("question");
    if (blocks.empty() && !reader.has("question"))
        diagnostics.error(reader.where(), "this question file has no questions",
                          "add a [[question]] block for each question (modules/README.md shows one)");
    for (TableReader& block : blocks)
        if (auto question = read_question(block, pool, assessment.shuffle_options, module_folder, question_ids))
            assessment.questions.push_back(std::move(*question));
    reader.report_unknown();
}

// A whole number of at least `least`, or nothing (and an error) when it is less.
std::optional<int> read_at_least(TableReader& block, std::string_view key, std::string_view example, int least,
                                 const std::string& hint) {
    std::optional<int> value = block.integer(key, Need::Optional, example);
    if (!value || *value >= least) return value;
    std::string rule = least == 0 ? "cannot be negative" : "must be at least " + std::to_string(least);
    block.diagnostics().error(block.where(key), "'" + std::string(key) + "' " + rule, hint);
    return std::nullopt;
}

void read_settings(TableReader& block, Assessment& assessment) {
    Diagnostics& diagnostics = block.diagnostics();
    assessment.intro =
        block.rich_text("intro", Need::Optional, "\"What the assessment covers and how to pass\"").value_or(RichText{});
    assessment.draw = read_at_least(block, "draw", "15", 1, "it is how many questions each attempt asks, e.g. draw = 15")
                          .value_or(assessment.draw);
    if (std::optional<int> pass_mark = block.integer("pass_mark", Need::Optional, "80")) {
        if (*pass_mark < 0 || *pass_mark > 100)
            diagnostics.error(block.where("pass_mark"), "'pass_mark' must be between 0 and 100",
                              "it is the percentage needed to pass, e.g. pass_mark = 80; leave it out to use the "
                              "course's pass mark");
        else
            assessment.pass_mark = *pass_mark;
    }
    assessment.max_attempts =
        read_at_least(block, "attempts", "3", 0, "write how many attempts a learner may take; 0 or no 'attempts' "
                                                 "allows any number")
            .value_or(0);
    assessment.time_limit_minutes =
        read_at_least(block, "time_limit_minutes", "30", 1, "leave it out for no time limit").value_or(0);
    assessment.extension_minutes =
        read_at_least(block, "extension_minutes", "10", 1,
                      "leave it out to offer half the time limit (at least 5 minutes)")
            .value_or(0);
    if (block.has("extension_minutes") && !block.has("time_limit_minutes"))
        diagnostics.warning(block.where("extension_minutes"), "'extension_minutes' has no effect without a time limit",
                            "add time_limit_minutes, or remove extension_minutes");
    assessment.shuffle_options = block.boolean("shuffle_options", "false").value_or(true);
}

std::string questions(int count) { return std::to_string(count) + (count == 1 ? " question" : " questions"); }

// Checks that need every pool: enough questions for a draw, and for a retake to draw new ones.
void check_pools(TableReader& block, const Assessment& assessment) {
    Diagnostics& diagnostics = block.diagnostics();
    const int total = static_cast<int>(assessment.questions.size());
    if (total == 0) return;  // every file has said why it gave none
    if (total < assessment.draw) {
        diagnostics.error(block.where(block.has("draw") ? "draw" : "questions"),
                          "this assessment draws " + questions(assessment.draw) + ", but its pools hold only " +
                              std::to_string(total),
                          "add " + std::to_string(assessment.draw - total) + " more, or draw fewer: draw = " +
                              std::to_string(total));
        return;
    }
    if (assessment.max_attempts == 1) return;  // no retake, so nothing to repeat
    std::vector<std::string> pools = assessment.pools();
    std::vector<int> quotas = pool_quotas(assessment);
    for (const std::string& pool : pools_that_repeat(assessment)) {
        auto at = static_cast<std::size_t>(std::find(pools.begin(), pools.end(), pool) - pools.begin());
        int size = static_cast<int>(std::count_if(assessment.questions.begin(), assessment.questions.end(),
                                                  [&](const Question& q) { return q.pool == pool; }));
        int wanted = 2 * quotas[at];
        diagnostics.warning(block.where("questions"),
                            "pool '" + pool + "' has " + questions(size) + " and each attempt draws " +
                                std::to_string(quotas[at]) + ", so a retake repeats some of the last attempt's",
                            "add " + std::to_string(wanted - size) + " more to pool '" + pool +
                                "' so that a retake can draw new ones, or draw fewer");
    }
}

}  // namespace

std::vector<std::string_view> assessment_keys() {
    return {"intro", "draw", "pass_mark", "attempts", "time_limit_minutes", "extension_minutes", "shuffle_options",
            "questions"};
}

Assessment parse_assessment(TableReader& block, const fs::path& module_folder) {
    Assessment assessment;
    assessment.where = block.where();
    read_settings(block, assessment);
    FirstUse question_ids;
    const int errors_before = block.diagnostics().error_count();
    std::vector<Located<std::string>> files = block.strings("questions", Need::Required, "[\"questions/scale.toml\"]");
    if (files.empty() && block.has("questions"))
        block.diagnostics().error(block.where("questions"), "'questions' lists no question files",
                                  "list the files that hold the questions, e.g. questions = [\"questions/scale.toml\"]");
    for (const Located<std::string>& listed : files)
        read_question_file(listed, module_folder, assessment, question_ids, block.diagnostics());
    // With a file or a question unreadable, counting the pools would only repeat that problem.
    if (block.diagnostics().error_count() == errors_before) check_pools(block, assessment);
    return assessment;
}

}  // namespace primer
