#include "explainer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace primer {

double Explainer::duration_seconds() const {
    double end = 0;
    for (const Cue& cue : captions.cues) end = std::max(end, cue.end_seconds);
    return end;
}

int caption_at(const Explainer& explainer, double seconds) {
    const int spoken = cue_at(explainer.captions, seconds);
    if (spoken >= 0) return spoken;
    int last = -1;
    for (std::size_t i = 0; i < explainer.captions.cues.size(); ++i)
        if (explainer.captions.cues[i].start_seconds <= seconds) last = static_cast<int>(i);
    if (last < 0) return -1;
    const Cue& cue = explainer.captions.cues[static_cast<std::size_t>(last)];
    return seconds - cue.end_seconds < kCaptionHoldSeconds ? last : -1;
}

int beat_at(const Explainer& explainer, double seconds) {
    int on_stage = -1;
    for (std::size_t i = 0; i < explainer.beats.size(); ++i)
        if (explainer.beats[i].starts_at <= seconds) on_stage = static_cast<int>(i);
    return on_stage;
}

double next_change_after(const Explainer& explainer, double seconds) {
    double next = std::numeric_limits<double>::infinity();
    auto consider = [&](double moment) {
        if (moment > seconds) next = std::min(next, moment);
    };
    for (const Cue& cue : explainer.captions.cues) {
        consider(cue.start_seconds);
        consider(cue.end_seconds);
        consider(cue.end_seconds + kCaptionHoldSeconds);
    }
    for (const Beat& beat : explainer.beats) consider(beat.starts_at);
    return next;
}

std::string with_unit(const std::string& unit) {
    if (unit.empty() || unit == "%") return unit;
    return " " + unit;
}

std::string format_figure(double value) {
    const double whole = std::round(value);
    if (std::fabs(whole) >= 1e15) {  // beyond whole-number digits a long long holds exactly
        char text[32];
        std::snprintf(text, sizeof text, "%g", value);
        return text;
    }
    if (std::fabs(value - whole) > 1e-9) {
        std::string text = std::to_string(value);
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.') text.pop_back();
        return text;
    }
    std::string digits = std::to_string(static_cast<long long>(std::fabs(whole)));
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), ",");
    return (whole < 0 ? "-" : "") + digits;
}

std::string describe_chart(const Beat& beat) {
    std::string text;
    for (const ChartBar& bar : beat.bars) {
        if (!text.empty()) text += "; ";
        text += bar.label + ": " + format_figure(bar.value) + with_unit(beat.unit);
    }
    return text;
}

}  // namespace primer
