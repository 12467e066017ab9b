// Signed completion records: keys, signatures, and the store's completions and sittings.
#include "completion_record.hpp"
#include "signing.hpp"
#include "store.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace primer;
namespace fs = std::filesystem;
using Catch::Matchers::Contains;

namespace {

CompletionRecord sample_record(const SigningKey& key) {
    CompletionRecord record;
    record.learner_id = "A-100";
    record.course_id = "family-environment";
    record.course_version = "1.0.0";
    record.completed_at = 1'767'225'600'123;
    record.success = "passed";
    record.score_scaled = 0.8667;
    record.attempts = 2;
    record.time_spent = 5'400'000;
    record.recorded_at = 1'767'225'600'200;
    record.key_id = key.key_id();
    record.signature = key.sign(signed_message(record));
    return record;
}

std::unique_ptr<SigningKey> make_key(const fs::path& file) {
    std::string error;
    auto key = SigningKey::load_or_create(file, error);
    INFO(error);
    REQUIRE(key);
    return key;
}

}  // namespace

TEST_CASE("A signing key is made once, kept private, and read back the same", "[records]") {
    test::TempDir dir;
    const fs::path file = dir / "keys" / "signing.key";
    auto made = make_key(file);
    CHECK((fs::status(file).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    auto read = make_key(file);
    CHECK(read->public_key() == made->public_key());
    CHECK(read->key_id() == made->key_id());
    CHECK_THAT(made->key_id(), Contains("ed25519:"));
    CHECK(key_id_of(made->public_key()) == made->key_id());
    CHECK_FALSE(key_id_of("not a key"));
}

TEST_CASE("A damaged key file is refused and left as it is", "[records]") {
    test::TempDir dir;
    const fs::path file = dir / "signing.key";
    std::ofstream(file) << "primer-ed25519-secret-key-v1\nAAAA\n";
    std::string error;
    CHECK_FALSE(SigningKey::load_or_create(file, error));
    CHECK_THAT(error, Contains("is not a Primer signing key"));
    CHECK(fs::file_size(file) == 34);
}

TEST_CASE("A signed completion verifies, and any edited field makes it fail", "[records]") {
    test::TempDir dir;
    auto key = make_key(dir / "signing.key");
    const CompletionRecord record = sample_record(*key);
    CHECK(verify_signature(key->public_key(), signed_message(record), record.signature));

    auto still_valid = [&](auto edit) {
        CompletionRecord edited = record;
        edit(edited);
        return verify_signature(key->public_key(), signed_message(edited), record.signature);
    };
    CHECK_FALSE(still_valid([](CompletionRecord& r) { r.success = "failed"; }));
    CHECK_FALSE(still_valid([](CompletionRecord& r) { r.score_scaled = 0.9; }));
    CHECK_FALSE(still_valid([](CompletionRecord& r) { r.score_scaled.reset(); }));
    CHECK_FALSE(still_valid([](CompletionRecord& r) { r.learner_id = "A-101"; }));
    CHECK_FALSE(still_valid([](CompletionRecord& r) { r.completed_at += 1; }));
    CHECK_FALSE(still_valid([](CompletionRecord& r) { r.key_id = "ed25519:0000000000000000"; }));
    // The score is signed as four decimals, so printing it differently does not matter.
    CHECK(still_valid([](CompletionRecord& r) { r.score_scaled = 0.866700000001; }));

    auto other = make_key(dir / "other.key");
    CHECK_FALSE(verify_signature(other->public_key(), signed_message(record), record.signature));
    CHECK_FALSE(verify_signature(key->public_key(), signed_message(record), "garbage"));
}

TEST_CASE("The store keeps every completion and gives each learner's standing with the latest", "[records]") {
    test::TempDir dir;
    std::string error;
    auto store = Store::open(dir / "primer.sqlite3", error);
    REQUIRE(store);
    auto key = make_key(dir / "signing.key");
    for (const char* id : {"B-2", "A-1"}) {
        REQUIRE(store->save_learner(Learner{id, id, "", 1}));
        Progress progress;
        progress.course_id = "family-environment";
        progress.course_version = "1.0.0";
        REQUIRE(store->record(id, progress, {}));
    }
    CompletionRecord first = sample_record(*key);
    first.learner_id = "A-1";
    first.success = "failed";
    first.score_scaled = 0.5;
    first.signature = key->sign(signed_message(first));
    CompletionRecord second = first;
    second.success = "passed";
    second.score_scaled = 0.9;
    second.signature = key->sign(signed_message(second));
    CompletionRecord other = sample_record(*key);
    other.learner_id = "B-2";
    other.score_scaled.reset();
    other.success = "unknown";
    other.signature = key->sign(signed_message(other));
    REQUIRE(store->add_completion(first, key->public_key()));
    REQUIRE(store->add_completion(other, key->public_key()));
    REQUIRE(store->add_completion(second, key->public_key()));

    std::vector<Standing> standings;
    REQUIRE(store->for_each_standing("family-environment", [&](const Standing& s) {
        standings.push_back(s);
        return true;
    }));
    REQUIRE(standings.size() == 2);
    CHECK(standings[0].learner.id == "A-1");
    CHECK(standings[0].completion == second);
    CHECK(standings[1].completion == other);
    CHECK(store->public_key(key->key_id()) == key->public_key());
    CHECK_FALSE(store->public_key("ed25519:nothing"));
    for (const Standing& s : standings)
        CHECK(verify_signature(*store->public_key(s.completion->key_id), signed_message(*s.completion),
                               s.completion->signature));

    int visited = 0;
    REQUIRE(store->for_each_standing("", [&](const Standing&) { return ++visited < 1; }));
    CHECK(visited == 1);

    // A learner who has started but has no completion yet still has a standing.
    REQUIRE(store->save_learner(Learner{"C-3", "Cy", "", 1}));
    Progress started;
    started.course_id = "family-environment";
    REQUIRE(store->record("C-3", started, {}));
    const auto sitting = store->open_sitting("C-3", "family-environment", 1'000);
    REQUIRE(store->touch_sitting(sitting, 61'000));
    standings.clear();
    REQUIRE(store->for_each_standing("family-environment", [&](const Standing& s) {
        standings.push_back(s);
        return true;
    }));
    REQUIRE(standings.size() == 3);
    CHECK_FALSE(standings[2].completion);
    CHECK(standings[2].time_spent == 60'000);  // an export shows the time so far of a learner under way
}

TEST_CASE("Sittings add up to the time a learner spent in a course", "[records]") {
    test::TempDir dir;
    std::string error;
    auto store = Store::open(dir / "primer.sqlite3", error);
    REQUIRE(store);
    REQUIRE(store->save_learner(Learner{"A-1", "Ann", "", 1}));
    const auto first = store->open_sitting("A-1", "c", 1'000);
    REQUIRE(first != 0);
    REQUIRE(store->touch_sitting(first, 61'000));
    REQUIRE(store->touch_sitting(first, 31'000));  // a late, older touch never shortens a sitting
    const auto second = store->open_sitting("A-1", "c", 100'000);
    REQUIRE(store->touch_sitting(second, 130'000));
    CHECK(store->time_spent("A-1", "c") == 90'000);
    CHECK(store->time_spent("A-1", "other") == 0);
}
