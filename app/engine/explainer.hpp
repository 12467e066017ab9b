// A narrated explainer: an audio track, its captions, and "beats" (a highlighted phrase,
// a chart, an image) that appear in step with the narration. Plain data; the player
// plays it and the loader reads its captions from a WebVTT file.
#pragma once

#include "diagnostics.hpp"
#include "rich_text.hpp"
#include "tasks.hpp"
#include "webvtt.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace primer {

struct ChartBar {
    std::string label;
    double value = 0;
};

// What the stage shows from one caption cue until the next beat.
struct Beat {
    enum class Kind { Highlight, Chart, Image };
    Kind kind = Kind::Highlight;
    std::string cue;           // the caption cue it starts with
    double starts_at = 0;      // that cue's start, in seconds
    RichText text;             // highlight: the phrase to show large
    std::string chart_title;   // chart
    std::vector<ChartBar> bars;
    std::string unit;          // chart: "%" follows each figure; any other unit follows after a space
    std::optional<ImageRef> image;
    SourceLoc where;
};

struct Explainer {
    std::filesystem::path narration;  // OGG Vorbis; empty: the captions play silently on a timer
    std::filesystem::path captions_file;
    Captions captions;
    std::vector<Beat> beats;  // in the order of their cues
    SourceLoc where;

    // The narration's length as the captions time it: the end of the last cue.
    double duration_seconds() const;
};

// A caption stays up through a short pause after it (up to this long), so the caption band
// does not flash empty between two sentences.
constexpr double kCaptionHoldSeconds = 1.0;

// The cue to show at `seconds`: the one being spoken, else the last one if it ended less
// than kCaptionHoldSeconds ago; -1 for none.
int caption_at(const Explainer& explainer, double seconds);

// The beat on stage at `seconds` (the last one started), or -1 before the first.
int beat_at(const Explainer& explainer, double seconds);

// The next moment after `seconds` when the captions or the stage change; infinity if none.
double next_change_after(const Explainer& explainer, double seconds);

// 500000 -> "500,000"; 2.5 -> "2.5": a chart's figure as the course's text would write it
// (very large figures in scientific notation).
std::string format_figure(double value);
// What follows a figure: "%" directly, any other unit after a space ("500,000 children").
std::string with_unit(const std::string& unit);

// "Girls: 15%; Boys: 5%": a chart read as text, for its tooltip and the transcript.
std::string describe_chart(const Beat& beat);

}  // namespace primer
