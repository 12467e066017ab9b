#include "lrs_response.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace primer {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kLongestReason = 300;
constexpr Millis kLongestRetryAfter = 24 * 3'600'000;  // a larger Retry-After is a mistake, not a plan

BatchDecision retry(const LrsResponse& response, int attempts, Millis now, const std::function<double()>& random,
                    const Backoff& backoff, const std::string& why) {
    const bool asked_to_wait = response.retry_after && (response.status == 429 || response.status == 503);
    const Millis wait = asked_to_wait ? std::clamp<Millis>(*response.retry_after, 0, kLongestRetryAfter)
                                      : backoff_delay(attempts, backoff, random());
    return {BatchAction::Retry, now + wait, why};
}

std::string status_text(int status, const std::string& body) {
    const std::string reason = lrs_reason(body);
    return "HTTP " + std::to_string(status) + (reason.empty() ? "" : ": " + reason);
}

// Every property we sent has the same value in what the LRS holds (which may add more).
bool holds_same(const Json& ours, const Json& theirs) {
    if (ours.is_object()) {
        if (!theirs.is_object()) return false;
        return std::all_of(ours.items().begin(), ours.items().end(), [&](const auto& item) {
            return theirs.contains(item.key()) && holds_same(item.value(), theirs[item.key()]);
        });
    }
    if (ours.is_array()) {
        if (!theirs.is_array() || theirs.size() != ours.size()) return false;
        for (std::size_t i = 0; i < ours.size(); ++i)
            if (!holds_same(ours[i], theirs[i])) return false;
        return true;
    }
    if (ours.is_number() && theirs.is_number()) return ours.get<double>() == theirs.get<double>();
    return ours == theirs;
}

}  // namespace

Millis backoff_delay(int attempts, const Backoff& backoff, double random) {
    const double doubled = static_cast<double>(backoff.first) * std::pow(2.0, std::clamp(attempts, 0, 40));
    const double delay = std::min(doubled, static_cast<double>(backoff.longest));
    return static_cast<Millis>(delay / 2 + std::clamp(random, 0.0, 1.0) * delay / 2);
}

std::string lrs_reason(const std::string& body) {
    std::string reason = body;
    const Json parsed = Json::parse(body, nullptr, false);
    if (parsed.is_object()) {
        for (const char* key : {"message", "error", "warnings"}) {
            if (!parsed.contains(key)) continue;
            const Json& value = parsed[key];
            reason = value.is_string() ? value.get<std::string>() : value.dump();
            break;
        }
    }
    std::replace_if(reason.begin(), reason.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    const std::size_t first = reason.find_first_not_of(' ');
    reason = first == std::string::npos ? "" : reason.substr(first, reason.find_last_not_of(' ') - first + 1);
    if (reason.size() > kLongestReason) reason = reason.substr(0, kLongestReason - 3) + "...";
    return reason;
}

BatchDecision decide(const LrsResponse& response, std::size_t batch_size, int attempts, Millis now,
                     const std::function<double()>& random, const Backoff& backoff, const std::string& host) {
    const int status = response.status;
    const std::string lrs = "the LRS at " + host;
    if (status == 0 && response.certificate_refused)
        return {BatchAction::Stop, 0,
                lrs + " could not prove who it is: its certificate could not be verified (" + response.failure +
                    "). Primer never sends records over an unverified connection; ask whoever runs the LRS to fix its "
                    "certificate."};
    if (status == 0)
        return retry(response, attempts, now, random, backoff, lrs + " could not be reached: " + response.failure);
    if (status >= 200 && status < 300) return {BatchAction::Sent, 0, ""};
    if (status == 408 || status == 429 || status >= 500)
        return retry(response, attempts, now, random, backoff,
                     lrs + (status == 429 ? " asked Primer to slow down (" : " is not available (") +
                         status_text(status, response.body) + ")");
    if (status == 400 || status == 413 || status == 409) {
        if (batch_size > 1) return {BatchAction::Split, 0, ""};
        if (status == 409) return {BatchAction::CheckExisting, 0, ""};
        return {BatchAction::Quarantine, 0,
                status == 413 ? "the LRS refused it as too large (" + status_text(status, response.body) + ")"
                              : "the LRS refused it as invalid (" + status_text(status, response.body) + ")"};
    }
    if (status == 401)
        return {BatchAction::Stop, 0,
                lrs + " refused the username and password in lrs.toml (HTTP 401). Check them with whoever runs the LRS."};
    if (status == 403)
        return {BatchAction::Stop, 0,
                lrs + " accepted the username and password in lrs.toml but they may not store statements (HTTP 403). "
                      "Ask whoever runs the LRS for a key with permission to write statements."};
    if (status == 404)
        return {BatchAction::Stop, 0,
                lrs + " has no statements resource at the endpoint (HTTP 404). Check that endpoint in lrs.toml is the "
                      "LRS's xAPI address, ending in '/'."};
    if (status >= 300 && status < 400)
        return {BatchAction::Stop, 0,
                lrs + " redirects elsewhere (HTTP " + std::to_string(status) +
                    "). Put the LRS's own xAPI address in endpoint in lrs.toml; Primer does not follow redirects "
                    "with credentials."};
    return {BatchAction::Stop, 0,
            lrs + " refused the statements (" + status_text(status, response.body) +
                "). Check the settings in lrs.toml with whoever runs the LRS."};
}

BatchDecision decide_existing(const std::string& ours, const LrsResponse& response, int attempts, Millis now,
                              const std::function<double()>& random, const Backoff& backoff, const std::string& host) {
    if (response.status == 200) {
        const Json theirs = Json::parse(response.body, nullptr, false);
        const Json mine = Json::parse(ours, nullptr, false);
        if (!theirs.is_discarded() && holds_same(mine, theirs)) return {BatchAction::Sent, 0, ""};
        return {BatchAction::Quarantine, 0,
                "the LRS already holds a different statement with this id (HTTP 409), and statements never change"};
    }
    if (response.status == 404)  // said taken, then not found: the LRS is not consistent yet
        return retry(response, attempts, now, random, backoff,
                     "the LRS at " + host + " said a statement's id is taken but could not show it (HTTP 404)");
    BatchDecision decision = decide(response, 1, attempts, now, random, backoff, host);
    // A statement the LRS cannot show is not known to be wrong: anything but a wait stops.
    if (decision.action != BatchAction::Retry && decision.action != BatchAction::Stop)
        return {BatchAction::Stop, 0,
                "the LRS at " + host + " did not show the statement it holds under a taken id (" +
                    status_text(response.status, response.body) + ")."};
    return decision;
}

}  // namespace primer
