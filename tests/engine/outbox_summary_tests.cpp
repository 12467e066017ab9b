// The outbox as the manager view shows it: the kind of refusal that stopped a sync, read
// from lrs_response's own sentences, and each set-aside statement as a table row.
#include "lrs_response.hpp"
#include "outbox_summary.hpp"

#include <catch2/catch.hpp>

using namespace primer;

namespace {

std::string stop_reason(int status, bool certificate = false) {
    LrsResponse response{status, certificate ? "self-signed certificate" : "", certificate, {}, "{\"message\":\"no\"}"};
    const BatchDecision decision = decide(response, 1, 0, 0, [] { return 0.5; }, Backoff{}, "lrs.example.org");
    REQUIRE(decision.action == BatchAction::Stop);
    return decision.reason;
}

}  // namespace

TEST_CASE("stop_kind reads every stop decide() can make", "[outbox_summary]") {
    CHECK(stop_kind(stop_reason(401)) == LrsStop::Credentials);
    CHECK(stop_kind(stop_reason(403)) == LrsStop::Permission);
    CHECK(stop_kind(stop_reason(404)) == LrsStop::Endpoint);
    CHECK(stop_kind(stop_reason(302)) == LrsStop::Endpoint);
    CHECK(stop_kind(stop_reason(0, true)) == LrsStop::Certificate);
    CHECK(stop_kind(stop_reason(418)) == LrsStop::Other);
    CHECK(stop_kind("") == LrsStop::None);
}

TEST_CASE("outbox_line: verb, learner, time and reason of a set-aside statement", "[outbox_summary]") {
    OutboxItem item;
    item.learner_id = "A-1";
    item.last_error = "the LRS refused it as invalid (HTTP 400: verb.id is not an IRI)";
    struct Case {
        const char* statement;
        const char* verb;
        const char* time;
    };
    const Case cases[] = {
        {R"({"verb":{"id":"http://adlnet.gov/expapi/verbs/answered","display":{"en-US":"answered"}},)"
         R"("timestamp":"2026-03-01T14:05:09.123Z"})",
         "answered", "2026-03-01 14:05"},
        {R"({"verb":{"id":"verb-answered","display":{"cy":"atebodd"}}})", "atebodd", ""},
        {R"({"verb":{"id":"http://adlnet.gov/expapi/verbs/passed"},"timestamp":"yesterday"})", "passed", "yesterday"},
        {R"({"verb":"odd"})", "", ""},
        {"not json", "", ""},
    };
    for (const Case& c : cases) {
        item.statement = c.statement;
        INFO(c.statement);
        const OutboxLine line = outbox_line(item);
        CHECK(line.verb == c.verb);
        CHECK(line.time == c.time);
        CHECK(line.learner == "A-1");
        CHECK(line.reason == item.last_error);
    }
}
