#include "manager_passphrase.hpp"

#include "atomic_file.hpp"

#include <fstream>
#include <system_error>

namespace primer {
namespace {

constexpr std::string_view kHeader = "primer-manager-passphrase-v1\n";
constexpr std::size_t kMostBytes = 1024;  // a hash string is under 128; anything bigger is not ours

bool save(const std::filesystem::path& file, const std::string& hash, std::string& error) {
    std::error_code ignored;
    std::filesystem::create_directories(file.parent_path(), ignored);
    return write_file_atomically(
        file, [&](std::ostream& out) { return static_cast<bool>(out << kHeader << hash << "\n"); },
        FileAccess::OwnerOnly, error);
}

}  // namespace

ManagerPassphrase::State ManagerPassphrase::state() {
    m_hash.clear();
    m_problem.clear();
    std::error_code error;
    if (!std::filesystem::exists(m_file, error) && !error) return State::NotSet;
    std::ifstream in(m_file, std::ios::binary);
    std::string content(kMostBytes + 1, '\0');
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    content.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad() || error || content.size() > kMostBytes || content.rfind(kHeader, 0) != 0) {
        m_problem = "The manager passphrase file " + m_file.string() +
                    " cannot be read, so the manager view stays closed. Set a new passphrase with"
                    " 'primer manager --set-passphrase'.";
        return State::Damaged;
    }
    m_hash = content.substr(kHeader.size());
    while (!m_hash.empty() && (m_hash.back() == '\n' || m_hash.back() == '\r')) m_hash.pop_back();
    if (!is_passphrase_hash(m_hash)) {
        m_hash.clear();
        m_problem = "The manager passphrase file " + m_file.string() +
                    " does not hold a passphrase hash, so the manager view stays closed. Set a new passphrase with"
                    " 'primer manager --set-passphrase'.";
        return State::Damaged;
    }
    return State::Set;
}

std::string ManagerPassphrase::set(std::string_view first, std::string_view second) {
    std::string problem = new_passphrase_problem(first, second);
    if (!problem.empty()) return problem;
    auto hash = hash_passphrase(first);
    if (!hash) return "Primer could not hash the passphrase; the computer may be short of memory.";
    std::string error;
    if (!save(m_file, *hash, error)) return error;
    m_hash = *hash;
    return "";
}

PassphraseCheck ManagerPassphrase::check(std::string_view typed) {
    if (state() != State::Set) return PassphraseCheck::Unreadable;
    const PassphraseCheck verdict = check_passphrase(typed, m_hash);
    if (verdict == PassphraseCheck::Right && passphrase_needs_rehash(m_hash)) {
        if (auto hash = hash_passphrase(typed)) {
            std::string ignored;
            if (save(m_file, *hash, ignored)) m_hash = *hash;
        }
    }
    return verdict;
}

}  // namespace primer
