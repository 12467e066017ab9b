// Assessment attempts: starting (the draw), answering, extending time and submitting.
#include "runtime_steps.hpp"

namespace primer {

Outcome answer_assessment_question(const Course&, const Progress& before, const Answer&, Millis) {
    return refuse(before, "Assessments are not playable yet.");
}
Outcome start_attempt(const Course&, const Progress& before, const StartAttempt&, Millis) {
    return refuse(before, "Assessments are not playable yet.");
}
Outcome extend_time(const Course&, const Progress& before, const ExtendTime&, Millis) {
    return refuse(before, "Assessments are not playable yet.");
}
Outcome submit_attempt(const Course&, const Progress& before, const SubmitAttempt&, Millis) {
    return refuse(before, "Assessments are not playable yet.");
}

}  // namespace primer
