// Who is learning: identified by the staff id they sign in with.
#pragma once

#include "progress.hpp"

#include <string>

namespace primer {

struct Learner {
    std::string id;  // the staff id the learner signs in with
    std::string name;
    std::string organisation;
    Millis created_at = 0;
};

}  // namespace primer
