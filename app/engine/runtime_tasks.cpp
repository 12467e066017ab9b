// Checking answers on task screens: attempts, grading and the `answered` record.
#include "runtime_steps.hpp"

namespace primer {

Outcome answer_task(const Course& course, const Progress& before, const Answer& answer, Millis now) {
    const Screen* screen = course.find_screen(answer.screen);
    if (!screen || !screen->question) return refuse(before, "There is no question '" + answer.screen + "' to answer.");
    if (answer.screen != before.current) return refuse(before, "Only the question on view can be answered.");
    const Question& question = *screen->question;
    if (is_finished(*screen, answer.screen, before)) return refuse(before, "This question has already been answered.");
    if (auto problem = response_problem(question, answer.response)) return refuse(before, *problem);

    Grade marked = grade(question, answer.response);
    Outcome out{before, {}, {}};
    TaskAnswer& record = out.progress.answers[answer.screen];
    record.response = answer.response;
    record.verdict = marked.verdict;
    record.score = marked.score;
    record.attempts += 1;
    record.answered_at = now;

    AnswerChecked checked;
    checked.screen = answer.screen;
    checked.kind = to_string(question.kind);
    checked.interaction_type = interaction_type(question.kind);
    checked.response = answer.response;
    checked.correct_responses = correct_responses(question);
    checked.verdict = marked.verdict;
    checked.score = marked.score;
    checked.attempt = record.attempts;
    checked.duration = answer.duration;
    checked.at = now;
    out.events.push_back(std::move(checked));
    return out;
}

}  // namespace primer
