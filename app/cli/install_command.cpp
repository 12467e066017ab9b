// `primer install FILE.primer`: a module package into the data folder's module library,
// after every check passes; a refused package leaves the data folder exactly as it was.
#include "commands.hpp"

#include "args.hpp"
#include "data_paths.hpp"
#include "module_package.hpp"

#include <iostream>

namespace primer::cli {

namespace {

constexpr const char* kHelp = R"(Usage: primer install FILE.primer [--data-dir DIR] [--allow-downgrade]

Installs a module package made by 'primer pack' into the module library in the data
folder (DATA/modules/MODULE-ID/), where a course.toml's [[library]] blocks find it.
Before writing anything it refuses a package with unsafe names (absolute paths, '..',
backslashes, links, devices, names that clash), too many or too large files, a zip bomb,
files that do not match the manifest's sizes and SHA-256, a bad signature, or a module
with errors. If DATA/trusted-keys.txt lists public keys (one per line, as 'primer pack
--sign' prints them), only packages signed by one of them are accepted; without it,
unsigned packages are installed with a note. A newer version replaces the installed one
in one step; an older one is refused unless --allow-downgrade is given.
)";

}  // namespace

int install_command(const Words& words) {
    auto parsed = parse_command(words, ArgSpec{{"--data-dir"}, {"--allow-downgrade"}}, "install", kHelp);
    if (!parsed.args) return parsed.exit_code;
    const Args& args = *parsed.args;
    if (args.positional.size() != 1) {
        std::cerr << "primer: name one package to install, e.g. 'primer install my-module.primer'.\n";
        return 2;
    }
    const std::string& package = args.positional.front();
    InstallOptions options{resolve_data_dir(args.value("--data-dir")), args.has("--allow-downgrade")};
    InstallOutcome outcome = install_package(package, options);
    for (const Diagnostic& d : outcome.diagnostics) std::cerr << format_diagnostic(d) << "\n";
    if (!outcome.installed) {
        std::cerr << "primer: " << package << " was not installed: " << outcome.problem << ".\n";
        return 1;
    }
    std::cout << "primer: installed " << outcome.module_id << (outcome.version.empty() ? "" : " " + outcome.version)
              << " into " << outcome.folder.string()
              << (outcome.replaced_version.empty() ? "" : " (replacing " + outcome.replaced_version + ")") << "; "
              << outcome.note << ".\n";
    return 0;
}

}  // namespace primer::cli
