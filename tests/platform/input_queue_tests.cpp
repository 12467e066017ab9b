// Key events handed to ImGui a frame at a time, so no press is lost to a fast release.
#include "input_queue.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using primer::InputEvent;
using primer::InputQueue;

namespace {

// GLFW's key codes, spelled out so the test needs no GLFW.
constexpr int kKeyA = 65;
constexpr int kKeyB = 66;
constexpr int kKeyC = 67;
constexpr int kKeyQ = 81;
constexpr int kKeyLeftControl = 341;
constexpr int kKeyUnknown = -1;

InputEvent press(int key, int mods = 0) { return InputEvent::key_event(key, key + 1000, InputEvent::kPress, mods); }
InputEvent release(int key, int mods = 0) {
    return InputEvent::key_event(key, key + 1000, InputEvent::kRelease, mods);
}
InputEvent character(char c) { return InputEvent::character(static_cast<unsigned>(c)); }

void push_all(InputQueue& queue, const std::vector<InputEvent>& events) {
    for (const InputEvent& event : events) queue.push(event);
}

// Each frame as one line: "+65" a press of key 65, "-65" its release, "'a'" a character.
std::string describe(const std::vector<InputEvent>& frame) {
    std::string text;
    for (const InputEvent& event : frame) {
        if (!text.empty()) text += ' ';
        if (event.kind == InputEvent::Kind::Char) {
            text += '\'' + std::string(1, static_cast<char>(event.codepoint)) + '\'';
        } else {
            text += event.action == InputEvent::kPress ? '+' : event.action == InputEvent::kRelease ? '-' : '*';
            text += std::to_string(event.key);
        }
    }
    return text;
}

std::vector<std::string> drain(InputQueue& queue) {
    std::vector<std::string> frames;
    while (!queue.empty()) frames.push_back(describe(queue.take_frame()));
    return frames;
}

}  // namespace

TEST_CASE("a press and release in one batch are seen in two frames", "[platform]") {
    InputQueue queue;
    push_all(queue, {press(kKeyA), release(kKeyA)});
    CHECK(drain(queue) == std::vector<std::string>{"+65", "-65"});
}

TEST_CASE("presses of different keys share a frame", "[platform]") {
    InputQueue queue;
    push_all(queue, {press(kKeyA), press(kKeyB), press(kKeyC), release(kKeyA), release(kKeyB)});
    CHECK(drain(queue) == std::vector<std::string>{"+65 +66 +67", "-65 -66"});
}

TEST_CASE("a key that changes twice starts a new frame", "[platform]") {
    InputQueue queue;
    push_all(queue, {release(kKeyA), release(kKeyA)});
    CHECK(drain(queue) == std::vector<std::string>{"-65", "-65"});

    push_all(queue, {press(kKeyA), press(kKeyA)});
    CHECK(drain(queue) == std::vector<std::string>{"+65", "+65"});
}

TEST_CASE("Ctrl+Q is seen whole even when Ctrl is let go first", "[platform]") {
    InputQueue queue;
    constexpr int kCtrl = 0x2;
    push_all(queue,
             {press(kKeyLeftControl, kCtrl), press(kKeyQ, kCtrl), release(kKeyLeftControl), release(kKeyQ)});
    const std::vector<InputEvent> first = queue.take_frame();
    CHECK(describe(first) == "+341 +81");
    REQUIRE(first.size() == 2);
    CHECK(first[1].mods == kCtrl);
    CHECK(first[1].scancode == kKeyQ + 1000);
    CHECK(drain(queue) == std::vector<std::string>{"-341 -81"});
}

TEST_CASE("characters stay in order with their keys and never end a frame", "[platform]") {
    InputQueue queue;
    push_all(queue, {press(kKeyA), character('a'), character('a'), release(kKeyA), press(kKeyB), character('b'),
                     release(kKeyB)});
    CHECK(drain(queue) == std::vector<std::string>{"+65 'a' 'a'", "-65 +66 'b'", "-66"});

    push_all(queue, {character('x'), character('y'), character('x')});
    CHECK(drain(queue) == std::vector<std::string>{"'x' 'y' 'x'"});
}

TEST_CASE("keys the platform cannot name are dropped, and are never taken for characters", "[platform]") {
    InputQueue queue;
    push_all(queue, {press(kKeyUnknown), release(kKeyUnknown)});
    CHECK(queue.empty());

    push_all(queue, {press(kKeyA), press(kKeyUnknown), character('a'), release(kKeyUnknown), release(kKeyA)});
    const std::vector<InputEvent> first = queue.take_frame();
    CHECK(describe(first) == "+65 'a'");
    REQUIRE(first.size() == 2);
    CHECK(first[1].kind == InputEvent::Kind::Char);
    CHECK(first[1].codepoint == 'a');
    CHECK(drain(queue) == std::vector<std::string>{"-65"});
}

TEST_CASE("an empty queue gives an empty frame", "[platform]") {
    InputQueue queue;
    CHECK(queue.empty());
    CHECK(queue.take_frame().empty());
}
