#include "learner_history.hpp"

namespace primer {

bool read_history(const Store& store, const Standing& standing, LearnerHistory& history) {
    history.standing = standing;
    const std::string& learner = standing.learner.id;
    history.sittings = store.sittings(learner, standing.course_id);
    if (!store.last_error().empty()) return false;
    history.interactions = store.interactions(learner, standing.course_id);
    if (!store.last_error().empty()) return false;
    history.events = store.events(learner, standing.course_id);
    return store.last_error().empty();
}

}  // namespace primer
