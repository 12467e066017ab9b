// The rules a module package must follow before anything is written: safe entry names,
// size limits counted on the bytes actually read (never on what headers claim), and a
// manifest that matches the files exactly and, where the organisation trusts keys, is
// signed by one of them. Pure: the platform layer reads the archive and feeds these.
#pragma once

#include "package_manifest.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace primer {

struct PackageLimits {
    std::uint64_t max_files = 500;
    std::uint64_t max_file_bytes = 16ull << 20;
    std::uint64_t max_total_bytes = 128ull << 20;
    // A zip bomb: more than this many bytes out per byte of package, once past the floor
    // (small packages of text compress well and are no threat).
    std::uint64_t max_ratio = 100;
    std::uint64_t ratio_floor_bytes = 20ull << 20;
};

// Why an entry's name is unsafe to extract (absolute, `..`, a backslash or drive letter,
// an empty or `.` component, a control character), or an empty string when it is safe.
std::string entry_name_problem(std::string_view name);

// The name two entries clash on when a case-insensitive file system stores them.
std::string folded_name(std::string_view name);

// Counts entries and bytes as they are read and says, as a sentence naming the entry,
// when a limit is passed; the reader stops there.
class PackageBudget {
public:
    PackageBudget(PackageLimits limits, std::uint64_t package_bytes) : m_limits(limits), m_package_bytes(package_bytes) {}
    std::string start_entry(const std::string& name);
    std::string add_bytes(const std::string& name, std::uint64_t bytes);

private:
    PackageLimits m_limits;
    std::uint64_t m_package_bytes;
    std::uint64_t m_files = 0;
    std::uint64_t m_entry_bytes = 0;
    std::uint64_t m_total_bytes = 0;
};

// The trusted public keys listed in a trusted-keys file: one base64url key per line,
// '#' starts a comment. Lines that are not keys are named in `problems`.
std::vector<std::string> parse_trusted_keys(std::string_view text, std::vector<std::string>& problems);

struct PackageCheck {
    std::optional<PackageManifest> manifest;  // present when the package may be installed
    std::string problem;                      // otherwise: one sentence naming what is wrong
    std::string note;                         // about its signature, for the installer to show
};

// Checks the files read from a package (name -> bytes, manifest and signature included)
// against its manifest, and its signature against the trusted keys: unsigned packages are
// refused once any key is trusted, and a signature must always be valid.
PackageCheck check_package(const std::map<std::string, std::string>& entries,
                           const std::vector<std::string>& trusted_keys);

// Compares dotted version numbers ("1.10.0" > "1.9"); non-numeric parts compare as text.
int compare_versions(std::string_view a, std::string_view b);

}  // namespace primer
