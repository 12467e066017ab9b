// The manifest inside a module package (`primer pack` writes it, `primer install` checks
// against it): the module's id, title and version, and every file with its size and
// SHA-256. An optional signature file beside it signs the manifest's exact bytes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace primer {

inline constexpr std::string_view kManifestName = "primer-package.json";
inline constexpr std::string_view kSignatureName = "primer-package.sig";

struct PackageFile {
    std::string path;  // relative to the module folder, '/'-separated
    std::uint64_t size = 0;
    std::string sha256;  // lower-case hex
};

struct PackageManifest {
    std::string module_id;
    std::string title;
    std::string version;
    std::vector<PackageFile> files;  // sorted by path
};

struct PackageSignature {
    std::string public_key;  // base64url, as SigningKey::public_key()
    std::string signature;   // base64url Ed25519 signature over the manifest's bytes
};

// The same manifest always gives the same bytes (keys and files in a fixed order).
std::string manifest_text(const PackageManifest& manifest);
// nullopt and a sentence in `error` when the text is not a format 1 manifest.
std::optional<PackageManifest> parse_manifest(std::string_view text, std::string& error);

std::string signature_text(const PackageSignature& signature);
std::optional<PackageSignature> parse_signature(std::string_view text, std::string& error);

// The optional `version` in a module.toml that has loaded without errors ("" when absent).
std::string read_module_version(const std::filesystem::path& module_toml);

// Lower-case hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace primer
