// libFuzzer target: WebVTT captions (an author's or L&D team's file) to cues.
// Beyond not crashing, it checks what the rest of the player relies on: the result
// agrees with the diagnostics, cues are in start order and each ends after it starts,
// and cue_at() only ever names a cue that is showing.
#include "webvtt.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    primer::Diagnostics diagnostics;
    primer::Captions captions;
    const bool ok = primer::parse_webvtt(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.vtt",
                                         captions, diagnostics);
    if (ok == diagnostics.has_errors()) std::abort();
    const auto& cues = captions.cues;
    for (std::size_t i = 0; i < cues.size(); ++i) {
        if (!(cues[i].end_seconds > cues[i].start_seconds)) std::abort();
        if (i > 0 && cues[i].start_seconds < cues[i - 1].start_seconds) std::abort();
        for (double t : {cues[i].start_seconds, (cues[i].start_seconds + cues[i].end_seconds) / 2}) {
            const int at = primer::cue_at(captions, t);
            if (at < 0 || at >= static_cast<int>(cues.size())) std::abort();  // cue i is showing, so some cue is
            if (!(cues[at].start_seconds <= t && t < cues[at].end_seconds)) std::abort();
        }
    }
    for (const primer::Diagnostic& d : diagnostics.all())
        if (d.hint.empty() || d.where.file != "fuzz.vtt") std::abort();
    return 0;
}
