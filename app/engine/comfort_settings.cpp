#include "comfort_settings.hpp"

#include <algorithm>
#include <cstdlib>

namespace primer {

namespace {

// The allowed step closest to `value`; the smaller one when it is halfway between two.
template <std::size_t N>
int nearest(const std::array<int, N>& steps, int value) {
    return *std::min_element(steps.begin(), steps.end(),
                             [value](int a, int b) { return std::abs(a - value) < std::abs(b - value); });
}

}  // namespace

ComfortSettings clamped(ComfortSettings settings) {
    settings.text_size = nearest(kTextSizes, settings.text_size);
    settings.line_spacing = nearest(kLineSpacings, settings.line_spacing);
    settings.caption_size = nearest(kCaptionSizes, settings.caption_size);
    settings.reading_speed = nearest(kReadingSpeeds, settings.reading_speed);
    settings.narration_speed = nearest(kNarrationSpeeds, settings.narration_speed);
    const int volume = std::clamp(settings.narration_volume, 0, 100);
    settings.narration_volume = (volume + kVolumeStep / 2) / kVolumeStep * kVolumeStep;
    if (settings.language.empty()) settings.language = "en";
    return settings;
}

}  // namespace primer
