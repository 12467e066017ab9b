// The manager passphrase: the rules for a new one, Argon2id hashes that take the right
// passphrase and refuse wrong ones or a tampered hash, re-hashing at a new cost, and the
// pause after repeated wrong guesses.
#include "passphrase.hpp"

#include <catch2/catch.hpp>

#include <sodium.h>

using namespace primer;
using Catch::Matchers::Contains;

namespace {

// The cheapest cost libsodium allows: a hash that needs making again at the default.
PassphraseCost cheap() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

}  // namespace

TEST_CASE("A new passphrase needs ten characters, typed the same twice", "[passphrase]") {
    struct Case {
        const char* first;
        const char* second;
        const char* problem;  // part of the sentence; empty when accepted
    };
    const Case cases[] = {
        {"", "", "Please type a passphrase"},
        {"nine char", "nine char", "at least 10 characters"},
        {"ten chars!", "ten chars!", ""},
        {"calm river morning", "calm river mornin", "not the same"},
        // Ten characters, not ten bytes: "é" is two bytes in UTF-8.
        {"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", "at least 10"},
        {"caf\xc3\xa9 au lait", "caf\xc3\xa9 au lait", ""},
    };
    for (const Case& c : cases) {
        INFO(c.first << " / " << c.second);
        const std::string problem = new_passphrase_problem(c.first, c.second);
        if (*c.problem == '\0')
            CHECK(problem.empty());
        else
            CHECK_THAT(problem, Contains(c.problem));
    }
}

TEST_CASE("The hash takes the right passphrase and refuses a wrong one", "[passphrase]") {
    auto hash = hash_passphrase("calm river morning");
    REQUIRE(hash);
    CHECK(hash->rfind("$argon2id$v=19$m=65536,t=2,p=1$", 0) == 0);  // INTERACTIVE: 64 MiB, 2 passes
    CHECK(hash->find("calm river") == std::string::npos);
    CHECK(check_passphrase("calm river morning", *hash) == PassphraseCheck::Right);
    CHECK(check_passphrase("calm river mornin", *hash) == PassphraseCheck::Wrong);
    CHECK(check_passphrase("", *hash) == PassphraseCheck::Wrong);
    // The same passphrase hashes differently each time (a new salt), and both check.
    auto again = hash_passphrase("calm river morning");
    REQUIRE(again);
    CHECK(*again != *hash);
    CHECK(check_passphrase("calm river morning", *again) == PassphraseCheck::Right);
}

TEST_CASE("A tampered hash refuses even the right passphrase, and a damaged one is named as such", "[passphrase]") {
    auto hash = hash_passphrase("calm river morning", cheap());
    REQUIRE(hash);
    std::string digest_changed = *hash;
    // A character well inside the digest: the last one also carries base64's unused padding
    // bits, so changing it can leave the decoded digest the same.
    char& digit = digest_changed[digest_changed.size() - 8];
    digit = digit == 'A' ? 'B' : 'A';
    CHECK(check_passphrase("calm river morning", digest_changed) == PassphraseCheck::Wrong);
    std::string salt_changed = *hash;
    const std::size_t salt = salt_changed.rfind('$', salt_changed.rfind('$') - 1) + 1;
    salt_changed[salt] = salt_changed[salt] == 'A' ? 'B' : 'A';
    CHECK(check_passphrase("calm river morning", salt_changed) == PassphraseCheck::Wrong);

    for (const std::string& damaged : {std::string(), std::string("calm river morning"), hash->substr(0, 20),
                                       std::string("$argon2id$v=19$m=x,t=2,p=1$abc$def"),
                                       std::string("$argon2i$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaA"),
                                       *hash + std::string(200, 'A')}) {
        INFO(damaged);
        CHECK_FALSE(is_passphrase_hash(damaged));
        CHECK(check_passphrase("calm river morning", damaged) == PassphraseCheck::Unreadable);
    }
    CHECK(is_passphrase_hash(*hash));
}

TEST_CASE("A hash made at another cost needs making again", "[passphrase]") {
    auto old = hash_passphrase("calm river morning", cheap());
    auto current = hash_passphrase("calm river morning");
    REQUIRE(old);
    REQUIRE(current);
    CHECK(check_passphrase("calm river morning", *old) == PassphraseCheck::Right);  // still opens meanwhile
    CHECK(passphrase_needs_rehash(*old));
    CHECK_FALSE(passphrase_needs_rehash(*current));
    CHECK(passphrase_needs_rehash(*current, cheap()));
    CHECK_FALSE(passphrase_needs_rehash("not a hash"));
}

TEST_CASE("Three wrong guesses are free, then each earns a longer pause, never more than a minute", "[passphrase]") {
    PassphraseAttempts attempts;
    const Millis start = 1'000'000;
    struct Step {
        int failures;
        Millis wait;  // right after the last failure
    };
    const Step steps[] = {{1, 0}, {2, 0}, {3, 2000}, {4, 4000}, {5, 8000}, {6, 16000}, {7, 32000}, {8, 60000}, {12, 60000}};
    int failed = 0;
    for (const Step& step : steps) {
        while (failed < step.failures) {
            attempts.failed(start);
            ++failed;
        }
        INFO(step.failures << " failures");
        CHECK(attempts.wait_left(start) == step.wait);
    }
    CHECK(attempts.wait_left(start + 59'000) == 1000);  // the pause runs out with time
    CHECK(attempts.wait_left(start + 61'000) == 0);
    attempts.succeeded();
    attempts.failed(start);
    CHECK(attempts.wait_left(start) == 0);  // a right guess starts the count again
}
