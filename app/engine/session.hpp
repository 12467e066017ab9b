// A learner's sitting: the course, their progress, and the store it is saved to.
// Every accepted command is applied by the pure runtime and then saved with its
// records before the next one, which is what makes resume and crash safety hold.
#pragma once

#include "clock.hpp"
#include "course.hpp"
#include "runtime.hpp"
#include "signing.hpp"
#include "store.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace primer {

class Session {
public:
    // Loads the learner's saved progress for this course, or starts fresh when there is
    // none. When saved progress exists but cannot be read (damaged, from a newer Primer,
    // a disk error) this returns nullptr and says why: starting afresh would overwrite
    // the learner's real progress with the first step. `seed` drives a fresh start's
    // shuffles and draws; saved progress keeps its own.
    // With a `signer`, every change in the learner's completion or success is kept as a
    // signed completion record; without one (headless tries), none is written.
    static std::unique_ptr<Session> open(const Course& course, Store& store, Learner learner, const Clock& clock,
                                         std::uint64_t seed, const SigningKey* signer, std::string& error);

    // Closes the sitting, so its end is final and may be sent to an LRS.
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    const Course& course() const { return m_course; }
    const Learner& learner() const { return m_learner; }
    const Progress& progress() const { return m_progress; }

    // Applies the command and saves the result. A refused command changes nothing.
    Outcome submit(const Command& command);

    // A break ends the sitting, so the time away never counts as time spent and the
    // records show the learner suspended here; the end of the break starts a new sitting.
    void take_break();
    void end_break();
    bool on_break() const { return m_on_break; }

    // Tries again to save what the last commands changed; true when nothing is unsaved.
    bool retry_save();

    // Non-empty when the last save failed: progress is kept in memory and the next
    // command tries again, so a full disk costs nothing once space is freed.
    const std::string& save_error() const { return m_save_error; }

private:
    Session(const Course& course, Store& store, Learner learner, const Clock& clock, Progress progress,
            const SigningKey* signer);
    // Writes a signed completion when the learner's standing changed since the last one.
    bool record_standing();

    const Course& m_course;
    Store& m_store;
    Learner m_learner;
    const Clock& m_clock;
    Progress m_progress;
    const SigningKey* m_signer;
    std::int64_t m_sitting = 0;    // this sitting's row, for time spent; 0 if it could not be saved
    std::optional<CompletionRecord> m_standing;  // the latest completion written
    std::vector<Event> m_unsaved;  // events whose records are not yet in the store
    bool m_dirty = false;          // progress changed since the last successful save
    bool m_on_break = false;
    std::string m_save_error;
};

}  // namespace primer
