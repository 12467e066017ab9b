// `primer pack` and `primer install` behind the command line: packing a checked module
// folder into a package, and installing a package into the data folder's module library
// only once every check has passed, in one rename.
#pragma once

#include "course_loader.hpp"
#include "package_rules.hpp"
#include "signing.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace primer {

// Where installed modules live: DATA/modules/<module id>/.
inline std::filesystem::path module_library_dir(const std::filesystem::path& data_dir) { return data_dir / "modules"; }
// The organisation's trusted public keys, one per line.
inline std::filesystem::path trusted_keys_path(const std::filesystem::path& data_dir) {
    return data_dir / "trusted-keys.txt";
}

// The package's bytes for the module folder `module` was loaded from (every plain file
// in it, with a manifest; signed when `signer` is given). Empty with `error` on failure.
std::string pack_module(const Module& module, const SigningKey* signer, std::string& error);

struct InstallOptions {
    std::filesystem::path data_dir;
    bool allow_downgrade = false;
    PackageLimits limits = {};
};

struct InstallOutcome {
    bool installed = false;
    std::string problem;                 // one sentence when it was not installed
    std::vector<Diagnostic> diagnostics;  // the module's own, when validation refused it
    std::string note;                    // about the signature
    std::string module_id;
    std::string version;
    std::string replaced_version;        // the version it replaced, if one was installed
    std::filesystem::path folder;        // where it now lives
};

// Reads, checks and validates the package at `package`; writes nothing unless all pass.
InstallOutcome install_package(const std::filesystem::path& package, const InstallOptions& options);

// The same checks from memory, without installing: what the fuzz target drives.
// Validation unpacks into a fresh folder under `scratch_dir` and removes it.
InstallOutcome check_package_bytes(const std::string& bytes, const std::string& label,
                                   const std::vector<std::string>& trusted_keys, const PackageLimits& limits,
                                   const std::filesystem::path& scratch_dir);

}  // namespace primer
