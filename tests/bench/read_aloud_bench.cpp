// Read aloud's latency: from start() to the first sentence playing (synthesised and queued
// to the device), the first time (espeak-ng loading its voice) and after, and how fast
// espeak-ng synthesises against real time. Prints figures; run with SDL_AUDIODRIVER=dummy
// for a device that takes the audio, or none for the silent path.
// Usage: primer_read_aloud_bench [RUNS=20]
#include "speech_voice.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

using namespace primer;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Milliseconds from start() until the voice reports the first sentence playing.
double first_sentence_ms(SpeechVoice& voice, const std::vector<std::string>& sentences) {
    Clock::time_point start = Clock::now();
    voice.start(sentences, "en", 1.0, 0.0f);
    while (voice.poll().sentence < 0) {
        if (ms_since(start) > 10000) return -1;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    double ms = ms_since(start);
    voice.stop();
    return ms;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;
    // A screen's title, then a long sentence from the course's own register.
    const std::vector<std::string> title_first{"Looking after yourself",
                                               "Sexual abuse is hard to think about and hard to talk about."};
    const std::vector<std::string> long_first{
        "Many people who work with children and families have their own experience of sexual abuse, in childhood "
        "or as adults, and some have never told anyone."};

    SpeechVoice voice;
    std::printf("read aloud, SDL_AUDIODRIVER=%s, %d runs\n", std::getenv("SDL_AUDIODRIVER") ? std::getenv("SDL_AUDIODRIVER") : "(default)", runs);
    std::printf("  start to first sentence playing, first time (voice loads): %.1f ms\n", first_sentence_ms(voice, title_first));
    for (const auto* list : {&title_first, &long_first}) {
        std::vector<double> times;
        for (int i = 0; i < runs; ++i) times.push_back(first_sentence_ms(voice, *list));
        std::printf("  start to first sentence playing, %zu-character first sentence: median %.1f ms, max %.1f ms\n",
                    (*list)[0].size(), median(times), *std::max_element(times.begin(), times.end()));
        std::string problem = voice.poll().problem;
        if (!problem.empty()) std::printf("  (silent: %s)\n", problem.c_str());
    }
    std::string problem;
    Clock::time_point start = Clock::now();
    Speech speech = synthesise(long_first[0], "en", 1.0, 0.8f, problem);
    double ms = ms_since(start);
    std::printf("  synthesis of the %zu-character sentence: %.1f ms for %.2f s of speech (x%.0f real time)\n",
                long_first[0].size(), ms, speech.seconds(), speech.seconds() * 1000.0 / ms);
    return 0;
}
