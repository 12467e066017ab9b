// Skipping from a content note. A learner who would rather not read a screen's content
// passes over it to the screen its note names; the screens passed count as done, so the
// choice never blocks completion, unless the module marks one as required: the skip then
// stops on that screen, because the module cannot be completed without it.
#include "runtime_steps.hpp"

#include <algorithm>

namespace primer {

Outcome skip_section(const Course& course, const Progress& progress, const SkipSection& skip) {
    std::string why;
    const Screen* screen = screen_on_view(course, progress, skip.screen, why);
    if (!screen) return refuse(progress, why);
    if (!screen->content_note) return refuse(progress, "This screen has no content note to skip from.");
    if (screen->required) return refuse(progress, "This screen is required, so it cannot be skipped.");
    if (attempt_open_on_view(progress)) return refuse(progress, "Submit the assessment before moving on.");

    const ScreenRef from = parse_screen_ref(skip.screen);
    const Module& module = *course.find_module(from.module_id);
    auto at = std::find_if(module.screens.begin(), module.screens.end(), [&](const Screen& s) { return &s == screen; });
    const std::string& skip_to = screen->content_note->skip_to;

    Outcome out{progress, {}, {}};
    for (auto it = at; it != module.screens.end(); ++it) {
        const bool target = it != at && (skip_to.empty() || it->id == skip_to || it->required);
        ScreenRef ref{module.id, it->id};
        if (target) {
            enter(out, ref);
            return out;
        }
        // Past the noted screen, one already seen and finished (a learner reviewing) is done, not skipped.
        if (it != at && progress.visited.count(ref.qualified()) && is_finished(*it, ref.qualified(), progress)) continue;
        if (out.progress.skipped.insert(ref.qualified()).second) out.events.push_back(ScreenSkipped{ref.qualified()});
    }
    // The note skipped to the end of the module: carry on where Next would.
    std::vector<ScreenRef> order = course.reading_order();
    auto last = std::find_if(order.begin(), order.end(),
                             [&](const ScreenRef& r) { return r.module_id == module.id && r.screen_id == module.screens.back().id; });
    if (last + 1 < order.end()) enter(out, *(last + 1));
    else if (out.events.empty()) return refuse(progress, "This is the last screen of the course.");
    return out;
}

}  // namespace primer
