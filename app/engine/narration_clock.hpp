// Where a narration is, as a pure function of a clock: play, pause and seek with no audio
// device and no window, so the player's timeline is the same with sound or without it
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

    double position(double now) const;  // seconds into the narration, within [0, duration]
    bool playing(double now) const;     // false when paused or once the end is reached
    bool finished(double now) const { return position(now) >= m_duration; }
    double duration() const { return m_duration; }

private:
    // A run that has reached the end becomes a pause there, so that play starts again from
    // the beginning and a seek after the end does not set the narration going by itself.
    void stop_at_end(double now);

    double m_duration = 0;
    double m_paused_at = 0;  // the position while paused
    double m_started = 0;    // the clock time at which position 0 would have been, while playing
    bool m_running = false;
};

}  // namespace primer
