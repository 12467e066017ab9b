#include "playthrough.hpp"

#include "progress_codec.hpp"

#include <catch2/catch.hpp>

namespace primer::test {

Playthrough::Playthrough(Course played, std::uint64_t seed)
    : course(std::move(played)), progress(new_progress(course, now, seed)) {}

Outcome Playthrough::send(const Command& command, Millis step) {
    now += step;
    Outcome out = apply(course, progress, command, now);
    if (out.accepted()) {
        progress = out.progress;
        for (const Event& event : out.events) {
            events.push_back(event);
            if (const auto* answer = std::get_if<AnswerChecked>(&event)) answers.push_back(*answer);
        }
    }
    if (round_trip) {
        std::string error;
        auto restored = decode_progress(encode_progress(progress), error);
        REQUIRE(restored);
        REQUIRE(*restored == progress);
        progress = *restored;
    }
    return out;
}

}  // namespace primer::test
