#include "speech_voice.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <thread>

using namespace primer;

TEST_CASE("espeak-ng synthesises a sentence into audio of a plausible length") {
    std::string problem;
    Speech speech = synthesise("Thank you for telling me.", 1.0, 0.8f, problem);
    INFO(problem);
    REQUIRE(problem.empty());
    CHECK(speech.sample_rate == 22050);
    REQUIRE_FALSE(speech.samples.empty());
    // Five words at 175 a minute take about 1.7 s, plus espeak's lead-in and tail.
    CHECK(speech.seconds() > 0.8);
    CHECK(speech.seconds() < 4.0);
    CHECK(std::any_of(speech.samples.begin(), speech.samples.end(), [](std::int16_t s) { return std::abs(s) > 1000; }));

    Speech faster = synthesise("Thank you for telling me.", 1.5, 0.8f, problem);
    Speech slower = synthesise("Thank you for telling me.", 0.75, 0.8f, problem);
    CHECK(faster.seconds() < speech.seconds());
    CHECK(slower.seconds() > speech.seconds());

    Speech silent = synthesise("Thank you for telling me.", 1.0, 0.0f, problem);
    CHECK(std::all_of(silent.samples.begin(), silent.samples.end(), [](std::int16_t s) { return s == 0; }));
}

TEST_CASE("Speed factors map to espeak's words per minute, clamped to 0.75x-1.5x") {
    CHECK(speech_rate(1.0) == 175);
    CHECK(speech_rate(0.75) == 131);
    CHECK(speech_rate(1.5) == 263);
    CHECK(speech_rate(0.1) == 131);
    CHECK(speech_rate(4.0) == 263);
}

TEST_CASE("A voice reads sentences in turn, with or without a sound device, and stops when asked") {
    SpeechVoice voice;
    voice.start({"Listen.", "Stay calm.", "Write it down the same day, in their words."}, 1.5, 0.0f);
    CHECK(voice.poll().reading);
    // The first sentence is on within a moment, the second after the first's length.
    int seen_max = -1;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
        SpeechVoice::Status status = voice.poll();
        seen_max = std::max(seen_max, status.sentence);
        if (status.sentence >= 1) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    CHECK(seen_max >= 1);
    SpeechVoice::Status status = voice.poll();
    INFO(status.problem);
    CHECK(status.reading);
    CHECK(status.seconds_left > 0);
    voice.stop();
    CHECK_FALSE(voice.poll().reading);
    CHECK(voice.poll().sentence == -1);

    // Read to the end, it finishes on its own.
    voice.start({"Done."}, 1.5, 0.0f);
    deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (voice.poll().reading && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    CHECK_FALSE(voice.poll().reading);
}

TEST_CASE("With a sound device the sentences are heard, not only timed") {
    // SDL's dummy driver is a device that takes audio at the real rate, even on CI.
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    SpeechVoice voice;
    voice.start({"Listen."}, 1.0, 0.0f);
    SpeechVoice::Status status;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
        status = voice.poll();
        if (status.sentence >= 0) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    voice.stop();
    unsetenv("SDL_AUDIODRIVER");
    INFO(status.problem);
    CHECK(status.sentence == 0);
    CHECK(status.heard);
    CHECK(status.problem.empty());
}
