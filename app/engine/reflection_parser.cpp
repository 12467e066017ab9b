// reflection: ungraded free text. What learners write stays on their computer; the
// parser only reads how the box invites it.
#include "question_parser.hpp"

namespace primer {

ReflectionTask parse_reflection_task(TableReader& block) {
    ReflectionTask task;
    task.placeholder =
        block.string("placeholder", Need::Optional, "\"What will you do differently?\"").value_or("");
    if (std::optional<int> least = block.integer("min_characters", Need::Optional, "40")) {
        if (*least < 0)
            block.diagnostics().error(block.where("min_characters"), "'min_characters' cannot be negative",
                                      "leave it out to accept any length, or give the fewest characters to ask "
                                      "for, e.g. min_characters = 40");
        else
            task.min_characters = *least;
    }
    return task;
}

}  // namespace primer
