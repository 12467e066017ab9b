#include "time_stretcher.hpp"

#include <SoundTouch.h>

#include <type_traits>

namespace primer {

static_assert(std::is_same_v<soundtouch::SAMPLETYPE, float>, "Debian's SoundTouch takes float samples");

TimeStretcher::TimeStretcher(int input_rate, int output_rate, int channels, double tempo)
    : m_touch(std::make_unique<soundtouch::SoundTouch>()) {
    m_touch->setSampleRate(static_cast<unsigned>(input_rate));
    m_touch->setChannels(static_cast<unsigned>(channels));
    m_touch->setTempo(tempo);
    // A playback rate below 1 makes more samples of the same pitch: the device's rate.
    m_touch->setRate(static_cast<double>(input_rate) / output_rate);
    // Speech, not music: the settings SoundTouch's soundstretch uses for -speech.
    m_touch->setSetting(SETTING_SEQUENCE_MS, 40);
    m_touch->setSetting(SETTING_SEEKWINDOW_MS, 15);
    m_touch->setSetting(SETTING_OVERLAP_MS, 8);
}

TimeStretcher::~TimeStretcher() = default;

void TimeStretcher::put(const float* frames, std::size_t count) {
    m_touch->putSamples(frames, static_cast<unsigned>(count));
}

void TimeStretcher::finish() { m_touch->flush(); }

std::size_t TimeStretcher::take(float* out, std::size_t max_frames) {
    return m_touch->receiveSamples(out, static_cast<unsigned>(max_frames));
}

std::size_t TimeStretcher::ready() const { return m_touch->numSamples(); }

}  // namespace primer
