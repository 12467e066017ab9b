// The installation-id file beside the records: made once and then only read, the signing
// key's id for a folder whose records came before it, and a damaged file left as it is
// with a sentence naming it.
#include "installation_id_file.hpp"
#include "installation_id.hpp"
#include "store.hpp"
#include "../engine/test_support.hpp"

#include <catch2/catch.hpp>

using namespace primer;
using Catch::Matchers::Contains;

namespace {

const std::string kKeyId = "ed25519:0123456789abcdef";

}  // namespace

TEST_CASE("a new data folder gets a random installation id, saved and then kept", "[installation_id]") {
    test::TempDir first, second;
    std::string error;
    const auto id = load_or_create_installation_id(first.path(), kKeyId, error);
    REQUIRE(id);
    CHECK(error.empty());
    CHECK(*id != kKeyId);
    CHECK(is_installation_id(*id));
    CHECK(test::read_file(installation_id_path(first.path())) == *id + "\n");
    // No partial or temporary file is left beside it.
    for (const auto& entry : std::filesystem::directory_iterator(first.path())) {
        const std::string name = entry.path().filename().string();
        CHECK((name == "installation-id" || name.rfind("primer.sqlite3", 0) == 0));
    }

    CHECK(load_or_create_installation_id(first.path(), "ed25519:fedcba9876543210", error) == id);
    const auto other = load_or_create_installation_id(second.path(), kKeyId, error);
    REQUIRE(other);
    CHECK(*other != *id);
}

TEST_CASE("a data folder with records from before installation ids keeps its key id", "[installation_id]") {
    test::TempDir data;
    std::string error;
    {
        auto store = Store::open(database_path(data.path()), error);
        REQUIRE(store);
        REQUIRE(store->save_learner(Learner{"S-1", "Sam", "", 1}));
    }
    CHECK_FALSE(load_or_create_installation_id(data.path(), "", error));
    CHECK_THAT(error, Contains("signing.key"));
    CHECK_FALSE(std::filesystem::exists(installation_id_path(data.path())));

    error.clear();
    CHECK(load_or_create_installation_id(data.path(), kKeyId, error) == kKeyId);
    CHECK(test::read_file(installation_id_path(data.path())) == kKeyId + "\n");
    // A key put in its place later changes nothing.
    CHECK(load_or_create_installation_id(data.path(), "ed25519:fedcba9876543210", error) == kKeyId);
}

TEST_CASE("a damaged installation-id file is named and never replaced", "[installation_id]") {
    test::TempDir data;
    const auto file = installation_id_path(data.path());
    test::write_file(file, "not an id\n");
    std::string error;
    CHECK_FALSE(load_or_create_installation_id(data.path(), kKeyId, error));
    CHECK_THAT(error, Contains(file.string() + " does not hold an installation id"));
    CHECK_THAT(error, Contains("backup"));
    CHECK(test::read_file(file) == "not an id\n");
}
