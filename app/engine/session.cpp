#include "session.hpp"

namespace primer {

std::unique_ptr<Session> Session::open(const Course& course, Store& store, Learner learner, const Clock& clock,
                                       std::uint64_t seed, std::string& error) {
    auto saved = store.load_progress(learner.id, course.id);
    if (!saved && !store.last_error().empty()) {
        error = "Your saved progress could not be read, so it has been left as it is. " + store.last_error();
        return nullptr;
    }
    Progress progress = saved ? *saved : new_progress(course, clock.now(), seed);
    progress.course_version = course.version;
    return std::unique_ptr<Session>(new Session(course, store, std::move(learner), clock, std::move(progress)));
}

Session::Session(const Course& course, Store& store, Learner learner, const Clock& clock, Progress progress)
    : m_course(course), m_store(store), m_learner(std::move(learner)), m_clock(clock), m_progress(std::move(progress)) {}

Outcome Session::submit(const Command& command) {
    Outcome outcome = apply(m_course, m_progress, command, m_clock.now());
    if (!outcome.accepted()) return outcome;
    m_progress = outcome.progress;
    m_unsaved.insert(m_unsaved.end(), outcome.events.begin(), outcome.events.end());
    m_dirty = true;
    retry_save();
    return outcome;
}

bool Session::retry_save() {
    if (!m_dirty) return true;
    if (!m_store.record(m_learner.id, m_progress, m_unsaved)) {
        m_save_error = m_store.last_error();
        return false;
    }
    m_unsaved.clear();
    m_save_error.clear();
    m_dirty = false;
    return true;
}

}  // namespace primer
