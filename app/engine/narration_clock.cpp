#include "narration_clock.hpp"

#include <algorithm>

namespace primer {

void NarrationClock::stop_at_end(double now) {
    if (m_running && position(now) >= m_duration) {
        m_running = false;
        m_at = m_duration;
    }
}

void NarrationClock::play(double now) {
    stop_at_end(now);
    if (m_running) return;
    // Playing from the end starts again, as a replay button would.
    if (m_at >= m_duration) m_at = 0;
    m_since = now;
    m_running = true;
}

void NarrationClock::pause(double now) {
    stop_at_end(now);
    if (!m_running) return;
    m_at = position(now);
    m_running = false;
}

void NarrationClock::seek(double seconds, double now) {
    stop_at_end(now);
    m_at = std::clamp(seconds, 0.0, m_duration);
    m_since = now;
}

void NarrationClock::set_rate(double rate, double now) {
    stop_at_end(now);
    // Re-anchor at the present position, so only the time from now on runs at the new rate.
    m_at = position(now);
    m_since = now;
    m_rate = std::clamp(rate, kMinRate, kMaxRate);
}

double NarrationClock::position(double now) const {
    if (!m_running) return m_at;
    return std::clamp(m_at + (now - m_since) * m_rate, 0.0, m_duration);
}

bool NarrationClock::playing(double now) const { return m_running && position(now) < m_duration; }

}  // namespace primer
