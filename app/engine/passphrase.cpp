#include "passphrase.hpp"

#include <sodium.h>

#include <algorithm>

namespace primer {
namespace {

bool sodium_ready() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::size_t code_points(std::string_view text) {
    // Every byte that does not continue a UTF-8 sequence starts a character.
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

PassphraseCost default_passphrase_cost() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

std::string new_passphrase_problem(std::string_view first, std::string_view second) {
    if (first.empty()) return "Please type a passphrase.";
    if (code_points(first) < kMinPassphraseLength)
        return "The passphrase needs at least " + std::to_string(kMinPassphraseLength) +
               " characters; a few ordinary words together are easy to remember and hard to guess.";
    if (first != second) return "The two passphrases are not the same; please type them again.";
    return "";
}

std::optional<std::string> hash_passphrase(std::string_view passphrase, const PassphraseCost& cost) {
    if (!sodium_ready()) return std::nullopt;
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, passphrase.data(), passphrase.size(), cost.operations, cost.memory_bytes) != 0)
        return std::nullopt;
    return std::string(hash);
}

bool is_passphrase_hash(std::string_view stored) {
    // needs_rehash parses the string's parameters: -1 means it is no hash at all, which
    // verify would only report as a wrong passphrase.
    const std::string hash(stored);
    return sodium_ready() && stored.size() < crypto_pwhash_STRBYTES &&
           hash.rfind(crypto_pwhash_argon2id_STRPREFIX, 0) == 0 &&
           crypto_pwhash_str_needs_rehash(hash.c_str(), crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN) >= 0;
}

PassphraseCheck check_passphrase(std::string_view typed, std::string_view stored) {
    if (!is_passphrase_hash(stored)) return PassphraseCheck::Unreadable;
    const std::string hash(stored);
    return crypto_pwhash_str_verify(hash.c_str(), typed.data(), typed.size()) == 0 ? PassphraseCheck::Right
                                                                                    : PassphraseCheck::Wrong;
}

bool passphrase_needs_rehash(std::string_view stored, const PassphraseCost& cost) {
    const std::string hash(stored);
    return sodium_ready() && crypto_pwhash_str_needs_rehash(hash.c_str(), cost.operations, cost.memory_bytes) == 1;
}

void PassphraseAttempts::failed(Millis now) {
    ++m_failures;
    m_last_failure = now;
}

Millis PassphraseAttempts::wait_left(Millis now) const {
    if (m_failures < kFreeFailures) return 0;
    const int doublings = std::min(m_failures - kFreeFailures, 5);
    const Millis pause = std::min<Millis>(Millis{2000} << doublings, 60000);
    return std::max<Millis>(0, m_last_failure + pause - now);
}

}  // namespace primer
