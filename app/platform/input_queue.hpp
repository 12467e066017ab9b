// Keyboard events held back and handed out a frame's worth at a time.
// ImGui 1.86 samples key state once per frame, so a press and release arriving in one
// batch (xdotool, remote desktops, fast typists) would never be seen as a press.
// Pure logic with no window or ImGui, so the splitting rule is a unit test.
#pragma once

#include <algorithm>
#include <deque>
#include <vector>

namespace primer {

struct InputEvent {
    // GLFW's values, so events pass through to the ImGui backend unchanged (checked in window.cpp).
    static constexpr int kRelease = 0;
    static constexpr int kPress = 1;
    static constexpr int kRepeat = 2;

    enum class Kind { Key, Char };
    Kind kind = Kind::Key;
    int key = 0;
    int scancode = 0;
    int action = kRelease;
    int mods = 0;
    unsigned codepoint = 0;

    static InputEvent key_event(int key, int scancode, int action, int mods) {
        return {Kind::Key, key, scancode, action, mods, 0};
    }
    static InputEvent character(unsigned codepoint) { return {Kind::Char, 0, 0, kRelease, 0, codepoint}; }
};

class InputQueue {
public:
    // Keys the platform could not name (media and volume keys) are dropped: ImGui
    // cannot track them, and no view binds them.
    void push(const InputEvent& event) {
        if (event.kind == InputEvent::Kind::Key && event.key < 0) return;
        m_events.push_back(event);
    }

    bool empty() const { return m_events.empty(); }

    // The events for the next frame, in order. A frame ends before a key changes a second
    // time, and before a release that follows a press in the same frame: each press is
    // then seen with the modifiers held when it happened, even when Ctrl is let go before
    // the letter. Characters go with the keys around them and never end a frame.
    std::vector<InputEvent> take_frame() {
        std::vector<InputEvent> frame;
        std::vector<int> keys_seen;
        bool pressed = false;
        while (!m_events.empty()) {
            const InputEvent& event = m_events.front();
            if (event.kind == InputEvent::Kind::Key) {
                if (event.action == InputEvent::kRelease && pressed) break;
                if (std::ranges::find(keys_seen, event.key) != keys_seen.end()) break;
                keys_seen.push_back(event.key);
                pressed |= event.action == InputEvent::kPress;
            }
            frame.push_back(event);
            m_events.pop_front();
        }
        return frame;
    }

private:
    std::deque<InputEvent> m_events;
};

}  // namespace primer
