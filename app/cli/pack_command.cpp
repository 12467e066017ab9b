// `primer pack DIR -o FILE.primer [--sign]`: a checked module folder as one package file
// for an L&D team to hand to staff machines (`primer install`).
#include "commands.hpp"

#include "args.hpp"
#include "atomic_file.hpp"
#include "data_paths.hpp"
#include "module_package.hpp"
#include "stb_image_checker.hpp"

#include <iostream>

namespace primer::cli {

namespace {

constexpr const char* kHelp = R"(Usage: primer pack DIR -o FILE.primer [--sign] [--data-dir DIR]

Checks the module folder DIR as 'primer validate' does and, if it has no errors, writes
FILE.primer: a zip of every file in the folder plus primer-package.json, a manifest with
the module's id, title and version and each file's size and SHA-256. Packing the same
folder twice gives the same bytes.

  -o, --output FILE   where to write the package
  --sign              sign the manifest with this installation's key (signing.key in the
                      data folder, made on first use) and print its public key: add that
                      line to trusted-keys.txt in the data folder of machines that should
                      accept packages from you
)";

}  // namespace

int pack_command(const Words& words) {
    Words renamed = words;
    for (std::string& word : renamed)
        if (word == "-o") word = "--output";
    auto parsed = parse_command(renamed, ArgSpec{{"--output", "--data-dir"}, {"--sign"}}, "pack", kHelp);
    if (!parsed.args) return parsed.exit_code;
    const Args& args = *parsed.args;
    if (args.positional.size() != 1 || !args.has("--output")) {
        std::cerr << "primer: name one module folder and the package to write, e.g. 'primer pack my-module -o "
                     "my-module.primer'.\n";
        return 2;
    }
    const std::string& folder = args.positional.front();
    StbImageChecker images;
    LoadResult loaded = load_module(folder, &images, Checks::All);
    for (const Diagnostic& d : loaded.diagnostics.all()) std::cerr << format_diagnostic(d) << "\n";
    if (!loaded.course) {
        std::cerr << "primer: " << folder << " has errors, so it was not packed; fix them (above) and pack again.\n";
        return 1;
    }
    std::string error;
    std::unique_ptr<SigningKey> signer;
    if (args.has("--sign")) {
        signer = SigningKey::load_or_create(signing_key_path(resolve_data_dir(args.value("--data-dir"))), error);
        if (!signer) {
            std::cerr << "primer: " << error << "\n";
            return 1;
        }
    }
    const Module& module = loaded.course->modules.front();
    const std::string bytes = pack_module(module, signer.get(), error);
    const std::string output = args.value("--output");
    auto write = [&bytes](std::ostream& out) { return static_cast<bool>(out.write(bytes.data(), bytes.size())); };
    if (bytes.empty() || !write_file_atomically(output, write, FileAccess::Usual, error)) {
        std::cerr << "primer: " << folder << " was not packed: " << error << "\n";
        return 1;
    }
    const std::string version = read_module_version(module.folder / "module.toml");
    std::cerr << "primer: packed " << module.id << (version.empty() ? "" : " " + version) << " into "
              << output << (signer ? ", signed with " + signer->key_id() : ", unsigned") << "\n";
    if (signer)
        std::cout << "To accept packages signed by this installation elsewhere, add this line to trusted-keys.txt in "
                     "that machine's data folder:\n"
                  << signer->public_key() << "\n";
    return 0;
}

}  // namespace primer::cli
