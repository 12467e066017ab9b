// The pure rules for module packages: entry names, limits counted on bytes read, the
// manifest, and the checks of files and signatures against it.
#include "package_rules.hpp"
#include "signing.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

namespace primer {
namespace {

std::map<std::string, std::string> packaged(std::map<std::string, std::string> files, const SigningKey* signer = nullptr) {
    PackageManifest manifest{"fire-safety", "Fire safety at work", "1.0.0", {}};
    for (const auto& [name, bytes] : files) manifest.files.push_back({name, bytes.size(), sha256_hex(bytes)});
    const std::string text = manifest_text(manifest);
    files.emplace(std::string(kManifestName), text);
    if (signer) files.emplace(std::string(kSignatureName), signature_text({signer->public_key(), signer->sign(text)}));
    return files;
}

}  // namespace

TEST_CASE("entry names that could land outside the module folder are refused", "[package]") {
    struct Row {
        const char* name;
        const char* problem;
    };
    const Row rows[] = {
        {"module.toml", ""},
        {"media/narration/intro.ogg", ""},
        {"", "is empty"},
        {"/etc/passwd", "is an absolute path"},
        {"../outside", "has a '..' component"},
        {"media/../../outside", "has a '..' component"},
        {"media\\evil", "has a backslash"},
        {"C:/evil", "starts with a drive letter"},
        {"media//double", "has an empty or '.' component"},
        {"./module.toml", "has an empty or '.' component"},
        {"media/\x01name", "has a control character"},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        CHECK(entry_name_problem(row.name) == row.problem);
    }
    CHECK(folded_name("Media/Module.TOML") == "media/module.toml");
}

TEST_CASE("limits are counted on the bytes read and stop at the entry that passes them", "[package]") {
    PackageLimits limits{3, 100, 250, 10, 50};

    PackageBudget files(limits, 1000);
    for (const char* name : {"a", "b", "c"}) CHECK(files.start_entry(name).empty());
    CHECK(files.start_entry("d") == "the package has more than 3 files (stopped at 'd')");

    PackageBudget one_file(limits, 1000);
    CHECK(one_file.start_entry("big").empty());
    CHECK(one_file.add_bytes("big", 60).empty());
    CHECK(one_file.add_bytes("big", 40).empty());
    CHECK(one_file.add_bytes("big", 1) == "'big' is larger than 100 bytes, the most a file may hold");

    PackageBudget total(limits, 1000);
    for (const char* name : {"a", "b"}) {
        CHECK(total.start_entry(name).empty());
        CHECK(total.add_bytes(name, 100).empty());
    }
    CHECK(total.start_entry("c").empty());
    CHECK(total.add_bytes("c", 51) == "the package unpacks to more than 250 bytes (stopped at 'c')");

    // A 10-byte package may unpack to 100 bytes (10 times) before it looks like a bomb,
    // and only once past the 50-byte floor.
    PackageBudget bomb(limits, 5);
    CHECK(bomb.start_entry("zeros").empty());
    CHECK(bomb.add_bytes("zeros", 50).empty());
    CHECK(bomb.add_bytes("zeros", 10) ==
          "the package unpacks to more than 10 times its own size, as a zip bomb does (stopped at 'zeros')");
}

TEST_CASE("a manifest reads back as written, and the same manifest gives the same bytes", "[package]") {
    PackageManifest manifest{"fire-safety", "Fire safety at work", "1.2.0", {{"module.toml", 12, sha256_hex("hello")}}};
    std::string error;
    auto read = parse_manifest(manifest_text(manifest), error);
    REQUIRE(read);
    CHECK(read->module_id == "fire-safety");
    CHECK(read->version == "1.2.0");
    REQUIRE(read->files.size() == 1);
    CHECK(read->files[0].size == 12);
    CHECK(manifest_text(*read) == manifest_text(manifest));
    CHECK(sha256_hex("hello") == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");

    CHECK_FALSE(parse_manifest("{", error));
    CHECK(error == "the package manifest is not valid JSON");
    CHECK_FALSE(parse_manifest(R"({"format": 2})", error));
    CHECK(error == "the package manifest is not format 1; it may need a newer Primer");
    CHECK_FALSE(parse_manifest(R"({"format": 1, "module": {"id": "m"}, "files": [{"path": "a", "size": -1, "sha256": ""}]})", error));
    CHECK(error == "the package manifest lists a file without a path, size and sha256");
}

TEST_CASE("files must match the manifest exactly", "[package]") {
    const std::vector<std::string> no_keys;
    auto good = packaged({{"module.toml", "id = 'x'"}, {"media/a.png", "png"}});
    PackageCheck check = check_package(good, no_keys);
    REQUIRE(check.manifest);
    CHECK(check.note == "the package is not signed (no trusted keys are set up, so unsigned packages are accepted)");

    auto extra = good;
    extra["media/b.png"] = "b";
    CHECK(check_package(extra, no_keys).problem == "'media/b.png' is in the package but not in its manifest");
    auto missing = good;
    missing.erase("media/a.png");
    CHECK(check_package(missing, no_keys).problem == "'media/a.png' is in the manifest but missing from the package");
    auto longer = good;
    longer["media/a.png"] = "png!";
    CHECK(check_package(longer, no_keys).problem == "'media/a.png' has 4 bytes, but the manifest says 3");
    auto changed = good;
    changed["media/a.png"] = "PNG";
    CHECK(check_package(changed, no_keys).problem ==
          "'media/a.png' does not match its SHA-256 in the manifest (it was changed after packing)");
    auto no_manifest = good;
    no_manifest.erase(std::string(kManifestName));
    CHECK(check_package(no_manifest, no_keys).problem ==
          "the package has no primer-package.json; make it with 'primer pack'");
}

TEST_CASE("signatures: valid always, and from a trusted key once any key is trusted", "[package]") {
    test::TempDir folder;
    std::string error;
    auto author = SigningKey::load_or_create(folder.path() / "author.key", error);
    auto other = SigningKey::load_or_create(folder.path() / "other.key", error);
    REQUIRE(author);
    REQUIRE(other);
    auto signed_files = packaged({{"module.toml", "id = 'x'"}}, author.get());
    auto unsigned_files = packaged({{"module.toml", "id = 'x'"}});

    CHECK(check_package(signed_files, {}).note ==
          "signed by " + author->key_id() + " (no trusted keys are set up, so any valid signature is accepted)");
    CHECK(check_package(signed_files, {author->public_key()}).note == "signed by trusted key " + author->key_id());
    CHECK(check_package(signed_files, {other->public_key()}).problem ==
          "the package is signed by " + author->key_id() + ", which is not one of this installation's trusted keys");
    CHECK(check_package(unsigned_files, {other->public_key()}).problem ==
          "the package is not signed, and this installation accepts only packages signed by one of its trusted keys");

    auto tampered = signed_files;
    tampered[std::string(kManifestName)] += " ";
    CHECK(check_package(tampered, {}).problem ==
          "the package's signature does not match its manifest (it was changed after signing, or the signature is "
          "damaged)");

    std::vector<std::string> problems;
    auto keys = parse_trusted_keys("# our keys\n" + author->public_key() + "  # L&D team\n\nnot-a-key\n", problems);
    CHECK(keys == std::vector<std::string>{author->public_key()});
    CHECK(problems == std::vector<std::string>{"line 4 is not a public key"});
}

TEST_CASE("versions compare by number, part by part", "[package]") {
    CHECK(compare_versions("1.10.0", "1.9.0") == 1);
    CHECK(compare_versions("1.0", "1.0.0") == 0);
    CHECK(compare_versions("0.9", "1.0") == -1);
    CHECK(compare_versions("2.0.01", "2.0.1") == 0);
    CHECK(compare_versions("1.0-beta", "1.0-alpha") == 1);
}

}  // namespace primer
