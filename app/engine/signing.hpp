// Ed25519 signatures (libsodium) that make completion records tamper-evident: each
// completion is signed with this installation's (or the organisation's) key, so a row
// edited in the database or a line edited in an export no longer verifies.
#pragma once

#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace primer {

class SigningKey {
public:
    // Reads the secret key file, or creates it (readable by its owner only) when there is
    // none. nullptr and a sentence in `error` when the file cannot be read or written, or
    // holds something that is not a key.
    static std::unique_ptr<SigningKey> load_or_create(const std::filesystem::path& file, std::string& error);

    // A short, stable name for the public key ("ed25519:" + the first 16 hex digits of
    // its hash), written beside every signature so a verifier knows which key to use.
    const std::string& key_id() const { return m_key_id; }
    // The public key, base64url without padding: what an organisation keeps to verify.
    std::string public_key() const;

    // The detached signature over `message`, base64url without padding.
    std::string sign(std::string_view message) const;

private:
    SigningKey() = default;
    std::array<unsigned char, 32> m_public{};
    std::array<unsigned char, 64> m_secret{};
    std::string m_key_id;
};

// Where an installation keeps its key: beside the records, in the data folder.
inline std::filesystem::path signing_key_path(const std::filesystem::path& data_dir) { return data_dir / "signing.key"; }

// Whether `signature` (base64url) is `public_key`'s (base64url) signature over `message`.
bool verify_signature(std::string_view public_key, std::string_view message, std::string_view signature);

// The key id of a base64url public key, or nullopt when it is not one.
std::optional<std::string> key_id_of(std::string_view public_key);

}  // namespace primer
