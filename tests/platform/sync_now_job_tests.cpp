// The sentence the manager view shows after Sync now.
#include "sync_now_job.hpp"

#include <catch2/catch.hpp>

using namespace primer;

TEST_CASE("Sync now's message is whole sentences, each starting with a capital", "[sync]") {
    SyncOutcome outcome;
    outcome.result.sent = 0;
    outcome.result.stopped = true;
    outcome.result.problem = "the LRS at lrs.example refused the username and password in lrs.toml (HTTP 401)";
    outcome.counts.waiting = 15;
    CHECK(describe_sync(outcome, "lrs.example") ==
          "Sent 0 statements to the LRS at lrs.example. The LRS at lrs.example refused the username and password in "
          "lrs.toml (HTTP 401). 15 wait in the outbox.");

    SyncOutcome one;
    one.result.sent = 1;
    one.result.quarantined = 1;
    one.counts.waiting = 1;
    CHECK(describe_sync(one, "lrs.example") ==
          "Sent 1 statement to the LRS at lrs.example. 1 was set aside; the LRS's reasons are listed below. "
          "1 waits in the outbox.");

    SyncOutcome broken;
    broken.error = "Primer could not open the records.";
    CHECK(describe_sync(broken, "lrs.example") == "Primer could not open the records.");
}
