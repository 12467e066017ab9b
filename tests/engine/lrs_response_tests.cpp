// The LRS answer -> batch decision table, the backoff, and the lrs.toml settings reader.
#include "lrs_response.hpp"
#include "lrs_settings.hpp"

#include <catch2/catch.hpp>

using namespace primer;
using Catch::Matchers::Contains;

namespace {

constexpr Millis kNow = 1'800'000'000'000;
const Backoff kBackoff{30'000, 3'600'000};
const std::function<double()> kHalf = [] { return 0.5; };

LrsResponse answer(int status, std::string body = "", std::optional<Millis> retry_after = std::nullopt) {
    return {status, "", false, retry_after, std::move(body)};
}
LrsResponse no_answer(std::string failure, bool certificate = false) { return {0, std::move(failure), certificate, {}, ""}; }

struct Row {
    const char* what;
    LrsResponse response;
    std::size_t batch;
    int attempts;
    BatchAction action;
    Millis wait;        // Retry: next_attempt_at - now
    const char* reason;  // a phrase the reason must contain ("" for none)
};

}  // namespace

TEST_CASE("Each LRS answer decides what happens to the batch", "[lrs]") {
    // With random() = 0.5 a wait is three quarters of first * 2^attempts.
    const Row table[] = {
        {"200 OK: stored", answer(200, R"(["id"])"), 50, 0, BatchAction::Sent, 0, ""},
        {"204 No Content: stored", answer(204), 1, 3, BatchAction::Sent, 0, ""},
        {"unreachable, first failure", no_answer("Could not connect to server"), 50, 0, BatchAction::Retry, 22'500,
         "the LRS at lrs.example.org could not be reached: Could not connect to server"},
        {"unreachable, third failure doubles twice", no_answer("timed out"), 50, 2, BatchAction::Retry, 90'000, "timed out"},
        {"backoff stops growing at the longest wait", no_answer("timed out"), 5, 30, BatchAction::Retry, 2'700'000, ""},
        {"500", answer(500, "oops"), 50, 0, BatchAction::Retry, 22'500, "is not available (HTTP 500: oops)"},
        {"502 without Retry-After backs off", answer(502, "", 99'000), 50, 1, BatchAction::Retry, 45'000, ""},
        {"503 with Retry-After waits as asked", answer(503, "", 120'000), 50, 0, BatchAction::Retry, 120'000, ""},
        {"429 with Retry-After waits as asked", answer(429, "", 7'000), 50, 4, BatchAction::Retry, 7'000, "slow down"},
        {"429 without Retry-After backs off", answer(429), 50, 0, BatchAction::Retry, 22'500, "slow down"},
        {"408 request timeout", answer(408), 2, 0, BatchAction::Retry, 22'500, ""},
        {"an absurd Retry-After is capped at a day", answer(429, "", 999 * 86'400'000LL), 1, 0, BatchAction::Retry,
         86'400'000, ""},
        {"400 on a batch: split to find the culprit", answer(400, R"({"message":"bad verb"})"), 50, 0, BatchAction::Split, 0, ""},
        {"400 on one statement: quarantined with the reason", answer(400, R"({"message":"bad verb"})"), 1, 0,
         BatchAction::Quarantine, 0, "the LRS refused it as invalid (HTTP 400: bad verb)"},
        {"413 on a batch: split", answer(413), 8, 0, BatchAction::Split, 0, ""},
        {"413 on one statement: quarantined", answer(413), 1, 0, BatchAction::Quarantine, 0, "too large"},
        {"409 on a batch: split", answer(409), 2, 0, BatchAction::Split, 0, ""},
        {"409 on one statement: ask what the LRS holds", answer(409), 1, 0, BatchAction::CheckExisting, 0, ""},
        {"401: stop, credentials", answer(401), 50, 0, BatchAction::Stop, 0, "refused the username and password"},
        {"403: stop, permissions", answer(403), 1, 0, BatchAction::Stop, 0, "may not store statements"},
        {"404: stop, wrong endpoint", answer(404), 50, 0, BatchAction::Stop, 0, "no statements resource"},
        {"301: stop, no redirects with credentials", answer(301), 50, 0, BatchAction::Stop, 0, "redirects elsewhere"},
        {"405: stop", answer(405, "Method Not Allowed"), 50, 0, BatchAction::Stop, 0, "HTTP 405: Method Not Allowed"},
        {"an unverifiable certificate: stop", no_answer("SSL certificate problem: self-signed certificate", true), 50,
         0, BatchAction::Stop, 0, "never sends records over an unverified connection"},
    };
    for (const Row& row : table) {
        SECTION(row.what) {
            const BatchDecision decision =
                decide(row.response, row.batch, row.attempts, kNow, kHalf, kBackoff, "lrs.example.org");
            CHECK(decision.action == row.action);
            CHECK_THAT(decision.reason, Contains(row.reason));
            if (row.action == BatchAction::Retry) CHECK(decision.next_attempt_at - kNow == row.wait);
            if (row.action == BatchAction::Sent || row.action == BatchAction::Split) CHECK(decision.reason.empty());
        }
    }
}

TEST_CASE("Jitter takes up to half the wait off, never more", "[lrs]") {
    CHECK(backoff_delay(0, kBackoff, 0.0) == 15'000);
    CHECK(backoff_delay(0, kBackoff, 0.999999) == 29'999);
    CHECK(backoff_delay(1, kBackoff, 0.0) == 30'000);
    CHECK(backoff_delay(3, kBackoff, 1.0) == 240'000);
    CHECK(backoff_delay(100, kBackoff, 1.0) == 3'600'000);
    CHECK(backoff_delay(-4, kBackoff, 1.0) == 30'000);
    // The injected source decides it: a different draw, a different wait.
    int draws = 0;
    const std::function<double()> stepping = [&] { return (draws++ % 2) ? 0.0 : 1.0; };
    const auto first = decide(no_answer("down"), 5, 0, kNow, stepping, kBackoff, "h");
    const auto second = decide(no_answer("down"), 5, 0, kNow, stepping, kBackoff, "h");
    CHECK(first.next_attempt_at - kNow == 30'000);
    CHECK(second.next_attempt_at - kNow == 15'000);
}

TEST_CASE("After a 409, the statement the LRS holds decides: the same is sent, a different one quarantined", "[lrs]") {
    const std::string ours = R"({"id":"a1","actor":{"account":{"homePage":"https://h","name":"s1"}},"result":{"score":{"scaled":1}}})";
    auto existing = [&](const LrsResponse& held) { return decide_existing(ours, held, 0, kNow, kHalf, kBackoff, "h"); };
    // The LRS adds stored, authority and version, and may write 1 as 1.0.
    CHECK(existing(answer(200, R"({"id":"a1","actor":{"account":{"homePage":"https://h","name":"s1"}},)"
                               R"("result":{"score":{"scaled":1.0}},"stored":"2026-01-01T00:00:00.000Z","version":"1.0.0"})"))
              .action == BatchAction::Sent);
    const auto different = existing(answer(200, R"({"id":"a1","actor":{"account":{"homePage":"https://h","name":"s2"}},)"
                                                R"("result":{"score":{"scaled":1}}})"));
    CHECK(different.action == BatchAction::Quarantine);
    CHECK_THAT(different.reason, Contains("already holds a different statement with this id"));
    CHECK(existing(answer(200, R"({"id":"a1"})")).action == BatchAction::Quarantine);
    CHECK(existing(answer(200, "not json")).action == BatchAction::Quarantine);
    CHECK(existing(answer(404)).action == BatchAction::Retry);
    CHECK(existing(no_answer("reset")).action == BatchAction::Retry);
    CHECK(existing(answer(401)).action == BatchAction::Stop);
    CHECK(existing(answer(400)).action == BatchAction::Stop);
}

TEST_CASE("An LRS's reason is its JSON message, on one short line", "[lrs]") {
    CHECK(lrs_reason(R"({"message":"verb.id is not an IRI"})") == "verb.id is not an IRI");
    CHECK(lrs_reason(R"({"error":{"code":1}})") == R"({"code":1})");
    CHECK(lrs_reason("  plain\ntext\t ") == "plain text");
    CHECK(lrs_reason(std::string(1000, 'x')).size() == 300);
    CHECK(lrs_reason("").empty());
}

namespace {

struct ReadSettings {
    Diagnostics diagnostics;
    std::optional<LrsSettings> settings;
    std::string messages;  // every diagnostic, as printed
};

ReadSettings read_settings(const std::string& text) {
    ReadSettings read;
    toml::table root = toml::parse(text, std::string_view("lrs.toml"));
    TableReader file(root, "lrs.toml", read.diagnostics);
    read.settings = read_lrs_settings(file);
    for (const Diagnostic& d : read.diagnostics.all()) read.messages += format_diagnostic(d) + "\n";
    return read;
}

}  // namespace

TEST_CASE("lrs.toml: the endpoint, credentials and options, with defaults", "[lrs]") {
    auto read = read_settings("endpoint = \"https://LRS.example.org:8443/xapi/\"\nusername = \"key\"\npassword = \"s3cret\"\n");
    INFO(read.messages);
    REQUIRE(read.settings);
    CHECK(read.settings->endpoint == "https://LRS.example.org:8443/xapi/");
    CHECK(read.settings->host == "lrs.example.org");
    CHECK_FALSE(read.settings->plain_http);
    CHECK(read.settings->username == "key");
    CHECK(read.settings->password == "s3cret");
    CHECK(read.settings->version == "1.0.3");
    CHECK(read.settings->batch_size == 50);
    CHECK_FALSE(read.settings->auto_sync);
    CHECK(read.settings->home_page.empty());

    auto full = read_settings("endpoint = \"http://127.0.0.1:9000/\"\nusername = \"k\"\npassword = \"p\"\n"
                              "version = \"2.0.0\"\nhome_page = \"https://lms.example.org\"\n"
                              "activity_base = \"https://courses.example.org/xapi\"\nbatch_size = 10\nauto = true\n");
    INFO(full.messages);
    REQUIRE(full.settings);
    CHECK(full.settings->plain_http);
    CHECK(full.settings->version == "2.0.0");
    CHECK(full.settings->home_page == "https://lms.example.org");
    CHECK(full.settings->activity_base == "https://courses.example.org/xapi/");
    CHECK(full.settings->batch_size == 10);
    CHECK(full.settings->auto_sync);
}

TEST_CASE("lrs.toml mistakes point at the line, and never repeat a secret", "[lrs]") {
    const std::string secret = "Sup3r-Secr3t";
    struct Case {
        const char* what;
        std::string text;
        const char* message;
    };
    const Case cases[] = {
        {"plain http to another machine", "endpoint = \"http://lrs.example.org/xapi/\"\nusername = \"k\"\npassword = \"" + secret + "\"\n",
         "lrs.toml:1:12: error: 'endpoint' must use https"},
        {"no trailing slash", "endpoint = \"https://lrs.example.org/xapi\"\nusername = \"k\"\npassword = \"" + secret + "\"\n",
         "ending in '/'"},
        {"credentials in the address", "endpoint = \"https://k:" + secret + "@lrs.example.org/xapi/\"\nusername = \"k\"\npassword = \"x\"\n",
         "'endpoint' must not carry a user name or password"},
        {"not an address", "endpoint = \"lrs.example.org\"\nusername = \"k\"\npassword = \"x\"\n", "not an https address"},
        {"a typo", "endpoint = \"https://l/\"\nusername = \"k\"\npassword = \"x\"\npasword = \"" + secret + "\"\n",
         "did you mean 'password'?"},
        {"the password as a number", "endpoint = \"https://l/\"\nusername = \"k\"\npassword = 12345678\n",
         "lrs.toml:3:12: error: 'password' must be text in quotes"},
        {"no password", "endpoint = \"https://l/\"\nusername = \"k\"\n", "missing required key 'password'"},
        {"an unknown version", "endpoint = \"https://l/\"\nusername = \"k\"\npassword = \"" + secret + "\"\nversion = \"1.0\"\n",
         "'version' must be \"1.0.3\" or \"2.0.0\""},
        {"a batch too large", "endpoint = \"https://l/\"\nusername = \"k\"\npassword = \"" + secret + "\"\nbatch_size = 0\n",
         "'batch_size' must be from 1 to 500"},
        {"auto in quotes", "endpoint = \"https://l/\"\nusername = \"k\"\npassword = \"" + secret + "\"\nauto = \"yes\"\n",
         "'auto' must be true or false"},
        {"a colon in the key", "endpoint = \"https://l/\"\nusername = \"a:b\"\npassword = \"" + secret + "\"\n",
         "'username' must not contain ':'"},
    };
    for (const Case& c : cases) {
        SECTION(c.what) {
            auto read = read_settings(c.text);
            CHECK_FALSE(read.settings);
            CHECK_THAT(read.messages, Contains(c.message));
            CHECK_THAT(read.messages, !Contains(secret) && !Contains("12345678"));
        }
    }
}

TEST_CASE("Endpoints: scheme and host, loopback told apart", "[lrs]") {
    CHECK(parse_endpoint("https://lrs.example.org/x/")->host == "lrs.example.org");
    CHECK(parse_endpoint("http://localhost:8080/")->loopback);
    CHECK(parse_endpoint("http://127.0.0.1/")->loopback);
    CHECK(parse_endpoint("http://[::1]:9/")->host == "::1");
    CHECK(parse_endpoint("http://[::1]:9/")->loopback);
    CHECK_FALSE(parse_endpoint("http://127.example.org/")->loopback);
    CHECK_FALSE(parse_endpoint("https://lrs.example.org/")->loopback);
    CHECK_FALSE(parse_endpoint("ftp://lrs.example.org/"));
    CHECK_FALSE(parse_endpoint("https:///x"));
    CHECK_FALSE(parse_endpoint("https://user:pw@lrs.example.org/"));
}
