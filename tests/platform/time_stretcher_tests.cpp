// The narration speed's time stretch: a tone played faster is shorter by the speed and keeps
// its pitch; and a real narration read through NarrationStream comes out at the device's rate.
#include "narration_stream.hpp"
#include "time_stretcher.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace primer;

namespace {

constexpr double kPi = 3.14159265358979323846;

std::vector<float> sine(double hertz, int rate, double seconds) {
    std::vector<float> samples(static_cast<std::size_t>(rate * seconds));
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i] = 0.5f * static_cast<float>(std::sin(2 * kPi * hertz * static_cast<double>(i) / rate));
    return samples;
}

std::vector<float> stretch(const std::vector<float>& input, int input_rate, int output_rate, double tempo) {
    TimeStretcher stretcher(input_rate, output_rate, 1, tempo);
    std::vector<float> output;
    std::vector<float> block(512);
    for (std::size_t at = 0; at < input.size(); at += 1000) {
        stretcher.put(input.data() + at, std::min<std::size_t>(1000, input.size() - at));
        while (std::size_t got = stretcher.take(block.data(), block.size())) output.insert(output.end(), block.begin(), block.begin() + static_cast<long>(got));
    }
    stretcher.finish();
    while (std::size_t got = stretcher.take(block.data(), block.size())) output.insert(output.end(), block.begin(), block.begin() + static_cast<long>(got));
    return output;
}

// The tone's frequency from its upward zero crossings, away from the ends.
double frequency(const std::vector<float>& samples, int rate) {
    const std::size_t from = samples.size() / 10, to = samples.size() * 9 / 10;
    int crossings = 0;
    for (std::size_t i = from + 1; i < to; ++i)
        if (samples[i - 1] < 0 && samples[i] >= 0) ++crossings;
    return crossings * static_cast<double>(rate) / static_cast<double>(to - from);
}

// The length of the sound, without the silence the stretcher pads its end with.
double sounding_seconds(const std::vector<float>& samples, int rate) {
    std::size_t last = samples.size();
    while (last > 0 && std::fabs(samples[last - 1]) < 0.01f) --last;
    return static_cast<double>(last) / rate;
}

}  // namespace

TEST_CASE("a tone stretched to another speed keeps its pitch and lasts 1/speed as long", "[narration-speed]") {
    const std::vector<float> tone = sine(440, 22050, 4.0);
    REQUIRE(frequency(tone, 22050) == Approx(440).epsilon(0.01));
    struct Row {
        double tempo;
        int output_rate;
    };
    for (const Row row : {Row{1.5, 22050}, Row{1.25, 22050}, Row{0.75, 22050}, Row{1.5, 44100}}) {
        INFO("tempo " << row.tempo << ", out at " << row.output_rate << " Hz");
        const std::vector<float> out = stretch(tone, 22050, row.output_rate, row.tempo);
        CHECK(sounding_seconds(out, row.output_rate) == Approx(4.0 / row.tempo).epsilon(0.03));
        CHECK(frequency(out, row.output_rate) == Approx(440).epsilon(0.02));
    }
}

TEST_CASE("a narration read at 125% from a position lasts what is left of it, divided by the speed",
          "[narration-speed]") {
    const auto file = std::filesystem::path(PRIMER_SOURCE_DIR) / "tests/fixtures/courses/explainer/01-explainers/media/narration/how-many.ogg";
    REQUIRE(std::filesystem::exists(file));
    auto whole = NarrationStream::open(file, 0, 1.25, 44100, 2);
    REQUIRE(whole);
    std::vector<float> block(4096 * 2);
    std::size_t frames = 0;
    while (std::size_t got = whole->read(block.data(), 4096)) frames += got;
    auto later = NarrationStream::open(file, 2.0, 1.25, 44100, 2);
    REQUIRE(later);
    std::size_t later_frames = 0;
    while (std::size_t got = later->read(block.data(), 4096)) later_frames += got;
    // 2 s of narration at 125% is 1.6 s of sound; the stretcher adds a little at the end.
    CHECK(static_cast<double>(frames - later_frames) / 44100 == Approx(1.6).margin(0.05));
    CHECK_FALSE(NarrationStream::open(file.parent_path() / "missing.ogg", 0, 1.25, 44100, 2));
    CHECK_FALSE(NarrationStream::open(file, 1e6, 1.25, 44100, 2));
}
