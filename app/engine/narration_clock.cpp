#include "narration_clock.hpp"

#include <algorithm>

namespace primer {

void NarrationClock::stop_at_end(double now) {
    if (m_running && now - m_started >= m_duration) {
        m_running = false;
        m_paused_at = m_duration;
    }
}

void NarrationClock::play(double now) {
    stop_at_end(now);
    if (m_running) return;
    // Playing from the end starts again, as a replay button would.
    if (m_paused_at >= m_duration) m_paused_at = 0;
    m_started = now - m_paused_at;
    m_running = true;
}

void NarrationClock::pause(double now) {
    stop_at_end(now);
    if (!m_running) return;
    m_paused_at = position(now);
    m_running = false;
}

void NarrationClock::seek(double seconds, double now) {
    stop_at_end(now);
    const double target = std::clamp(seconds, 0.0, m_duration);
    if (m_running)
        m_started = now - target;
    else
        m_paused_at = target;
}

double NarrationClock::position(double now) const {
    if (!m_running) return m_paused_at;
    return std::clamp(now - m_started, 0.0, m_duration);
}

bool NarrationClock::playing(double now) const { return m_running && position(now) < m_duration; }

}  // namespace primer
