// Signing in: the one rule for who a learner is, shared by the player and autoplay.
#pragma once

#include "learner.hpp"
#include "store.hpp"

#include <optional>
#include <string>

namespace primer {

struct SignInResult {
    std::optional<Learner> learner;  // the learner as stored, when sign-in succeeded
    std::string problem;             // otherwise a sentence saying why not
};

// The staff id identifies the learner. A new id creates them (with the id as their name
// if none was given). A known id continues them with their stored details, unless a
// different name was typed: that is more likely a mistyped staff id than a new name,
// and continuing would mix two people's records.
SignInResult sign_in(Store& store, const Learner& typed, Millis now);

}  // namespace primer
