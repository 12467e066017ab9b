// fill-in: one or more blanks, each with its label and the answers it accepts. Matching
// ignores case and extra spaces unless the author asks otherwise (grading.cpp).
#include "question_parser.hpp"

namespace primer {
namespace {

Blank read_blank(TableReader& block, FirstUse& blank_ids) {
    Blank blank;
    blank.where = block.where();
    if (auto id = block.id("id", "blank")) {
        blank.id = id->value;
        if (auto first = blank_ids.see(id->value, id->where))
            block.diagnostics().error(id->where, "blank id '" + id->value + "' is used twice in this question",
                                      "it is first used at " + place_name(*first, id->where) +
                                          "; give each blank its own id");
    }
    blank.label = block.rich_text("label", Need::Required, "\"Record what the child said in their\"")
                      .value_or(RichText{});
    const char* example = "[\"own words\", \"own exact words\"]";
    const int errors_before = block.diagnostics().error_count();
    for (auto& [answer, at] : block.strings("accepted", Need::Required, example)) {
        if (answer.find_first_not_of(" \t\r\n") == std::string::npos)
            block.diagnostics().error(at, "an accepted answer is empty", "remove it; an empty blank is never right");
        else
            blank.accepted.push_back(std::move(answer));
    }
    // An empty list; a missing or mistyped one has been reported already.
    if (blank.accepted.empty() && block.diagnostics().error_count() == errors_before)
        block.diagnostics().error(block.where("accepted"), "this blank accepts no answers",
                                  std::string("list every answer that counts as right, e.g. accepted = ") + example);
    block.report_unknown();
    return blank;
}

}  // namespace

FillInTask parse_fill_in_task(TableReader& block) {
    FillInTask task;
    task.case_sensitive = block.boolean("case_sensitive", "true").value_or(false);
    task.exact_spaces = block.boolean("exact_spaces", "true").value_or(false);
    FirstUse blank_ids;
    std::vector<TableReader> blanks = block.tables("blank");
    for (TableReader& blank_block : blanks) task.blanks.push_back(read_blank(blank_block, blank_ids));
    if (blanks.empty())
        block.diagnostics().error(block.where(), "a fill-in question needs at least one blank",
                                  "add a [[screen.blank]] block below this [[screen]] for each blank");
    return task;
}

}  // namespace primer
