#include "package_manifest.hpp"

#include <nlohmann/json.hpp>
#include <toml++/toml.h>
#include <sodium.h>

#include <algorithm>

namespace primer {
namespace {

using nlohmann::json;

constexpr int kFormat = 1;

// A JSON string field, or nullopt when it is missing or not a string.
std::optional<std::string> text_field(const json& object, const char* key) {
    auto found = object.find(key);
    if (found == object.end() || !found->is_string()) return std::nullopt;
    return found->get<std::string>();
}

bool is_hex_digest(const std::string& text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

std::optional<PackageFile> read_file_entry(const json& entry, std::string& error) {
    PackageFile file;
    auto path = entry.is_object() ? text_field(entry, "path") : std::nullopt;
    auto digest = entry.is_object() ? text_field(entry, "sha256") : std::nullopt;
    auto size = entry.is_object() ? entry.find("size") : entry.end();
    if (!path || !digest || size == entry.end() || !size->is_number_unsigned()) {
        error = "the package manifest lists a file without a path, size and sha256";
        return std::nullopt;
    }
    if (!is_hex_digest(*digest)) {
        error = "the package manifest's sha256 for '" + *path + "' is not 64 lower-case hex digits";
        return std::nullopt;
    }
    file.path = *path;
    file.sha256 = *digest;
    file.size = size->get<std::uint64_t>();
    return file;
}

}  // namespace

std::string manifest_text(const PackageManifest& manifest) {
    // nlohmann's json keeps object keys sorted, so the text depends only on the values.
    json files = json::array();
    for (const PackageFile& file : manifest.files)
        files.push_back({{"path", file.path}, {"size", file.size}, {"sha256", file.sha256}});
    json root = {{"format", kFormat},
                 {"module", {{"id", manifest.module_id}, {"title", manifest.title}, {"version", manifest.version}}},
                 {"files", files}};
    return root.dump(2) + "\n";
}

std::optional<PackageManifest> parse_manifest(std::string_view text, std::string& error) {
    json root = json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        error = "the package manifest is not valid JSON";
        return std::nullopt;
    }
    auto format = root.find("format");
    if (format == root.end() || !format->is_number_integer() || format->get<long long>() != kFormat) {
        error = "the package manifest is not format 1; it may need a newer Primer";
        return std::nullopt;
    }
    auto module = root.find("module");
    auto files = root.find("files");
    PackageManifest manifest;
    if (module != root.end() && module->is_object()) {
        manifest.module_id = text_field(*module, "id").value_or("");
        manifest.title = text_field(*module, "title").value_or("");
        manifest.version = text_field(*module, "version").value_or("");
    }
    if (manifest.module_id.empty() || files == root.end() || !files->is_array()) {
        error = "the package manifest has no module id or no list of files";
        return std::nullopt;
    }
    for (const json& entry : *files) {
        auto file = read_file_entry(entry, error);
        if (!file) return std::nullopt;
        manifest.files.push_back(std::move(*file));
    }
    return manifest;
}

std::string signature_text(const PackageSignature& signature) {
    json root = {{"public_key", signature.public_key}, {"signature", signature.signature}};
    return root.dump(2) + "\n";
}

std::optional<PackageSignature> parse_signature(std::string_view text, std::string& error) {
    json root = json::parse(text.begin(), text.end(), nullptr, false);
    std::optional<std::string> key, signature;
    if (!root.is_discarded() && root.is_object()) {
        key = text_field(root, "public_key");
        signature = text_field(root, "signature");
    }
    if (!key || !signature) {
        error = "the package signature file is not a public key and a signature";
        return std::nullopt;
    }
    return PackageSignature{*key, *signature};
}

std::string read_module_version(const std::filesystem::path& module_toml) {
    try {
        return toml::parse_file(module_toml.string())["version"].value_or(std::string());
    } catch (const std::exception&) {
        return "";  // the loader has reported it already
    }
}

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

}  // namespace primer
