// The manager passphrase as kept in the data folder: `manager.passphrase`, one Argon2id
// hash string, readable by its owner only and replaced atomically. The passphrase itself
// is never stored, printed or logged.
#pragma once

#include "passphrase.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace primer {

inline std::filesystem::path manager_passphrase_path(const std::filesystem::path& data_dir) {
    return data_dir / "manager.passphrase";
}

class ManagerPassphrase {
public:
    enum class State { NotSet, Set, Damaged };

    explicit ManagerPassphrase(std::filesystem::path file) : m_file(std::move(file)) {}

    // Reads the file again: NotSet when there is none; Damaged, with problem(), when it
    // cannot be read or holds no hash.
    State state();
    const std::string& problem() const { return m_problem; }

    // Keeps a new passphrase typed twice (new_passphrase_problem's rules). Empty when kept;
    // otherwise the sentence saying why not; the old passphrase, if any, stays.
    std::string set(std::string_view first, std::string_view second);

    // Checks a guess against the file; a right guess made with an older cost is hashed
    // again at today's (a failure to rewrite leaves the old hash, which still works).
    PassphraseCheck check(std::string_view typed);

    const std::filesystem::path& file() const { return m_file; }

private:
    std::filesystem::path m_file;
    std::string m_hash;
    std::string m_problem;
};

}  // namespace primer
