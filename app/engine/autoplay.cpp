#include "autoplay.hpp"

#include <random>

namespace primer {

namespace {

AutoplaySummary summarise(const Course& course, const Progress& progress, int commands) {
    AutoplaySummary summary;
    summary.commands = commands;
    summary.modules_total = static_cast<int>(course.modules.size());
    summary.screens_total = course.screen_count();
    for (const Module& module : course.modules) {
        summary.screens_visited += screens_visited(module, progress);
        if (module_status(module, progress) == ModuleStatus::Completed) ++summary.modules_completed;
    }
    for (const auto& [screen, answer] : progress.answers) {
        ++summary.questions_answered;
        if (answer.correct()) ++summary.questions_correct;
    }
    summary.course_completed = progress.completed_at != 0;
    summary.success = success_status(course, progress);
    for (const ScreenRef& ref : course.reading_order()) {
        const Screen* screen = course.find_screen(ref);
        if (!screen->assessment) continue;
        summary.has_assessment = true;
        summary.assessment_pass_mark = pass_mark_of(course, *screen->assessment);
        summary.assessment_attempts = 0;
        summary.assessment_score = 0;
        for (const AssessmentAttempt& attempt : attempts_at(progress, ref.qualified())) {
            if (!attempt.submitted()) continue;
            ++summary.assessment_attempts;
            summary.assessment_score = attempt.score;
        }
    }
    return summary;
}

// The next step in an assessment: start an attempt, answer its next question, or submit.
// One attempt only: a learner who fails moves on, so even unlimited attempts end.
Command assessment_step(const Assessment& assessment, const Progress& progress, Strategy strategy,
                        std::mt19937_64& random) {
    const AssessmentAttempt* attempt = open_attempt(attempts_at(progress, progress.current));
    if (!attempt) return StartAttempt{progress.current};
    for (const std::string& id : attempt->questions) {
        const Question* question = assessment.find_question(id);
        if (question && !attempt->answers.count(id))
            return Answer{progress.current, scripted_response(*question, strategy, 0, random), 20000, id};
    }
    return SubmitAttempt{progress.current};
}

}  // namespace

std::optional<Strategy> parse_strategy(const std::string& name) {
    if (name == "correct") return Strategy::Correct;
    if (name == "wrong") return Strategy::Wrong;
    if (name == "random") return Strategy::Random;
    return std::nullopt;
}

AutoplaySummary autoplay(const Course& course, Strategy strategy, std::uint64_t seed, const Submit& submit,
                         const ProgressView& progress, const std::string& stop_at) {
    std::mt19937_64 random(seed);
    int commands = 0;
    auto send = [&](const Command& command) {
        ++commands;
        return submit(command).accepted();
    };
    // Every screen is entered once and every question takes at most its attempts, so
    // this bound is never reached by a working runtime; it stops a broken one.
    const int limit = 1000 + course.screen_count() * 20;
    bool moving = send(Start{});
    while (moving && commands < limit) {
        const Progress& now = progress();
        if (!stop_at.empty() && now.current == stop_at) break;
        const Screen* screen = current_screen(course, now);
        if (screen && screen->assessment && !is_finished(*screen, now.current, now)) {
            moving = send(assessment_step(*screen->assessment, now, strategy, random));
        } else if (screen && screen->question && !is_finished(*screen, now.current, now)) {
            auto previous = now.answers.find(now.current);
            int attempt = previous == now.answers.end() ? 0 : previous->second.attempts;
            moving = send(Answer{now.current, scripted_response(*screen->question, strategy, attempt, random), 20000, {}});
        } else if (screen && screen->conversation && !is_finished(*screen, now.current, now)) {
            auto saved = now.conversations.find(now.current);
            ConversationProgress state = saved == now.conversations.end()
                                             ? start_conversation(*screen->conversation, {})
                                             : saved->second;
            moving = send(Choose{now.current, scripted_choice(*screen->conversation, state, strategy, random), 20000});
        } else {
            moving = can_go_next(course, now) && send(Next{});
        }
    }
    return summarise(course, progress(), commands);
}

}  // namespace primer
