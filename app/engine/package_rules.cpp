#include "package_rules.hpp"

#include "signing.hpp"

#include <algorithm>
#include <cctype>

namespace primer {
namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

std::string megabytes(std::uint64_t bytes) {
    return bytes % (1u << 20) == 0 ? std::to_string(bytes >> 20) + " MiB" : std::to_string(bytes) + " bytes";
}

std::string check_files(const std::map<std::string, std::string>& entries, const PackageManifest& manifest) {
    std::map<std::string, const PackageFile*> listed;
    for (const PackageFile& file : manifest.files) {
        if (std::string problem = entry_name_problem(file.path); !problem.empty())
            return "the manifest lists '" + file.path + "', whose name " + problem;
        if (!listed.emplace(file.path, &file).second) return "the manifest lists '" + file.path + "' twice";
    }
    for (const auto& [name, bytes] : entries) {
        if (name == kManifestName || name == kSignatureName) continue;
        if (!listed.count(name)) return "'" + name + "' is in the package but not in its manifest";
    }
    for (const PackageFile& file : manifest.files) {
        auto found = entries.find(file.path);
        if (found == entries.end()) return "'" + file.path + "' is in the manifest but missing from the package";
        if (found->second.size() != file.size)
            return "'" + file.path + "' has " + std::to_string(found->second.size()) + " bytes, but the manifest says " +
                   std::to_string(file.size);
        if (sha256_hex(found->second) != file.sha256)
            return "'" + file.path + "' does not match its SHA-256 in the manifest (it was changed after packing)";
    }
    return "";
}

// Sets the check's problem or note from the signature and the trusted keys.
void check_signature(const std::map<std::string, std::string>& entries, const std::string& manifest_bytes,
                     const std::vector<std::string>& trusted_keys, PackageCheck& check) {
    auto signature_entry = entries.find(std::string(kSignatureName));
    if (signature_entry == entries.end()) {
        if (!trusted_keys.empty())
            check.problem = "the package is not signed, and this installation accepts only packages signed by one of "
                            "its trusted keys";
        else
            check.note = "the package is not signed (no trusted keys are set up, so unsigned packages are accepted)";
        return;
    }
    std::string error;
    auto signature = parse_signature(signature_entry->second, error);
    if (!signature) {
        check.problem = error;
        return;
    }
    if (!verify_signature(signature->public_key, manifest_bytes, signature->signature)) {
        check.problem = "the package's signature does not match its manifest (it was changed after signing, or the "
                        "signature is damaged)";
        return;
    }
    const std::string key_id = key_id_of(signature->public_key).value_or(signature->public_key);
    if (trusted_keys.empty()) {
        check.note = "signed by " + key_id + " (no trusted keys are set up, so any valid signature is accepted)";
    } else if (std::find(trusted_keys.begin(), trusted_keys.end(), signature->public_key) == trusted_keys.end()) {
        check.problem = "the package is signed by " + key_id + ", which is not one of this installation's trusted keys";
    } else {
        check.note = "signed by trusted key " + key_id;
    }
}

}  // namespace

std::string entry_name_problem(std::string_view name) {
    if (name.empty()) return "is empty";
    if (name.front() == '/') return "is an absolute path";
    if (name.find('\\') != std::string_view::npos) return "has a backslash";
    if (name.size() >= 2 && name[1] == ':' && std::isalpha(static_cast<unsigned char>(name[0])))
        return "starts with a drive letter";
    for (char c : name)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return "has a control character";
    for (std::string_view part : split(name, '/')) {
        if (part == "..") return "has a '..' component";
        if (part.empty() || part == ".") return "has an empty or '.' component";
    }
    return "";
}

std::string folded_name(std::string_view name) {
    std::string folded(name);
    std::transform(folded.begin(), folded.end(), folded.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return folded;
}

std::string PackageBudget::start_entry(const std::string& name) {
    m_entry_bytes = 0;
    if (++m_files > m_limits.max_files)
        return "the package has more than " + std::to_string(m_limits.max_files) + " files (stopped at '" + name + "')";
    return "";
}

std::string PackageBudget::add_bytes(const std::string& name, std::uint64_t bytes) {
    m_entry_bytes += bytes;
    m_total_bytes += bytes;
    if (m_entry_bytes > m_limits.max_file_bytes)
        return "'" + name + "' is larger than " + megabytes(m_limits.max_file_bytes) + ", the most a file may hold";
    if (m_total_bytes > m_limits.max_total_bytes)
        return "the package unpacks to more than " + megabytes(m_limits.max_total_bytes) + " (stopped at '" + name +
               "')";
    if (m_total_bytes > m_limits.ratio_floor_bytes && m_total_bytes / m_limits.max_ratio > m_package_bytes)
        return "the package unpacks to more than " + std::to_string(m_limits.max_ratio) +
               " times its own size, as a zip bomb does (stopped at '" + name + "')";
    return "";
}

std::vector<std::string> parse_trusted_keys(std::string_view text, std::vector<std::string>& problems) {
    std::vector<std::string> keys;
    int line_number = 0;
    for (std::string_view line : split(text, '\n')) {
        ++line_number;
        line = line.substr(0, line.find('#'));
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front()))) line.remove_prefix(1);
        if (line.empty()) continue;
        if (key_id_of(line))
            keys.emplace_back(line);
        else
            problems.push_back("line " + std::to_string(line_number) + " is not a public key");
    }
    return keys;
}

PackageCheck check_package(const std::map<std::string, std::string>& entries,
                           const std::vector<std::string>& trusted_keys) {
    PackageCheck check;
    auto manifest_entry = entries.find(std::string(kManifestName));
    if (manifest_entry == entries.end()) {
        check.problem = "the package has no " + std::string(kManifestName) + "; make it with 'primer pack'";
        return check;
    }
    std::string error;
    auto manifest = parse_manifest(manifest_entry->second, error);
    if (!manifest) {
        check.problem = error;
        return check;
    }
    check.problem = check_files(entries, *manifest);
    if (!check.problem.empty()) return check;
    check_signature(entries, manifest_entry->second, trusted_keys, check);
    if (check.problem.empty()) check.manifest = std::move(manifest);
    return check;
}

int compare_versions(std::string_view a, std::string_view b) {
    auto left = split(a, '.'), right = split(b, '.');
    for (std::size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
        std::string_view x = i < left.size() ? left[i] : "0", y = i < right.size() ? right[i] : "0";
        bool numbers = !x.empty() && !y.empty() && std::all_of(x.begin(), x.end(), ::isdigit) &&
                       std::all_of(y.begin(), y.end(), ::isdigit);
        if (numbers) {
            while (x.size() > 1 && x.front() == '0') x.remove_prefix(1);
            while (y.size() > 1 && y.front() == '0') y.remove_prefix(1);
            if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
        }
        if (int order = x.compare(y); order != 0) return order < 0 ? -1 : 1;
    }
    return 0;
}

}  // namespace primer
