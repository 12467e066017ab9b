#include "session.hpp"

namespace primer {

Session::Session(const Course& course, Store& store, Learner learner, const Clock& clock)
    : m_course(course), m_store(store), m_learner(std::move(learner)), m_clock(clock) {
    auto saved = m_store.load_progress(m_learner.id, m_course.id);
    m_progress = saved ? *saved : new_progress(m_course, m_clock.now());
    m_progress.course_version = m_course.version;
}

Outcome Session::submit(const Command& command) {
    Outcome outcome = apply(m_course, m_progress, command, m_clock.now());
    if (!outcome.accepted()) return outcome;
    m_progress = outcome.progress;
    m_unsaved.insert(m_unsaved.end(), outcome.events.begin(), outcome.events.end());
    if (m_store.record(m_learner.id, m_progress, m_unsaved)) {
        m_unsaved.clear();
        m_save_error.clear();
    } else {
        m_save_error = m_store.last_error();
    }
    return outcome;
}

}  // namespace primer
