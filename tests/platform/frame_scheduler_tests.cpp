// The idle policy: after input, a few frames; then sleep until something happens.
#include "frame_scheduler.hpp"

#include <catch2/catch.hpp>

using primer::FrameScheduler;

TEST_CASE("the player sleeps once input has settled", "[platform]") {
    FrameScheduler scheduler;
    for (int i = 0; i < FrameScheduler::kFramesAfterInput; ++i) {
        CHECK(scheduler.wait_seconds(false, false) == 0.0);
        scheduler.note_frame_drawn();
    }
    CHECK(scheduler.wait_seconds(false, false) == FrameScheduler::kForever);

    scheduler.note_input();
    CHECK(scheduler.wait_seconds(false, false) == 0.0);
    for (int i = 0; i < FrameScheduler::kFramesAfterInput; ++i) scheduler.note_frame_drawn();
    CHECK(scheduler.wait_seconds(false, false) == FrameScheduler::kForever);
}

TEST_CASE("animation draws every frame; a text cursor wakes only to blink", "[platform]") {
    FrameScheduler scheduler;
    for (int i = 0; i < FrameScheduler::kFramesAfterInput; ++i) scheduler.note_frame_drawn();
    CHECK(scheduler.wait_seconds(true, false) == 0.0);
    CHECK(scheduler.wait_seconds(false, true) == FrameScheduler::kCursorBlinkSeconds);
    CHECK(scheduler.wait_seconds(true, true) == 0.0);
}

TEST_CASE("a countdown on show wakes the player when its next second is due", "[platform]") {
    FrameScheduler scheduler;
    for (int i = 0; i < FrameScheduler::kFramesAfterInput; ++i) scheduler.note_frame_drawn();
    CHECK(scheduler.wait_seconds(false, false, 0.25) == 0.25);
    CHECK(scheduler.wait_seconds(false, true, 0.25) == 0.25);  // sooner than the cursor blink
    CHECK(scheduler.wait_seconds(false, true, 3.0) == FrameScheduler::kCursorBlinkSeconds);
    CHECK(scheduler.wait_seconds(true, false, 3.0) == 0.0);
    CHECK(scheduler.wait_seconds(false, false, -1.0) == 0.0);  // overdue: draw now
    scheduler.note_input();
    CHECK(scheduler.wait_seconds(false, false, 0.25) == 0.0);
}
