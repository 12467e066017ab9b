// `primer manager --set-passphrase`: sets the passphrase that opens the manager view, for
// kiosks set up by script and for tests. The passphrase is read from standard input and
// kept only as a hash; it is never echoed, printed or logged.
#include "commands.hpp"

#include "args.hpp"
#include "data_paths.hpp"
#include "manager_passphrase.hpp"
#include "terminal_input.hpp"

#include <algorithm>
#include <iostream>

namespace primer::cli {

namespace {

constexpr const char* kHelp = R"(Usage: primer manager --set-passphrase [--data-dir DIR]

Sets the passphrase that opens the manager view in the player ("Manager view" on the
sign-in card). Type it twice: at least 10 characters; a few ordinary words together are
easy to remember and hard to guess. At a terminal nothing is shown as you type; from a
pipe, give the passphrase on two lines (kiosk set-up scripts, tests).

It is kept only as an Argon2id hash in DIR/manager.passphrase, readable by its owner
alone. Setting it again replaces the old one. Without a passphrase file, the first person
to open the manager view in the player is asked to choose one.
)";

}  // namespace

int manager_command(const Words& words) {
    auto parsed = parse_command(words, ArgSpec{{"--data-dir"}, {"--set-passphrase"}}, "manager", kHelp);
    if (!parsed.args) return parsed.exit_code;
    const Args& args = *parsed.args;
    if (!args.has("--set-passphrase") || !args.positional.empty()) {
        std::cerr << "primer: say what to do, e.g. 'primer manager --set-passphrase'. See 'primer manager --help'.\n";
        return 2;
    }
    auto first = read_secret_line("New manager passphrase: ");
    auto second = first ? read_secret_line("The same passphrase again: ") : std::nullopt;
    if (!second) {
        std::cerr << "primer: the passphrase needs to be given twice, on two lines. The passphrase was not changed.\n";
        return 1;
    }
    ManagerPassphrase passphrase(manager_passphrase_path(resolve_data_dir(args.value("--data-dir"))));
    std::string problem = passphrase.set(*first, *second);
    // The typed text is not needed again; leave as little of it in memory as we can.
    std::fill(first->begin(), first->end(), '\0');
    std::fill(second->begin(), second->end(), '\0');
    if (!problem.empty()) {
        std::cerr << "primer: " << problem << " The passphrase was not changed.\n";
        return 1;
    }
    std::cerr << "primer: the manager passphrase is set (" << passphrase.file().string() << ").\n";
    return 0;
}

}  // namespace primer::cli
