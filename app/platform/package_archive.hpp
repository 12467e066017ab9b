// Module packages as zip files (libarchive): reading one from memory with every entry
// checked as it streams in, and writing one deterministically.
#pragma once

#include "package_rules.hpp"

#include <map>
#include <string>

namespace primer {

struct PackageEntries {
    std::map<std::string, std::string> files;  // entry name -> bytes (manifest and signature included)
    std::string problem;                       // one sentence when the package was refused while reading
};

// Reads every entry of the zip in `data`, refusing (and stopping) at the first unsafe
// name, link, device, duplicate (also by case), or passed limit. Nothing touches the disk.
PackageEntries read_package_entries(const void* data, std::size_t size, const PackageLimits& limits);

// A zip of `files` (name -> bytes) in name order, every entry with the same time and
// owner, so the same files always give the same bytes. Empty with `error` set on failure.
std::string write_package_zip(const std::map<std::string, std::string>& files, std::string& error);

}  // namespace primer
