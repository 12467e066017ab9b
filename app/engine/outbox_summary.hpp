// The outbox as a manager reads it in the player: which kind of refusal stopped the sync
// (so the view can say what to do, in the manager's language) and each set-aside statement
// as a table row. Pure, table-tested; the reasons themselves come from lrs_response.
#pragma once

#include "outbox.hpp"

#include <string>

namespace primer {

// What a stopped sync needs from a person, read from lrs_response's stop sentence.
enum class LrsStop { None, Credentials, Permission, Endpoint, Certificate, Other };

LrsStop stop_kind(const std::string& reason);

struct OutboxLine {
    std::string verb;     // the verb's display name ("answered"), else the last part of its id
    std::string learner;  // the learner's id
    std::string time;     // the statement's timestamp, "2026-03-01 14:05" (UTC); empty when it has none
    std::string reason;   // why it was set aside
};

OutboxLine outbox_line(const OutboxItem& item);

}  // namespace primer
