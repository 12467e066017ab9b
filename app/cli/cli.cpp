// `primer` with no subcommand plays the built-in course; the rest dispatch by name.
#include "commands.hpp"

#include <iostream>

namespace primer::cli {

namespace {

constexpr const char* kUsage = R"(Primer: an offline-first course player.

Usage:
  primer [play] [--course DIR] [--data-dir DIR] [--learner ID [--name NAME]] [--screenshot FILE]
  primer preview DIR [--data-dir DIR] [--learner ID]
  primer validate PATH...
  primer autoplay [--course DIR] [--strategy correct|wrong|random] [--seed N] [--data-dir DIR --learner ID]
  primer export --format csv [--preset NAME] [--output FILE] [filters] [--data-dir DIR]
  primer verify FILE.csv [--public-key KEY] [--data-dir DIR]
  primer report --course ID [filters] [--data-dir DIR]
  primer certificate --learner ID [--course-dir DIR] [--output FILE] [--lang TAG] [--data-dir DIR]
  primer sync [--status] [--course-dir DIR] [--data-dir DIR]
  primer manager --set-passphrase [--data-dir DIR]
  primer pack DIR -o FILE.primer [--sign] [--data-dir DIR]
  primer install FILE.primer [--data-dir DIR] [--allow-downgrade]
  primer translate export --module DIR --lang TAG -o FILE.xlf | import FILE.xlf --module DIR
  primer --version | --help

Commands:
  play       open the player (the default; the built-in course unless --course is given)
  preview    play a course or module you are writing; it reloads on every save and lists its problems
  validate   check courses or modules and print every problem as file:line:col; exit 1 on errors
  autoplay   play a course headlessly and print a summary; with a learner, record as the player would
  export     write completion records for managers and LMS imports
  verify     check a completion export's signatures and say which rows were changed
  report     summarise completion, pass rates, scores and each question's results
  certificate  write a learner's certificate of completion as a PDF
  sync       send the records to your organisation's LRS (settings in lrs.toml)
  manager    set the passphrase that opens the manager view in the player
  pack       check a module folder and write it as one package file, optionally signed
  install    check a module package and add it to the module library in the data folder
  translate  write a module's texts as XLIFF 2.0 for translators, and read their translation back

Records live in --data-dir, else $PRIMER_DATA_DIR, else your user data folder.
Run 'primer COMMAND --help' for a command's options.
)";

}  // namespace

int run(const Words& words) {
    if (words.empty()) return play_command({});
    const std::string& first = words.front();
    Words rest(words.begin() + 1, words.end());
    if (first == "--help" || first == "-h" || first == "help") {
        std::cout << kUsage;
        return 0;
    }
    if (first == "--version") {
        std::cout << "primer " << PRIMER_VERSION << "\n";
        return 0;
    }
    if (first == "play") return play_command(rest);
    if (first == "preview") return preview_command(rest);
    if (first == "validate") return validate_command(rest);
    if (first == "autoplay") return autoplay_command(rest);
    if (first == "export") return export_command(rest);
    if (first == "verify") return verify_command(rest);
    if (first == "report") return report_command(rest);
    if (first == "certificate") return certificate_command(rest);
    if (first == "sync") return sync_command(rest);
    if (first == "manager") return manager_command(rest);
    if (first == "pack") return pack_command(rest);
    if (first == "install") return install_command(rest);
    if (first == "translate") return translate_command(rest);
    if (first.rfind("--", 0) == 0) return play_command(words);  // `primer --course X` means play
    std::cerr << "primer: there is no command '" << first << "'. Run 'primer --help' to see the commands.\n";
    return 2;
}

}  // namespace primer::cli
