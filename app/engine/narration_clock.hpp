// Where a narration is, as a pure function of a clock: play, pause, seek and speed with no
// audio device and no window, so the player's timeline is the same with sound or without it
// (a machine with no audio device plays the captions silently on this clock).
#pragma once

namespace primer {

class NarrationClock {
public:
    NarrationClock() = default;
    explicit NarrationClock(double duration_seconds) : m_duration(duration_seconds < 0 ? 0 : duration_seconds) {}

    // `now` is any steady clock in seconds; every call must use the same one.
    void play(double now);
    void pause(double now);
    void seek(double seconds, double now);  // clamped to the narration; keeps playing or paused
    // The narration's seconds per second of `now` (1.5 plays it half as fast again), from
    // `now` on: the position does not jump. Clamped to [kMinRate, kMaxRate].
    void set_rate(double rate, double now);

    double position(double now) const;  // seconds into the narration, within [0, duration]
    bool playing(double now) const;     // false when paused or once the end is reached
    bool finished(double now) const { return position(now) >= m_duration; }
    double duration() const { return m_duration; }
    double rate() const { return m_rate; }

    static constexpr double kMinRate = 0.25;
    static constexpr double kMaxRate = 4.0;

private:
    // A run that has reached the end becomes a pause there, so that play starts again from
    // the beginning and a seek after the end does not set the narration going by itself.
    void stop_at_end(double now);

    double m_duration = 0;
    double m_rate = 1;
    double m_at = 0;     // the position while paused; while playing, the position at m_since
    double m_since = 0;  // the clock time at which the narration was at m_at, while playing
    bool m_running = false;
};

}  // namespace primer
