// A learner playing a course through the pure runtime, for the runtime tests. With
// round_trip set, the progress is encoded and decoded after every command, so each
// scenario also proves that saving and resuming between any two commands changes nothing.
#pragma once

#include "commands.hpp"
#include "course.hpp"
#include "runtime.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace primer::test {

struct Playthrough {
    Course course;
    Millis now = 1000;  // before progress, which starts at this time
    Progress progress;
    bool round_trip = false;
    std::vector<Event> events;           // every event, in order
    std::vector<AnswerChecked> answers;  // the AnswerChecked events among them

    Playthrough(Course played, std::uint64_t seed);

    // Applies the command `step` milliseconds after the last; refused commands change nothing.
    Outcome send(const Command& command, Millis step = 1000);

    template <typename E>
    int count() const {
        return static_cast<int>(
            std::count_if(events.begin(), events.end(), [](const Event& e) { return std::holds_alternative<E>(e); }));
    }
};

}  // namespace primer::test
