#include "runtime.hpp"

#include "runtime_steps.hpp"

#include <algorithm>

namespace primer {

namespace {

// The position of `qualified_id` in reading order, or -1.
int index_of(const std::vector<ScreenRef>& order, const std::string& qualified_id) {
    auto it = std::find_if(order.begin(), order.end(), [&](const ScreenRef& r) { return r.qualified() == qualified_id; });
    return it == order.end() ? -1 : static_cast<int>(it - order.begin());
}

// Seen and finished, or passed over from a content note.
bool is_done(const Module& module, const Screen& screen, const Progress& progress) {
    std::string id = ScreenRef{module.id, screen.id}.qualified();
    return progress.skipped.count(id) || (progress.visited.count(id) && is_finished(screen, id, progress));
}

// The screen a learner may reach next in a module: its first screen that is not yet seen
// and finished. Moving in order within a module means no question is skipped.
const Screen* frontier(const Module& module, const Progress& progress) {
    for (const Screen& screen : module.screens)
        if (!is_done(module, screen, progress)) return &screen;
    return nullptr;
}

bool may_enter(const Course& course, const ScreenRef& ref, const Progress& progress) {
    if (progress.visited.count(ref.qualified()) || progress.skipped.count(ref.qualified())) return true;
    const Module* module = course.find_module(ref.module_id);
    const Screen* next = module ? frontier(*module, progress) : nullptr;
    return next && next->id == ref.screen_id;
}

// Optional modules are there to take, never to stop a learner completing.
bool is_course_complete(const Course& course, const Progress& progress) {
    return std::all_of(course.modules.begin(), course.modules.end(), [&](const Module& m) {
        return m.optional || module_status(m, progress) == ModuleStatus::Completed;
    });
}

// Runs after every accepted change: reports modules and the course that this change
// completed, comparing against the progress before it.
void note_completions(const Course& course, const Progress& before, Outcome& out, Millis now) {
    for (const Module& module : course.modules) {
        if (module_status(module, before) != ModuleStatus::Completed &&
            module_status(module, out.progress) == ModuleStatus::Completed)
            out.events.push_back(ModuleCompleted{module.id});
    }
    if (out.progress.completed_at == 0 && is_course_complete(course, out.progress)) {
        out.progress.completed_at = now;
        out.events.push_back(CourseCompleted{});
    }
}

struct Applier {
    const Course& course;
    const Progress& before;
    Millis now;
    std::vector<ScreenRef> order = course.reading_order();

    Outcome operator()(const Start&) const {
        if (order.empty()) return refuse(before, "This course has no screens.");
        Outcome out{before, {}, {}};
        enter(out, resume_point(course, before));
        return out;
    }

    Outcome operator()(const Next&) const {
        int at = index_of(order, before.current);
        if (at < 0) return refuse(before, "There is no screen on view to move on from.");
        if (!can_go_next(course, before)) {
            if (at + 1 >= static_cast<int>(order.size())) return refuse(before, "This is the last screen of the course.");
            if (attempt_open_on_view(before)) return refuse(before, "Submit the assessment before moving on.");
            return refuse(before, "Answer the question before moving on.");
        }
        Outcome out{before, {}, {}};
        enter(out, order[static_cast<size_t>(at + 1)]);
        return out;
    }

    Outcome operator()(const Back&) const {
        if (index_of(order, before.current) <= 0) return refuse(before, "This is the first screen of the course.");
        if (attempt_open_on_view(before)) return refuse(before, "Submit the assessment before moving on.");
        if (!can_go_back(course, before)) return refuse(before, "That screen has not been reached yet.");
        Outcome out{before, {}, {}};
        enter(out, order[static_cast<size_t>(index_of(order, before.current) - 1)]);
        return out;
    }

    Outcome operator()(const GoTo& go) const {
        ScreenRef target = parse_screen_ref(go.screen);
        if (!course.find_screen(target)) return refuse(before, "There is no screen '" + go.screen + "' in this course.");
        // Learners may open any module, but within one they move in order so that no
        // question is skipped by jumping past it.
        if (!go.anywhere && !may_enter(course, target, before)) return refuse(before, "That screen has not been reached yet.");
        Outcome out{before, {}, {}};
        enter(out, target);
        return out;
    }

    Outcome operator()(const Answer& answer) const {
        return answer.question.empty() ? answer_task(course, before, answer, now)
                                       : answer_assessment_question(course, before, answer, now);
    }
    Outcome operator()(const Choose& choose) const { return choose_in_conversation(course, before, choose, now); }
    Outcome operator()(const RestartConversation& restart) const {
        return restart_conversation(course, before, restart, now);
    }
    Outcome operator()(const StartAttempt& start) const { return start_attempt(course, before, start, now); }
    Outcome operator()(const ExtendTime& extend) const { return extend_time(course, before, extend, now); }
    Outcome operator()(const SubmitAttempt& submit) const { return submit_attempt(course, before, submit, now); }
    Outcome operator()(const SkipSection& skip) const { return skip_section(course, before, skip); }
};

}  // namespace

Outcome refuse(const Progress& progress, std::string why) { return Outcome{progress, {}, std::move(why)}; }

void enter(Outcome& out, const ScreenRef& target) {
    std::string id = target.qualified();
    out.progress.current = id;
    out.progress.visited.insert(id);
    out.events.push_back(ScreenEntered{id});
}

const Screen* screen_on_view(const Course& course, const Progress& progress, const std::string& screen_id,
                             std::string& why) {
    const Screen* screen = course.find_screen(screen_id);
    if (!screen) why = "There is no screen '" + screen_id + "' in this course.";
    else if (screen_id != progress.current) why = "Only the screen on view can be answered.";
    return why.empty() ? screen : nullptr;
}

Outcome apply(const Course& course, const Progress& progress, const Command& command, Millis now) {
    Outcome out = std::visit(Applier{course, progress, now}, command);
    if (!out.accepted()) return out;
    out.progress.updated_at = now;
    note_completions(course, progress, out, now);
    return out;
}

Progress new_progress(const Course& course, Millis now, std::uint64_t seed) {
    Progress progress;
    progress.seed = seed;
    progress.course_id = course.id;
    progress.course_version = course.version;
    progress.started_at = now;
    progress.updated_at = now;
    return progress;
}

ModuleStatus module_status(const Module& module, const Progress& progress) {
    int seen = screens_visited(module, progress);
    if (seen == 0) return ModuleStatus::NotStarted;
    return frontier(module, progress) ? ModuleStatus::InProgress : ModuleStatus::Completed;
}

int screens_visited(const Module& module, const Progress& progress) {
    return static_cast<int>(std::count_if(module.screens.begin(), module.screens.end(), [&](const Screen& s) {
        return progress.visited.count(ScreenRef{module.id, s.id}.qualified()) > 0;
    }));
}

bool is_finished(const Screen& screen, const std::string& qualified_id, const Progress& progress) {
    if (screen.conversation) {
        auto it = progress.conversations.find(qualified_id);
        return it != progress.conversations.end() && !it->second.endings.empty();
    }
    if (screen.assessment) {
        auto it = progress.assessments.find(qualified_id);
        return it != progress.assessments.end() &&
               std::any_of(it->second.begin(), it->second.end(), [](const AssessmentAttempt& a) { return a.submitted(); });
    }
    if (!screen.question) return true;
    auto it = progress.answers.find(qualified_id);
    if (it == progress.answers.end()) return false;
    // Ungraded tasks are done once answered; graded ones once right or out of attempts.
    const Verdict verdict = it->second.verdict;
    if (verdict == Verdict::Correct || verdict == Verdict::Ungraded) return true;
    return attempts_left(screen, qualified_id, progress) == 0;
}

int attempts_left(const Screen& screen, const std::string& qualified_id, const Progress& progress) {
    if (!screen.question) return 0;
    auto it = progress.answers.find(qualified_id);
    int used = it == progress.answers.end() ? 0 : it->second.attempts;
    return std::max(0, screen.question->max_attempts - used);
}

bool can_go_next(const Course& course, const Progress& progress) {
    auto order = course.reading_order();
    int at = index_of(order, progress.current);
    if (at < 0 || at + 1 >= static_cast<int>(order.size())) return false;
    const Screen* screen = course.find_screen(progress.current);
    return screen && is_finished(*screen, progress.current, progress) && !attempt_open_on_view(progress);
}

bool attempt_open_on_view(const Progress& progress) {
    return open_attempt(attempts_at(progress, progress.current)) != nullptr;
}

bool can_go_back(const Course& course, const Progress& progress) {
    auto order = course.reading_order();
    int at = index_of(order, progress.current);
    if (at <= 0 || attempt_open_on_view(progress)) return false;
    // Back crosses into the previous module only onto a screen already seen there.
    const ScreenRef& previous = order[static_cast<size_t>(at - 1)];
    return previous.module_id == order[static_cast<size_t>(at)].module_id || progress.visited.count(previous.qualified());
}

const Screen* current_screen(const Course& course, const Progress& progress) {
    return progress.current.empty() ? nullptr : course.find_screen(progress.current);
}

ScreenRef module_entry_point(const Module& module, const Progress& progress) {
    const Screen* next = frontier(module, progress);
    if (!next && !module.screens.empty()) next = &module.screens.front();  // completed: review from the start
    return {module.id, next ? next->id : ""};
}

ScreenRef resume_point(const Course& course, const Progress& progress) {
    if (course.find_screen(progress.current)) return parse_screen_ref(progress.current);
    for (const Module& module : course.modules)
        if (frontier(module, progress)) return module_entry_point(module, progress);
    return course.modules.empty() ? ScreenRef{} : module_entry_point(course.modules.front(), progress);
}

}  // namespace primer
