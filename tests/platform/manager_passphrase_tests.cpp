// The manager passphrase file: kept as an owner-only hash, replaced atomically, refusing a
// tampered or damaged file, and re-hashed at today's cost after a right guess. And the
// atomic writer under it: a failed write leaves the old file as it was.
#include "atomic_file.hpp"
#include "manager_passphrase.hpp"
#include "../engine/test_support.hpp"

#include <catch2/catch.hpp>

#include <sodium.h>

#include <fstream>
#include <sstream>

using namespace primer;
namespace fs = std::filesystem;
using Catch::Matchers::Contains;

TEST_CASE("A passphrase is kept as an owner-only hash and checked against it", "[passphrase]") {
    test::TempDir dir;
    ManagerPassphrase passphrase(manager_passphrase_path(dir.path() / "data"));
    CHECK(passphrase.state() == ManagerPassphrase::State::NotSet);
    CHECK_THAT(passphrase.set("short", "short"), Contains("at least 10"));
    CHECK_FALSE(fs::exists(passphrase.file()));

    REQUIRE(passphrase.set("calm river morning", "calm river morning").empty());
    CHECK(passphrase.state() == ManagerPassphrase::State::Set);
    CHECK((fs::status(passphrase.file()).permissions() & (fs::perms::group_all | fs::perms::others_all)) ==
          fs::perms::none);
    const std::string kept = test::read_file(passphrase.file());
    CHECK(kept.rfind("primer-manager-passphrase-v1\n$argon2id$", 0) == 0);
    CHECK(kept.find("calm river") == std::string::npos);
    CHECK_FALSE(fs::exists(passphrase.file().string() + ".partial"));

    CHECK(passphrase.check("calm river morning") == PassphraseCheck::Right);
    CHECK(passphrase.check("calm river") == PassphraseCheck::Wrong);
    // Setting it again replaces it: the old one no longer opens the view.
    REQUIRE(passphrase.set("quiet harbour evening", "quiet harbour evening").empty());
    CHECK(passphrase.check("calm river morning") == PassphraseCheck::Wrong);
    CHECK(passphrase.check("quiet harbour evening") == PassphraseCheck::Right);
}

TEST_CASE("A tampered or damaged passphrase file keeps the view closed", "[passphrase]") {
    test::TempDir dir;
    ManagerPassphrase passphrase(manager_passphrase_path(dir.path()));
    REQUIRE(passphrase.set("calm river morning", "calm river morning").empty());
    std::string kept = test::read_file(passphrase.file());

    SECTION("an edited hash refuses the right passphrase") {
        // A character well inside the digest: the last one before the newline also carries
        // base64's unused padding bits, so changing it can leave the digest the same.
        char& digit = kept[kept.size() - 10];
        digit = digit == 'A' ? 'B' : 'A';
        std::ofstream(passphrase.file(), std::ios::binary | std::ios::trunc) << kept;
        CHECK(passphrase.state() == ManagerPassphrase::State::Set);
        CHECK(passphrase.check("calm river morning") == PassphraseCheck::Wrong);
    }
    SECTION("a file that holds no hash is damaged, with a sentence saying what to do") {
        const std::string damaged[] = {"", "primer-manager-passphrase-v1\n", "$argon2id$v=19$m=65536,t=2,p=1$x$y\n",
                                       "primer-manager-passphrase-v1\nnot a hash\n", std::string(5000, 'x')};
        for (const std::string& content : damaged) {
            INFO(content.substr(0, 60));
            std::ofstream(passphrase.file(), std::ios::binary | std::ios::trunc) << content;
            CHECK(passphrase.state() == ManagerPassphrase::State::Damaged);
            CHECK_THAT(passphrase.problem(), Contains("primer manager --set-passphrase"));
            CHECK(passphrase.check("calm river morning") == PassphraseCheck::Unreadable);
        }
    }
}

TEST_CASE("A right guess re-hashes a passphrase kept at an older cost", "[passphrase]") {
    test::TempDir dir;
    ManagerPassphrase passphrase(manager_passphrase_path(dir.path()));
    auto old = hash_passphrase("calm river morning", {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN});
    REQUIRE(old);
    std::ofstream(passphrase.file(), std::ios::binary) << "primer-manager-passphrase-v1\n" << *old << "\n";
    CHECK(passphrase.check("calm river mornin") == PassphraseCheck::Wrong);
    CHECK(test::read_file(passphrase.file()).find(*old) != std::string::npos);  // a wrong guess changes nothing
    CHECK(passphrase.check("calm river morning") == PassphraseCheck::Right);
    const std::string now_kept = test::read_file(passphrase.file());
    CHECK(now_kept.find(*old) == std::string::npos);
    CHECK(now_kept.find("$m=65536,t=2,p=1$") != std::string::npos);
    CHECK(passphrase.check("calm river morning") == PassphraseCheck::Right);
}

TEST_CASE("An atomic write that fails leaves the old file whole and no partial file", "[atomic]") {
    test::TempDir dir;
    const fs::path file = dir / "export.csv";
    std::string error;
    REQUIRE(write_file_atomically(file, [](std::ostream& out) { return static_cast<bool>(out << "old\n"); },
                                  FileAccess::Usual, error));
    CHECK_FALSE(write_file_atomically(
        file,
        [](std::ostream& out) {
            out << "half of the new";
            return false;  // the records could not be read part way
        },
        FileAccess::Usual, error));
    CHECK(test::read_file(file) == "old\n");
    CHECK_FALSE(fs::exists(file.string() + ".partial"));
    CHECK_FALSE(write_file_atomically(dir / "no" / "such" / "folder" / "x.csv",
                                      [](std::ostream& out) { return static_cast<bool>(out << "x"); },
                                      FileAccess::Usual, error));
    CHECK_THAT(error, Contains("no/such/folder/x.csv"));
    CHECK_THAT(error, Contains("Check that the folder exists"));
}
