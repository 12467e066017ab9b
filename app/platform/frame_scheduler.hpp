// Draw on demand: decides how long the loop may sleep before the next frame.
// Pure logic with no window or clock, so the idle policy is a unit test, not a hope.
#pragma once

#include <limits>

namespace primer {

class FrameScheduler {
public:
    static constexpr double kForever = std::numeric_limits<double>::infinity();
    // ImGui needs a frame or two after input to settle popups and hover states. A mouse
    // click needs four: ImGui sees the release a frame after the press, the command it
    // queued is drawn on the next, and a scroll that frame asks for shows one frame later.
    static constexpr int kFramesAfterInput = 4;
    static constexpr double kCursorBlinkSeconds = 0.5;

    void note_input() { m_frames_owed = kFramesAfterInput; }
    void note_frame_drawn() {
        if (m_frames_owed > 0) --m_frames_owed;
    }

    // Seconds to wait for events before drawing: 0 draws now, kForever sleeps until input.
    // `deadline` is when something on show changes by itself (a countdown's next second).
    double wait_seconds(bool animating, bool text_cursor_visible, double deadline = kForever) const {
        if (m_frames_owed > 0 || animating) return 0.0;
        double wait = deadline < 0 ? 0.0 : deadline;
        if (text_cursor_visible && kCursorBlinkSeconds < wait) return kCursorBlinkSeconds;
        return wait;
    }

private:
    int m_frames_owed = kFramesAfterInput;  // the first frames after start-up
};

}  // namespace primer
