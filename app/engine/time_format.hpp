// Times and durations as records and exports write them: ISO 8601 / RFC 3339 in UTC with
// milliseconds (what xAPI and cmi5 ask for), plain dates for LMS imports, and ISO 8601
// durations; and the clock-face form the player shows for countdowns and narration.
#pragma once

#include "progress.hpp"

#include <optional>
#include <string>

namespace primer {

std::string format_utc(Millis at);        // "2026-01-02T03:04:05.678Z"
std::string format_date(Millis at);       // "2026-01-02"
std::string format_duration(Millis span); // "PT1H2M3.45S"; "PT0S" for zero; hundredths, as xAPI advises
// Whole seconds on a clock face: "0:05", "12:34", "1:02:03" from an hour; below 0 as "0:00".
std::string format_clock(long long seconds);

// Reads format_utc()'s form back; nullopt for anything else.
std::optional<Millis> parse_utc(const std::string& text);

}  // namespace primer
