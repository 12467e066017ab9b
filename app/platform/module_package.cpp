#include "module_package.hpp"

#include "atomic_file.hpp"
#include "package_archive.hpp"
#include "stb_image_checker.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <system_error>

#if defined(__linux__)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace primer {
namespace {

namespace fs = std::filesystem;

// The whole file, refusing one larger than `max_bytes` before reading it.
bool read_bytes(const fs::path& file, std::uint64_t max_bytes, std::string& bytes, std::string& error) {
    std::error_code size_error;
    const auto size = fs::file_size(file, size_error);
    if (size_error) {
        error = "it cannot be read (" + size_error.message() + ")";
        return false;
    }
    if (size > max_bytes) {
        error = "it is larger than " + std::to_string(max_bytes >> 20) + " MiB";
        return false;
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    bytes = text.str();
    if (!in && !(in.eof() && bytes.empty())) {
        error = "it cannot be read";
        return false;
    }
    return true;
}

// Writes `entries` under `folder`, each file flushed to the disk.
bool write_entries(const fs::path& folder, const std::map<std::string, std::string>& entries, std::string& error) {
    for (const auto& [name, bytes] : entries) {
        const fs::path file = folder / fs::path(name);
        std::error_code folder_error;
        fs::create_directories(file.parent_path(), folder_error);
        const std::string& content = bytes;
        auto write = [&content](std::ostream& out) { return static_cast<bool>(out.write(content.data(), content.size())); };
        if (folder_error || !write_file_atomically(file, write, FileAccess::Usual, error)) {
            if (folder_error) error = "Primer could not create " + file.parent_path().string() + ".";
            return false;
        }
    }
    return true;
}

fs::path make_scratch_folder(const fs::path& parent) {
    std::string pattern = (parent / "primer-package-XXXXXX").string();
#if defined(__linux__) || defined(__APPLE__)
    if (::mkdtemp(pattern.data())) return pattern;
    return {};
#else
    fs::path folder = parent / ("primer-package-" + std::to_string(std::rand()));
    std::error_code error;
    return fs::create_directory(folder, error) ? folder : fs::path();
#endif
}

// The module's own diagnostics name files relative to the package, not the scratch folder.
std::vector<Diagnostic> relabelled(const Diagnostics& diagnostics, const fs::path& scratch, const std::string& label) {
    std::vector<Diagnostic> result;
    for (Diagnostic d : diagnostics.all()) {
        std::error_code error;
        fs::path relative = fs::relative(d.where.file, scratch, error);
        if (!error && !relative.empty()) d.where.file = label + ":" + relative.generic_string();
        result.push_back(std::move(d));
    }
    return result;
}

// Unpacks into a scratch folder and runs `primer validate`'s checks on the module there.
void validate_module(const std::map<std::string, std::string>& entries, const PackageManifest& manifest,
                     const std::string& label, const fs::path& scratch_dir, InstallOutcome& outcome) {
    const fs::path scratch = make_scratch_folder(scratch_dir);
    std::string error;
    if (scratch.empty() || !write_entries(scratch, entries, error)) {
        // A file and a folder of the same name also end here: the file system refuses them.
        if (scratch.empty()) error = "Primer could not make a folder in " + scratch_dir.string() + " to check it in";
        if (!error.empty() && error.back() == '.') error.pop_back();
        outcome.problem = error;
    } else {
        StbImageChecker images;
        LoadResult loaded = load_module(scratch, &images, Checks::All);
        outcome.diagnostics = relabelled(loaded.diagnostics, scratch, label);
        if (!loaded.course) {
            for (const Diagnostic& d : outcome.diagnostics)
                if (d.severity == Severity::Error) {
                    outcome.problem = "the module has errors, the first at " + d.where.file + ":" +
                                      std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " +
                                      d.message;
                    break;
                }
        } else if (loaded.course->modules.front().id != manifest.module_id) {
            outcome.problem = "the manifest names module '" + manifest.module_id + "' but module.toml is '" +
                              loaded.course->modules.front().id + "'";
        }
    }
    std::error_code ignored;
    if (!scratch.empty()) fs::remove_all(scratch, ignored);
}

// Puts `staging` where `target` is, in one step: swapped with the old version on Linux.
bool move_into_place(const fs::path& staging, const fs::path& target, std::string& error) {
    std::error_code exists_error;
    const bool replacing = fs::exists(target, exists_error);
#if defined(__linux__)
    if (replacing) {
        if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0) {
            error = "Primer could not replace " + target.string() + ".";
            return false;
        }
        std::error_code ignored;
        fs::remove_all(staging, ignored);  // now the old version
        return true;
    }
#else
    if (replacing) fs::remove_all(target, exists_error);
#endif
    std::error_code rename_error;
    fs::rename(staging, target, rename_error);
    if (rename_error) error = "Primer could not move the module to " + target.string() + ": " + rename_error.message();
    return !rename_error;
}

std::string installed_version(const fs::path& folder) {
    std::string bytes, error;
    if (!read_bytes(folder / std::string(kManifestName), 1 << 20, bytes, error)) return "";
    auto manifest = parse_manifest(bytes, error);
    return manifest ? manifest->version : "";
}

// The package's files once every check but the installed version's has passed; on a
// problem, none, with the problem in `outcome`.
std::map<std::string, std::string> checked_entries(const std::string& bytes, const std::string& label,
                                                   const std::vector<std::string>& trusted_keys,
                                                   const PackageLimits& limits, const fs::path& scratch_dir,
                                                   InstallOutcome& outcome) {
    PackageEntries read = read_package_entries(bytes.data(), bytes.size(), limits);
    if (!read.problem.empty()) {
        outcome.problem = read.problem;
        return {};
    }
    PackageCheck check = check_package(read.files, trusted_keys);
    outcome.note = check.note;
    if (!check.manifest) {
        outcome.problem = check.problem;
        return {};
    }
    outcome.module_id = check.manifest->module_id;
    outcome.version = check.manifest->version;
    validate_module(read.files, *check.manifest, label, scratch_dir, outcome);
    if (!outcome.problem.empty()) return {};
    return std::move(read.files);
}

}  // namespace

std::string pack_module(const Module& module, const SigningKey* signer, std::string& error) {
    std::map<std::string, std::string> entries;
    PackageManifest manifest{module.id, module.title, read_module_version(module.folder / "module.toml"), {}};
    std::error_code walk_error;
    for (auto it = fs::recursive_directory_iterator(module.folder, walk_error); !walk_error && it != fs::end(it);
         it.increment(walk_error)) {
        const std::string name = fs::relative(it->path(), module.folder).generic_string();
        if (it->is_symlink()) {
            error = "'" + name + "' is a symbolic link; a package holds only plain files, so copy the file in instead";
            return "";
        }
        if (it->is_directory()) continue;
        std::string bytes, why;
        if (!it->is_regular_file() || !read_bytes(it->path(), PackageLimits{}.max_file_bytes, bytes, why)) {
            error = "'" + name + "' cannot be packed: " + (why.empty() ? "it is not a plain file" : why);
            return "";
        }
        if (name == kManifestName || name == kSignatureName) continue;  // from an earlier install
        manifest.files.push_back({name, bytes.size(), sha256_hex(bytes)});
        entries.emplace(name, std::move(bytes));
    }
    if (walk_error) {
        error = "cannot read " + module.folder.string() + " (" + walk_error.message() + ")";
        return "";
    }
    std::sort(manifest.files.begin(), manifest.files.end(),
              [](const PackageFile& a, const PackageFile& b) { return a.path < b.path; });
    const std::string manifest_bytes = manifest_text(manifest);
    entries.emplace(std::string(kManifestName), manifest_bytes);
    if (signer)
        entries.emplace(std::string(kSignatureName),
                        signature_text({signer->public_key(), signer->sign(manifest_bytes)}));
    return write_package_zip(entries, error);
}

InstallOutcome check_package_bytes(const std::string& bytes, const std::string& label,
                                   const std::vector<std::string>& trusted_keys, const PackageLimits& limits,
                                   const fs::path& scratch_dir) {
    InstallOutcome outcome;
    checked_entries(bytes, label, trusted_keys, limits, scratch_dir, outcome);
    return outcome;
}

InstallOutcome install_package(const fs::path& package, const InstallOptions& options) {
    InstallOutcome outcome;
    std::string bytes, error;
    if (!read_bytes(package, options.limits.max_total_bytes, bytes, error)) {
        outcome.problem = error;
        return outcome;
    }
    std::vector<std::string> trusted, key_problems;
    std::string keys_text;
    if (fs::exists(trusted_keys_path(options.data_dir))) {
        if (!read_bytes(trusted_keys_path(options.data_dir), 1 << 20, keys_text, error)) {
            outcome.problem = trusted_keys_path(options.data_dir).string() + ": " + error;
            return outcome;
        }
        trusted = parse_trusted_keys(keys_text, key_problems);
        if (!key_problems.empty()) {
            outcome.problem = trusted_keys_path(options.data_dir).string() + ": " + key_problems.front() +
                              "; fix the file so the trusted keys are known";
            return outcome;
        }
    }
    std::error_code temp_error;
    const fs::path scratch_dir = fs::temp_directory_path(temp_error);
    const std::map<std::string, std::string> files =
        checked_entries(bytes, package.filename().string(), trusted, options.limits, scratch_dir, outcome);
    if (!outcome.problem.empty()) return outcome;

    const fs::path library = module_library_dir(options.data_dir);
    outcome.folder = library / outcome.module_id;
    outcome.replaced_version = installed_version(outcome.folder);
    if (!outcome.replaced_version.empty() && !outcome.version.empty() && !options.allow_downgrade &&
        compare_versions(outcome.version, outcome.replaced_version) < 0) {
        outcome.problem = "it holds version " + outcome.version + " of '" + outcome.module_id +
                          "', older than the installed " + outcome.replaced_version +
                          "; add --allow-downgrade to install it anyway";
        return outcome;
    }
    const fs::path staging = library / (".installing-" + outcome.module_id);
    std::error_code folder_error;
    fs::remove_all(staging, folder_error);
    fs::create_directories(staging, folder_error);
    const bool written = !folder_error && write_entries(staging, files, error);
    if (written) sync_folder(staging);
    if (!written || !move_into_place(staging, outcome.folder, error)) {
        std::error_code ignored;
        fs::remove_all(staging, ignored);
        outcome.problem = folder_error ? "Primer could not create " + staging.string() + "." : error;
        return outcome;
    }
    sync_folder(library);
    outcome.installed = true;
    return outcome;
}

}  // namespace primer
