#include "speech_voice.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <thread>

using namespace primer;

namespace {

// The voice's status once its first sentence is on, or its last status after 10 s.
SpeechVoice::Status first_sentence_status(SpeechVoice& voice) {
    SpeechVoice::Status status;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
        status = voice.poll();
        if (status.sentence >= 0) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return status;
}

}  // namespace

TEST_CASE("espeak-ng synthesises a sentence into audio of a plausible length") {
    std::string problem;
    Speech speech = synthesise("Thank you for telling me.", "en-GB", 1.0, 0.8f, problem);
    INFO(problem);
    REQUIRE(problem.empty());
    CHECK(speech.sample_rate == 22050);
    REQUIRE_FALSE(speech.samples.empty());
    // Five words at 175 a minute take about 1.7 s, plus espeak's lead-in and tail.
    CHECK(speech.seconds() > 0.8);
    CHECK(speech.seconds() < 4.0);
    CHECK(std::any_of(speech.samples.begin(), speech.samples.end(), [](std::int16_t s) { return std::abs(s) > 1000; }));

    Speech faster = synthesise("Thank you for telling me.", "en-GB", 1.5, 0.8f, problem);
    Speech slower = synthesise("Thank you for telling me.", "en-GB", 0.75, 0.8f, problem);
    CHECK(faster.seconds() < speech.seconds());
    CHECK(slower.seconds() > speech.seconds());

    Speech silent = synthesise("Thank you for telling me.", "en-GB", 1.0, 0.0f, problem);
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
    voice.start({"Listen.", "Stay calm.", "Write it down the same day, in their words."}, "en-GB", 1.5, 0.0f);
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
    voice.start({"Done."}, "en-GB", 1.5, 0.0f);
    deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (voice.poll().reading && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    CHECK_FALSE(voice.poll().reading);
}

TEST_CASE("With a sound device the sentences are heard, not only timed") {
    // SDL's dummy driver is a device that takes audio at the real rate, even on CI.
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    SpeechVoice voice;
    voice.start({"Listen."}, "en-GB", 1.0, 0.0f);
    SpeechVoice::Status status = first_sentence_status(voice);
    voice.stop();
    unsetenv("SDL_AUDIODRIVER");
    INFO(status.problem);
    CHECK(status.sentence == 0);
    CHECK(status.heard);
    CHECK(status.problem.empty());
}

TEST_CASE("Each language tag asks espeak-ng for the voice of its primary language, English by default") {
    CHECK(espeak_voice_for("cy") == "cy");
    CHECK(espeak_voice_for("cy-GB") == "cy");
    CHECK(espeak_voice_for("CY") == "cy");
    CHECK(espeak_voice_for("en") == "en");
    CHECK(espeak_voice_for("en-GB") == "en");
    CHECK(espeak_voice_for("") == "en");
    CHECK(espeak_voice_for("pt_BR") == "pt");
}

TEST_CASE("Welsh is read in espeak-ng's Welsh voice, English in English, and a language without a voice in English") {
    // The same Welsh sentences in both voices: the Welsh one says them as Welsh, the English
    // one as English spelling, so their lengths differ clearly.
    const std::string welsh = "Diolch am ddweud wrtha i. Rwyt ti wedi gwneud y peth iawn.";
    std::string problem;
    Speech cy = synthesise(welsh, "cy", 1.0, 0.8f, problem);
    INFO(problem);
    REQUIRE(problem.empty());
    CHECK(cy.voice == "cy");
    CHECK(cy.fallback.empty());
    REQUIRE_FALSE(cy.samples.empty());
    CHECK(cy.seconds() > 1.5);
    CHECK(std::any_of(cy.samples.begin(), cy.samples.end(), [](std::int16_t s) { return std::abs(s) > 1000; }));

    Speech en = synthesise(welsh, "en-GB", 1.0, 0.8f, problem);
    CHECK(en.voice == "en");
    CHECK(en.fallback.empty());
    // Back to Welsh after English: the voice follows the language asked for, each time.
    Speech cy_again = synthesise(welsh, "cy", 1.0, 0.8f, problem);
    CHECK(cy_again.voice == "cy");
    // Measured: 3.42 s in Welsh, 4.82 s in English (which spells much of it out), 3.42 s again.
    CHECK(std::abs(en.seconds() - cy.seconds()) > 0.5);
    CHECK(std::abs(cy_again.seconds() - cy.seconds()) < 0.05);

    Speech unknown = synthesise("Thank you for telling me.", "qaa", 1.0, 0.8f, problem);
    CHECK(problem.empty());
    CHECK(unknown.voice == "en");
    CHECK(unknown.fallback.find("\"qaa\"") != std::string::npos);
    CHECK(unknown.fallback.find("English") != std::string::npos);
    CHECK_FALSE(unknown.samples.empty());
}

TEST_CASE("A voice asked for an unknown language says why it reads in English, and asked for Welsh needs no excuse") {
    SpeechVoice voice;
    voice.start({"Diolch."}, "qaa", 1.5, 0.0f);
    SpeechVoice::Status status = first_sentence_status(voice);
    voice.stop();
    CHECK(status.sentence == 0);
    CHECK(status.fallback.find("\"qaa\"") != std::string::npos);

    voice.start({"Diolch."}, "cy", 1.5, 0.0f);
    status = first_sentence_status(voice);
    voice.stop();
    CHECK(status.sentence == 0);
    CHECK(status.fallback.empty());
}
