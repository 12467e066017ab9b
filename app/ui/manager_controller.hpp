// The manager view's state and what its requests do: check or set the passphrase (with a
// pause after repeated wrong guesses), read the figures for the filter applied, start an
// export and follow its progress. The learner's course and session are never touched.
#pragma once

#include "clock.hpp"
#include "manager_views.hpp"
#include "store.hpp"

namespace primer::ui {

class ManagerController {
public:
    ManagerController(const Theme& theme, const Course& course, const Store& store, const Clock& clock,
                      ManagerAccess access)
        : m_theme(theme), m_course(course), m_store(store), m_clock(clock), m_access(std::move(access)) {}

    void draw(RequestQueue& requests);
    // Returns false when the request leaves the manager view.
    bool apply(const ManagerRequest& request);
    // Seconds until the view changes by itself: the export's bar, the end of a pause.
    double seconds_until_redraw() const;

private:
    void open();
    void unlock(const std::string& typed);
    void set_passphrase(const std::string& first, const std::string& second);
    void apply_filter();
    void start_export();
    void read_outbox();

    const Theme& m_theme;
    const Course& m_course;
    const Store& m_store;
    const Clock& m_clock;
    ManagerAccess m_access;
    PassphraseAttempts m_attempts;
    bool m_unlocked = false;
    ManagerGateForm m_gate;
    ManagerDashboard m_view;
    std::uint64_t m_background_runs = 0;  // as of the outbox shown
};

}  // namespace primer::ui
