// Changes how fast sound plays without changing its pitch (SoundTouch's WSOLA), and its
// sample rate on the way. Samples go in at one end and come out of the other, a block at a
// time, so a long narration is stretched as it plays rather than all before it starts.
#pragma once

#include <cstddef>
#include <memory>

namespace soundtouch {
class SoundTouch;
}

namespace primer {

class TimeStretcher {
public:
    // `tempo` 1.5 plays in two thirds of the time; `input_rate` and `output_rate` are in
    // samples per second, `channels` interleaved float samples per frame.
    TimeStretcher(int input_rate, int output_rate, int channels, double tempo);
    ~TimeStretcher();
    TimeStretcher(const TimeStretcher&) = delete;
    TimeStretcher& operator=(const TimeStretcher&) = delete;

    void put(const float* frames, std::size_t count);
    // No more input: what is still inside comes out (with a little silence after it).
    void finish();
    // Up to `max_frames` stretched frames into `out`; how many it wrote.
    std::size_t take(float* out, std::size_t max_frames);
    std::size_t ready() const;

private:
    std::unique_ptr<soundtouch::SoundTouch> m_touch;
};

}  // namespace primer
