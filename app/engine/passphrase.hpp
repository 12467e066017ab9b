// The manager passphrase: an Argon2id hash (libsodium crypto_pwhash_str) that gates the
// manager view, the rules a new passphrase must meet, and the pause after repeated wrong
// guesses. Pure functions: where the hash is kept is the platform's business.
#pragma once

#include "progress.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace primer {

// What Argon2id spends on each hash. The default is libsodium's INTERACTIVE level (64 MiB,
// 2 passes; ~0.1 s here): the check runs on the player's UI thread on shared machines, where
// MODERATE (256 MiB, ~1.8 s on this 2-core machine) would freeze the window and quadruple
// its peak memory. The hash guards the view, not the records beside it.
struct PassphraseCost {
    unsigned long long operations;
    std::size_t memory_bytes;
};
PassphraseCost default_passphrase_cost();

constexpr std::size_t kMinPassphraseLength = 10;  // characters (UTF-8 code points)

// Why a new passphrase typed twice cannot be used, as a sentence; empty when it can.
std::string new_passphrase_problem(std::string_view first, std::string_view second);

// The "$argon2id$..." string to keep, or nullopt when libsodium could not start or the
// memory could not be had.
std::optional<std::string> hash_passphrase(std::string_view passphrase,
                                           const PassphraseCost& cost = default_passphrase_cost());

// Whether `stored` is an Argon2id hash string (its parameters parse), without the cost of
// checking a passphrase against it.
bool is_passphrase_hash(std::string_view stored);

enum class PassphraseCheck {
    Right,
    Wrong,
    Unreadable,  // the stored hash is not an Argon2id hash string: the file is damaged
};
PassphraseCheck check_passphrase(std::string_view typed, std::string_view stored);

// Whether a stored hash was made with a cost other than `cost`, so it should be made again
// (after a right check, while the passphrase is at hand). False for an unreadable hash.
bool passphrase_needs_rehash(std::string_view stored, const PassphraseCost& cost = default_passphrase_cost());

// Wrong guesses in a row and the pause they earn: none for the first three (typos), then
// 2, 4, 8 ... seconds, never more than 60. A right guess starts the count again.
class PassphraseAttempts {
public:
    static constexpr int kFreeFailures = 3;
    void failed(Millis now);
    void succeeded() { m_failures = 0; }
    Millis wait_left(Millis now) const;  // 0: a guess may be checked now
    int failures() const { return m_failures; }

private:
    int m_failures = 0;
    Millis m_last_failure = 0;
};

}  // namespace primer
