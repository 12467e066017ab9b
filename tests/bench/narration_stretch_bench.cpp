// How long the narration speed's time stretch takes, to decide whether it may run on the
// audio thread as the narration plays: for each narration given, the whole file decoded and
// stretched at each speed (as one NarrationStream read to its end), the time to its first
// audio callback's worth of sound, and the share of one core that playing it would cost.
// Usage: primer_narration_stretch_bench FILE.ogg...   (tests/bench/run.sh passes the course's)
#include "narration_stream.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double millis_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: primer_narration_stretch_bench FILE.ogg...\n");
        return 2;
    }
    constexpr int kRate = 22050, kFrames = 2048;  // what NarrationAudio asks the device for
    std::vector<float> block(kFrames);
    for (int i = 1; i < argc; ++i) {
        for (double speed : {0.75, 1.25, 1.5}) {
            const Clock::time_point start = Clock::now();
            auto stream = primer::NarrationStream::open(argv[i], 0, speed, kRate, 1);
            if (!stream) {
                std::fprintf(stderr, "cannot read %s\n", argv[i]);
                return 1;
            }
            std::size_t frames = stream->read(block.data(), kFrames);
            const double first_ms = millis_since(start);
            while (std::size_t got = stream->read(block.data(), kFrames)) frames += got;
            const double whole_ms = millis_since(start);
            const double heard_s = static_cast<double>(frames) / kRate;
            std::printf("  %s at %3.0f%%: %.1f s of sound; whole file %.0f ms, first callback %.2f ms, "
                        "%.2f%% of one core while it plays\n",
                        std::filesystem::path(argv[i]).filename().c_str(), speed * 100, heard_s, whole_ms, first_ms, whole_ms / 10.0 / heard_s);
        }
    }
    return 0;
}
