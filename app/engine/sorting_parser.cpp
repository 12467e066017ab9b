// Readers for the three sorting kinds, which share their building blocks: a list of
// [[screen.item]]-like blocks with ids and texts, a count that must be in range, and ids
// that must be unique within the question.
//   ordering    [[screen.item]] (id, text), written in the right order
//   categorise  [[screen.group]] (id, text) and [[screen.item]] (id, text, group)
//   matching    [[screen.pair]] (id, left, right) and [[screen.distractor]] (id, text)
#include "question_parser.hpp"

#include "text_match.hpp"

#include <algorithm>
#include <map>

namespace primer {
namespace {

struct Range {
    int min;
    int max;
};

constexpr Range ordering_items{3, 8};
constexpr Range categorise_groups{2, 4};
constexpr Range categorise_items{3, 12};
constexpr Range matching_pairs{2, 6};
constexpr int max_distractors = 3;  // with 6 pairs, 9 answers: one number key each

// Where ids must be unique, and how messages name them.
struct IdSpace {
    FirstUse ids;
    std::string used_twice;  // "in this question"
    std::string own_id;      // "give each item its own id"
};

Item read_item(TableReader& block, IdSpace& space, const std::string& what, std::string_view text_key,
               std::string_view example) {
    Item item;
    item.where = block.where();
    if (auto id = block.id("id", what)) {
        item.id = id->value;
        if (auto first = space.ids.see(id->value, id->where))
            block.diagnostics().error(id->where, what + " id '" + id->value + "' is used twice " + space.used_twice,
                                      "it is first used at " + place_name(*first, id->where) + "; " + space.own_id);
    }
    item.text = block.rich_text(text_key, Need::Required, example).value_or(RichText{});
    return item;
}

IdSpace id_space(const std::string& what) { return {{}, "in this question", "give each " + what + " its own id"}; }

// "an ordering question needs 3 to 8 items, but this one has 2", at the question.
void check_count(TableReader& block, int count, Range range, const std::string& question, const std::string& things,
                 const std::string& table) {
    if (count >= range.min && count <= range.max) return;
    block.diagnostics().error(block.where(),
                              question + " needs " + std::to_string(range.min) + " to " + std::to_string(range.max) +
                                  " " + things + ", but this one has " + std::to_string(count),
                              count < range.min ? "add a " + table + " block below this [[screen]] for each one"
                                                : "remove some, or split the question in two");
}

// These kinds are always shown shuffled (a list in its written order would give the
// answer away), so a `shuffle` line would promise something the player does not do.
void warn_about_shuffle(TableReader& block, ScreenKind kind) {
    if (!block.has("shuffle")) return;
    block.diagnostics().warning(block.where("shuffle"),
                                std::string("'shuffle' has no effect on ") + to_string(kind) + " questions",
                                "the player always shows their items in a shuffled order; remove this line");
}

}  // namespace

OrderingTask parse_ordering_task(TableReader& block) {
    OrderingTask task;
    IdSpace ids = id_space("item");
    for (TableReader& item_block : block.tables("item")) {
        task.items.push_back(read_item(item_block, ids, "item", "text", "\"Listen calmly\""));
        item_block.report_unknown();
    }
    check_count(block, static_cast<int>(task.items.size()), ordering_items, "an ordering question", "items",
                "[[screen.item]]");
    warn_about_shuffle(block, ScreenKind::Ordering);
    return task;
}

CategoriseTask parse_categorise_task(TableReader& block) {
    CategoriseTask task;
    IdSpace group_ids = id_space("group");
    std::vector<std::string> group_names;
    for (TableReader& group_block : block.tables("group")) {
        task.groups.push_back(read_item(group_block, group_ids, "group", "text", "\"Do\""));
        if (!task.groups.back().id.empty()) group_names.push_back(task.groups.back().id);
        group_block.report_unknown();
    }
    check_count(block, static_cast<int>(task.groups.size()), categorise_groups, "a categorise question", "groups",
                "[[screen.group]]");

    IdSpace item_ids = id_space("item");
    for (TableReader& item_block : block.tables("item")) {
        CategoriseTask::Entry entry{read_item(item_block, item_ids, "item", "text", "\"Listen carefully\""), {}};
        std::optional<std::string> group = item_block.string("group", Need::Required, "\"do\"");
        item_block.report_unknown();
        if (group) entry.group = *group;
        bool known = std::find(group_names.begin(), group_names.end(), entry.group) != group_names.end();
        if (group && !group->empty() && !known && !group_names.empty()) {
            std::string hint = "the groups are " + join_names(group_names, "'");
            std::string match = closest_match(*group, group_names);
            if (!match.empty()) hint = "did you mean '" + match + "'? " + hint;
            block.diagnostics().error(item_block.where("group"),
                                      "item '" + entry.item.id + "' is put in group '" + *group +
                                          "', which this question does not have",
                                      std::move(hint));
        }
        task.items.push_back(std::move(entry));
    }
    check_count(block, static_cast<int>(task.items.size()), categorise_items, "a categorise question", "items",
                "[[screen.item]]");
    warn_about_shuffle(block, ScreenKind::Categorise);
    return task;
}

MatchingTask parse_matching_task(TableReader& block) {
    MatchingTask task;
    // Pairs and distractors share one list of answers, so one set of ids.
    IdSpace ids{{}, "in this question's pairs and distractors",
                "give each pair and distractor its own id: together they are the answers"};
    // Two answers that read the same cannot be told apart by the learner, so each right
    // text may appear once; the map remembers where each was first written.
    std::map<std::string, SourceLoc> answer_texts;
    auto check_answer_text = [&](TableReader& at, std::string_view key, const Item& answer) {
        std::string text = fold_case(collapse_spaces(plain_text(answer.text)));
        if (text.empty()) return;
        SourceLoc where = at.where(key);
        auto [first, fresh] = answer_texts.emplace(text, where);
        if (!fresh)
            block.diagnostics().error(where, "answer '" + collapse_spaces(plain_text(answer.text)) +
                                                 "' reads the same as the answer at " + place_name(first->second, where),
                                      "each answer matches one item, and learners cannot tell identical answers "
                                      "apart; reword one, or make this a categorise question if several items "
                                      "share an answer");
    };

    for (TableReader& pair_block : block.tables("pair")) {
        Item left = read_item(pair_block, ids, "pair", "left", "\"Disclosure\"");
        Item right{left.id, pair_block.rich_text("right", Need::Required, "\"Telling\"")
                                .value_or(RichText{}),
                   pair_block.where("right")};
        pair_block.report_unknown();
        check_answer_text(pair_block, "right", right);
        task.left.push_back({left, left.id});
        task.right.push_back(std::move(right));
    }
    check_count(block, static_cast<int>(task.left.size()), matching_pairs, "a matching question", "pairs",
                "[[screen.pair]]");

    std::vector<TableReader> distractors = block.tables("distractor");
    for (TableReader& distractor_block : distractors) {
        task.right.push_back(read_item(distractor_block, ids, "distractor", "text", "\"An answer that matches nothing\""));
        distractor_block.report_unknown();
        check_answer_text(distractor_block, "text", task.right.back());
    }
    if (static_cast<int>(distractors.size()) > max_distractors)
        block.diagnostics().error(block.where(),
                                  "a matching question has at most " + std::to_string(max_distractors) +
                                      " distractors, but this one has " + std::to_string(distractors.size()),
                                  "remove some: every answer gets a number key, and more than nine are hard to scan");
    warn_about_shuffle(block, ScreenKind::Matching);
    return task;
}

}  // namespace primer
