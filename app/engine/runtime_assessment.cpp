// Assessment attempts: starting (the draw), answering, extending time and submitting.
// Answers are marked and recorded as they are given, but the learner sees no verdict
// until the attempt is submitted (the screens' choice, not the runtime's).
#include "runtime_steps.hpp"

#include "shuffle.hpp"

#include <algorithm>

namespace primer {

namespace {

const Assessment* assessment_on_view(const Course& course, const Progress& progress, const std::string& screen_id,
                                     std::string& why) {
    const Screen* screen = screen_on_view(course, progress, screen_id, why);
    if (screen && !screen->assessment) why = "There is no assessment on '" + screen_id + "'.";
    return why.empty() ? &*screen->assessment : nullptr;
}

// The open attempt in `progress` (a copy being changed), or nullptr with `why` set.
AssessmentAttempt* open_attempt_in(Progress& progress, const std::string& screen_id, std::string& why) {
    auto found = progress.assessments.find(screen_id);
    if (found == progress.assessments.end() || !open_attempt(found->second)) {
        why = "There is no open attempt at this assessment; start one first.";
        return nullptr;
    }
    return &found->second.back();
}

}  // namespace

std::string deciding_assessment(const Course& course) {
    std::string qualified_id;
    for (const Module& module : course.modules)
        if (!module.optional)  // an optional module's quiz never decides the course's pass
            for (const Screen& screen : module.screens)
                if (screen.assessment) qualified_id = ScreenRef{module.id, screen.id}.qualified();
    return qualified_id;
}

Outcome start_attempt(const Course& course, const Progress& before, const StartAttempt& start, Millis now) {
    std::string why;
    const Assessment* assessment = assessment_on_view(course, before, start.screen, why);
    if (!assessment) return refuse(before, why);
    const std::vector<AssessmentAttempt>& attempts = attempts_at(before, start.screen);
    why = why_no_new_attempt(*assessment, attempts);
    if (!why.empty()) return refuse(before, why);

    AssessmentAttempt attempt;
    attempt.number = static_cast<int>(attempts.size()) + 1;
    std::uint64_t seed = derive_seed(before.seed, start.screen + "#" + std::to_string(attempt.number));
    attempt.questions =
        draw_questions(*assessment, seed, attempts.empty() ? std::vector<std::string>{} : attempts.back().questions);
    attempt.started_at = now;
    attempt.time_allowed = time_limit(*assessment);

    Outcome out{before, {}, {}};
    out.events.push_back(AttemptStarted{start.screen, attempt.number, attempt.questions});
    out.progress.assessments[start.screen].push_back(std::move(attempt));
    return out;
}

Outcome answer_assessment_question(const Course& course, const Progress& before, const Answer& answer, Millis now) {
    std::string why;
    const Assessment* assessment = assessment_on_view(course, before, answer.screen, why);
    if (!assessment) return refuse(before, why);
    Outcome out{before, {}, {}};
    AssessmentAttempt* attempt = open_attempt_in(out.progress, answer.screen, why);
    if (!attempt) return refuse(before, why);
    const Question* question = assessment->find_question(answer.question);
    if (!question || std::find(attempt->questions.begin(), attempt->questions.end(), answer.question) ==
                         attempt->questions.end())
        return refuse(before, "'" + answer.question + "' is not one of this attempt's questions.");
    if (attempt->answers.count(answer.question))
        return refuse(before, "This question has already been answered in this attempt.");
    if (out_of_time(*attempt, now)) return refuse(before, "The time for this attempt is up.");
    if (auto problem = response_problem(*question, answer.response)) return refuse(before, *problem);

    Grade marked = grade(*question, answer.response);
    attempt->answers[answer.question] = TaskAnswer{answer.response, marked.verdict, marked.score, 1, now};

    AnswerChecked checked;
    checked.screen = answer.screen;
    checked.part = answer.question;
    checked.kind = to_string(question->kind);
    checked.interaction_type = interaction_type(question->kind);
    checked.response = answer.response;
    checked.correct_responses = correct_responses(*question);
    checked.verdict = marked.verdict;
    checked.score = marked.score;
    checked.attempt = attempt->number;
    checked.duration = answer.duration;
    checked.at = now;
    out.events.push_back(std::move(checked));
    return out;
}

Outcome extend_time(const Course& course, const Progress& before, const ExtendTime& extend, Millis now) {
    std::string why;
    const Assessment* assessment = assessment_on_view(course, before, extend.screen, why);
    if (!assessment) return refuse(before, why);
    Outcome out{before, {}, {}};
    AssessmentAttempt* attempt = open_attempt_in(out.progress, extend.screen, why);
    if (!attempt) return refuse(before, why);
    if (attempt->time_allowed <= 0) return refuse(before, "This attempt has no time limit.");
    if (out_of_time(*attempt, now)) return refuse(before, "The time for this attempt is up.");
    if (attempt->extensions >= kMaxExtensions)
        return refuse(before, "The time has been extended " + std::to_string(kMaxExtensions) +
                                  " times already, which is the most allowed.");
    attempt->time_allowed += extension(*assessment);
    attempt->extensions += 1;
    out.events.push_back(TimeExtended{extend.screen, attempt->number, attempt->time_allowed});
    return out;
}

Outcome submit_attempt(const Course& course, const Progress& before, const SubmitAttempt& submit, Millis now) {
    std::string why;
    const Assessment* assessment = assessment_on_view(course, before, submit.screen, why);
    if (!assessment) return refuse(before, why);
    Outcome out{before, {}, {}};
    AssessmentAttempt* attempt = open_attempt_in(out.progress, submit.screen, why);
    if (!attempt) return refuse(before, why);
    AttemptResult result = mark_attempt(*assessment, *attempt, pass_mark_of(course, *assessment));
    attempt->submitted_at = now;
    attempt->score = result.score;
    attempt->passed = result.passed;
    out.events.push_back(AttemptSubmitted{submit.screen, attempt->number, result.score, result.passed});
    return out;
}

const char* to_string(SuccessStatus status) {
    switch (status) {
    case SuccessStatus::Passed: return "passed";
    case SuccessStatus::Failed: return "failed";
    case SuccessStatus::Unknown: break;
    }
    return "unknown";
}

SuccessStatus success_status(const Course& course, const Progress& progress) {
    const std::string id = deciding_assessment(course);
    if (id.empty()) return SuccessStatus::Unknown;
    const std::vector<AssessmentAttempt>& attempts = attempts_at(progress, id);
    if (ever_passed(attempts)) return SuccessStatus::Passed;
    bool any_submitted =
        std::any_of(attempts.begin(), attempts.end(), [](const AssessmentAttempt& a) { return a.submitted(); });
    return any_submitted ? SuccessStatus::Failed : SuccessStatus::Unknown;
}

int pass_mark_of(const Course& course, const Assessment& assessment) {
    return assessment.pass_mark >= 0 ? assessment.pass_mark : course.pass_mark;
}

const std::vector<AssessmentAttempt>& attempts_at(const Progress& progress, const std::string& qualified_id) {
    static const std::vector<AssessmentAttempt> none;
    auto found = progress.assessments.find(qualified_id);
    return found == progress.assessments.end() ? none : found->second;
}

}  // namespace primer
