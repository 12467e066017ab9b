// libFuzzer target: a module package (a .primer file from anyone) through the same
// reader and checks `primer install` runs, from memory. Beyond not crashing or hanging,
// it checks that a package is accepted only with a module id, and that the scratch folder
// validation unpacks into is left empty: nothing is ever written anywhere else.
#include "module_package.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

namespace {

// This process's own scratch folder, removed (empty, as every input leaves it) at exit.
struct Scratch {
    std::filesystem::path folder =
        std::filesystem::temp_directory_path() / ("primer-fuzz-package-" + std::to_string(::getpid()));
    Scratch() { std::filesystem::create_directories(folder); }
    ~Scratch() {
        std::error_code ignored;
        std::filesystem::remove_all(folder, ignored);
    }
};

const std::filesystem::path& scratch() {
    static const Scratch instance;
    return instance.folder;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Smaller limits than install's, so a run spends its time on structure, not on zeros.
    primer::PackageLimits limits{64, 1 << 20, 4 << 20, 100, 2 << 20};
    primer::InstallOutcome outcome = primer::check_package_bytes(std::string(reinterpret_cast<const char*>(data), size),
                                                                 "fuzz.primer", {}, limits, scratch());
    if (outcome.problem.empty() && outcome.module_id.empty()) std::abort();
    if (!std::filesystem::is_empty(scratch())) std::abort();
    return 0;
}
