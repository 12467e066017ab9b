#include "sign_in.hpp"

#include <algorithm>
#include <cctype>

namespace primer {

namespace {

bool same_name(const std::string& a, const std::string& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](unsigned char x, unsigned char y) {
        return std::tolower(x) == std::tolower(y);
    });
}

}  // namespace

SignInResult sign_in(Store& store, const Learner& typed, Millis now) {
    if (typed.id.empty()) return {std::nullopt, "Please enter your staff id."};
    if (auto known = store.find_learner(typed.id)) {
        if (!typed.name.empty() && !same_name(typed.name, known->name))
            return {std::nullopt, "Staff id " + typed.id + " already belongs to " + known->name +
                                      ". If that is you, choose it under \"Continue as\"; otherwise check your staff id."};
        return {known, {}};
    }
    if (!store.last_error().empty()) return {std::nullopt, store.last_error()};
    Learner learner = typed;
    if (learner.name.empty()) learner.name = learner.id;
    learner.created_at = now;
    if (!store.save_learner(learner)) return {std::nullopt, store.last_error()};
    return {learner, {}};
}

}  // namespace primer
