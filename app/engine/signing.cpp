#include "signing.hpp"

#include <sodium.h>

#include <fstream>
#include <sstream>
#include <system_error>
#include <vector>

namespace primer {
namespace {

constexpr int kBase64 = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
constexpr std::string_view kFileHeader = "primer-ed25519-secret-key-v1\n";

bool sodium_ready() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::string to_base64(const unsigned char* bytes, std::size_t size) {
    std::string text(sodium_base64_ENCODED_LEN(size, kBase64), '\0');
    sodium_bin2base64(text.data(), text.size(), bytes, size, kBase64);
    text.resize(text.find('\0'));
    return text;
}

std::optional<std::vector<unsigned char>> from_base64(std::string_view text, std::size_t expected_size) {
    std::vector<unsigned char> bytes(expected_size);
    std::size_t size = 0;
    const char* end = nullptr;
    if (sodium_base642bin(bytes.data(), bytes.size(), text.data(), text.size(), nullptr, &size, &end, kBase64) != 0 ||
        size != expected_size || end != text.data() + text.size())
        return std::nullopt;
    return bytes;
}

std::string make_key_id(const unsigned char* public_key) {
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash, public_key, crypto_sign_PUBLICKEYBYTES, nullptr, 0);
    char hex[17];
    sodium_bin2hex(hex, sizeof hex, hash, 8);
    return std::string("ed25519:") + hex;
}

}  // namespace

std::unique_ptr<SigningKey> SigningKey::load_or_create(const std::filesystem::path& file, std::string& error) {
    if (!sodium_ready()) {
        error = "The signing library could not start, so completions cannot be signed.";
        return nullptr;
    }
    std::unique_ptr<SigningKey> key(new SigningKey());
    std::error_code exists_error;
    if (std::filesystem::exists(file, exists_error)) {
        std::ifstream in(file, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        std::string content = text.str();
        std::optional<std::vector<unsigned char>> secret;
        if (in && content.rfind(kFileHeader, 0) == 0) {
            std::string payload = content.substr(kFileHeader.size());
            while (!payload.empty() && (payload.back() == '\n' || payload.back() == '\r')) payload.pop_back();
            secret = from_base64(payload, crypto_sign_SECRETKEYBYTES);
        }
        if (!secret) {
            error = "The signing key " + file.string() +
                    " is not a Primer signing key, so it has been left as it is. Restore it from a backup, or move it "
                    "away to make a new one (completions signed with the old key then verify only with its public key).";
            return nullptr;
        }
        std::copy(secret->begin(), secret->end(), key->m_secret.begin());
        crypto_sign_ed25519_sk_to_pk(key->m_public.data(), key->m_secret.data());
    } else {
        crypto_sign_keypair(key->m_public.data(), key->m_secret.data());
        std::error_code folder_error;
        std::filesystem::create_directories(file.parent_path(), folder_error);
        const std::filesystem::path partial = file.string() + ".partial";
        {
            std::ofstream out(partial, std::ios::binary | std::ios::trunc);
            out << kFileHeader << to_base64(key->m_secret.data(), key->m_secret.size()) << "\n";
            if (!out.flush()) {
                error = "Primer could not write its signing key to " + file.string() + ".";
                return nullptr;
            }
        }
        std::error_code permission_error, rename_error;
        std::filesystem::permissions(partial, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::replace, permission_error);
        std::filesystem::rename(partial, file, rename_error);
        if (permission_error || rename_error) {
            error = "Primer could not keep its signing key at " + file.string() + ": " +
                    (rename_error ? rename_error : permission_error).message() + ".";
            return nullptr;
        }
    }
    key->m_key_id = make_key_id(key->m_public.data());
    return key;
}

std::string SigningKey::public_key() const { return to_base64(m_public.data(), m_public.size()); }

std::string SigningKey::sign(std::string_view message) const {
    std::array<unsigned char, crypto_sign_BYTES> signature{};
    crypto_sign_detached(signature.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                         message.size(), m_secret.data());
    return to_base64(signature.data(), signature.size());
}

bool verify_signature(std::string_view public_key, std::string_view message, std::string_view signature) {
    if (!sodium_ready()) return false;
    auto key = from_base64(public_key, crypto_sign_PUBLICKEYBYTES);
    auto bytes = from_base64(signature, crypto_sign_BYTES);
    if (!key || !bytes) return false;
    return crypto_sign_verify_detached(bytes->data(), reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(), key->data()) == 0;
}

std::optional<std::string> key_id_of(std::string_view public_key) {
    if (!sodium_ready()) return std::nullopt;
    auto key = from_base64(public_key, crypto_sign_PUBLICKEYBYTES);
    if (!key) return std::nullopt;
    return make_key_id(key->data());
}

}  // namespace primer
