#include "session.hpp"

#include "completion_standing.hpp"

namespace primer {

std::unique_ptr<Session> Session::open(const Course& course, Store& store, Learner learner, const Clock& clock,
                                       std::uint64_t seed, const SigningKey* signer, std::string& error) {
    auto saved = store.load_progress(learner.id, course.id);
    if (!saved && !store.last_error().empty()) {
        error = "Your saved progress could not be read, so it has been left as it is. " + store.last_error();
        return nullptr;
    }
    Progress progress = saved ? *saved : new_progress(course, clock.now(), seed);
    progress.course_version = course.version;
    std::unique_ptr<Session> session(new Session(course, store, std::move(learner), clock, std::move(progress), signer));
    session->m_standing = store.latest_completion(session->m_learner.id, course.id);
    // A sitting that cannot be noted costs only the time-spent figure, never the learner's work.
    session->m_sitting = store.open_sitting(session->m_learner.id, course.id, clock.now());
    return session;
}

Session::Session(const Course& course, Store& store, Learner learner, const Clock& clock, Progress progress,
                 const SigningKey* signer)
    : m_course(course),
      m_store(store),
      m_learner(std::move(learner)),
      m_clock(clock),
      m_progress(std::move(progress)),
      m_signer(signer) {}

Session::~Session() {
    if (m_sitting != 0) m_store.end_sitting(m_sitting, m_clock.now());
}

Outcome Session::submit(const Command& command) {
    end_break();  // a learner who acts again is back from their break
    Outcome outcome = apply(m_course, m_progress, command, m_clock.now());
    if (!outcome.accepted()) return outcome;
    m_progress = outcome.progress;
    m_unsaved.insert(m_unsaved.end(), outcome.events.begin(), outcome.events.end());
    m_dirty = true;
    retry_save();
    return outcome;
}

bool Session::retry_save() {
    if (m_dirty && !m_store.record(m_learner.id, m_progress, m_unsaved)) {
        m_save_error = m_store.last_error();
        return false;
    }
    m_unsaved.clear();
    m_dirty = false;
    if (m_sitting != 0) m_store.touch_sitting(m_sitting, m_clock.now());
    if (!record_standing()) {
        m_save_error = m_store.last_error();
        return false;
    }
    m_save_error.clear();
    return true;
}

void Session::take_break() {
    if (m_on_break) return;
    retry_save();
    if (m_sitting != 0 && m_store.touch_sitting(m_sitting, m_clock.now())) m_store.end_sitting(m_sitting, m_clock.now());
    m_sitting = 0;
    m_on_break = true;
}

void Session::end_break() {
    if (!m_on_break) return;
    m_sitting = m_store.open_sitting(m_learner.id, m_course.id, m_clock.now());
    m_on_break = false;
}

bool Session::record_standing() {
    if (!m_signer) return true;
    CompletionRecord record;
    record.learner_id = m_learner.id;
    fill_standing(m_course, m_progress, record);
    const bool anything_to_attest = record.completed_at != 0 || record.success != "unknown";
    if (!anything_to_attest || (m_standing && same_standing(*m_standing, record))) return true;
    record.time_spent = m_store.time_spent(m_learner.id, m_course.id);
    record.recorded_at = m_clock.now();
    record.key_id = m_signer->key_id();
    record.signature = m_signer->sign(signed_message(record));
    if (!m_store.add_completion(record, m_signer->public_key())) return false;
    m_standing = record;
    return true;
}

}  // namespace primer
