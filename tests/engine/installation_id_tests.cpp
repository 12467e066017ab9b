// The installation id that names a data folder in xAPI statement ids: a saved one is kept as
// it is, a folder with records from before it existed keeps the signing key's id (so ids
// already exported or sent never change), a new folder gets a random UUID, and a saved file
// that is not an id is an error, never replaced.
#include "installation_id.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace primer;
using Problem = InstallationIdChoice::Problem;

namespace {

const std::string kKeyId = "ed25519:0123456789abcdef";

// Counts up from `first`, so each call gives different bytes and the test knows which.
std::function<std::array<std::uint8_t, 16>()> counting_random(std::uint8_t first) {
    return [next = first]() mutable {
        std::array<std::uint8_t, 16> bytes{};
        bytes.fill(next++);
        return bytes;
    };
}

std::function<std::array<std::uint8_t, 16>()> never_random() {
    return []() -> std::array<std::uint8_t, 16> {
        FAIL("a saved or inherited installation id needs no randomness");
        return {};
    };
}

}  // namespace

TEST_CASE("a saved installation id is kept, whatever the key and records", "[installation_id]") {
    struct Row {
        std::string saved;
        bool has_records;
        std::string key_id;
        std::string id;
    };
    const Row rows[] = {
        {"6f0c3b1e-5a2d-4c6e-9b1f-7d3e2a9c4b58\n", false, kKeyId, "6f0c3b1e-5a2d-4c6e-9b1f-7d3e2a9c4b58"},
        {"6f0c3b1e-5a2d-4c6e-9b1f-7d3e2a9c4b58", true, kKeyId, "6f0c3b1e-5a2d-4c6e-9b1f-7d3e2a9c4b58"},
        {"6f0c3b1e-5a2d-4c6e-9b1f-7d3e2a9c4b58\r\n", true, "", "6f0c3b1e-5a2d-4c6e-9b1f-7d3e2a9c4b58"},
        // An older folder's key id stays its installation id after the key is replaced.
        {"ed25519:fedcba9876543210\n", true, kKeyId, "ed25519:fedcba9876543210"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.saved, row.has_records, row.key_id);
        const InstallationIdChoice choice = choose_installation_id(row.saved, row.has_records, row.key_id, never_random());
        CHECK(choice.problem == Problem::None);
        CHECK(choice.id == row.id);
        CHECK_FALSE(choice.save);
    }
}

TEST_CASE("a folder with records and no saved id keeps the key id its statements were named with",
          "[installation_id]") {
    const InstallationIdChoice choice = choose_installation_id(std::nullopt, true, kKeyId, never_random());
    CHECK(choice.problem == Problem::None);
    CHECK(choice.id == kKeyId);
    CHECK(choice.save);

    // Without the key there is no telling what the records were named with: no guess.
    const InstallationIdChoice keyless = choose_installation_id(std::nullopt, true, "", never_random());
    CHECK(keyless.problem == Problem::NeedsKeyId);
    CHECK(keyless.id.empty());
    CHECK_FALSE(keyless.save);
}

TEST_CASE("a new folder gets a random version 4 UUID, a different one each time", "[installation_id]") {
    auto random = counting_random(0x11);
    const InstallationIdChoice first = choose_installation_id(std::nullopt, false, kKeyId, random);
    const InstallationIdChoice second = choose_installation_id(std::nullopt, false, kKeyId, random);
    CHECK(first.problem == Problem::None);
    CHECK(first.save);
    // 0x11 everywhere but the version nibble (4) and the RFC 4122 variant bits (10).
    CHECK(first.id == "11111111-1111-4111-9111-111111111111");
    CHECK(second.id == "12121212-1212-4212-9212-121212121212");
    CHECK(first.id != kKeyId);
    CHECK(is_installation_id(first.id));

    // Even two new folders sharing one organisation key.
    std::set<std::string> ids;
    auto shared = counting_random(0);
    for (int folder = 0; folder < 50; ++folder) ids.insert(choose_installation_id(std::nullopt, false, kKeyId, shared).id);
    CHECK(ids.size() == 50);
}

TEST_CASE("a saved file that is not an installation id is an error, never replaced", "[installation_id]") {
    const std::string malformed[] = {
        "",
        "\n",
        "installation",
        "6F0C3B1E-5A2D-4C6E-9B1F-7D3E2A9C4B58",    // upper case: not what Primer writes
        "6f0c3b1e-5a2d-4c6e-9b1f-7d3e2a9c4b5",     // a digit short
        "6f0c3b1e5a2d-4c6e-9b1f-7d3e2a9c4b58-",    // dashes misplaced
        "ed25519:0123456789abcde",                 // key id a digit short
        "ed25519:0123456789abcdeg",
        " 6f0c3b1e-5a2d-4c6e-9b1f-7d3e2a9c4b58",
        "6f0c3b1e-5a2d-4c6e-9b1f-7d3e2a9c4b58\n\n",  // a second line
        "6f0c3b1e-5a2d-4c6e-9b1f-7d3e2a9c4b58|x",    // would run into the rest of a statement's name
    };
    for (const std::string& text : malformed) {
        CAPTURE(text);
        for (bool has_records : {false, true}) {
            const InstallationIdChoice choice = choose_installation_id(text, has_records, kKeyId, never_random());
            CHECK(choice.problem == Problem::Malformed);
            CHECK(choice.id.empty());
            CHECK_FALSE(choice.save);
        }
    }
}
