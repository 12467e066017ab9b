// `primer preview DIR`: the player for an author at work. It reloads the course or module
// on every save, stays on the same screen, and lists the diagnostics beside it. Its records
// go to a scratch folder unless --data-dir says otherwise, so trying things out never
// touches a learner's records.
#include "commands.hpp"

#include "args.hpp"
#include "player_launch.hpp"

#include <functional>
#include <iostream>

namespace primer::cli {

namespace {

constexpr const char* kHelp = R"(Usage: primer preview DIR [--data-dir DIR] [--learner ID] [--screenshot FILE]

Plays the course or module in DIR and reloads it each time a file in DIR is saved,
on the same screen, with your answers kept. A save with errors keeps the last version
that loaded on show; the panel on the right lists every error and warning, as
`primer validate` does, with a button to go to the screen each one is on, even past
questions not yet answered.
  --data-dir DIR    keep the preview's records here (default: a folder in the system's temp folder,
                    one per previewed folder)
  --learner ID      sign in as this id (default: preview)
  --screenshot FILE draw the first screen, save it as a PNG and exit
)";

// One scratch folder per previewed folder, so two previews do not share a record.
std::filesystem::path scratch_data_dir(const std::filesystem::path& course) {
    std::error_code ignored;
    const std::string key = std::filesystem::weakly_canonical(course, ignored).string();
    return std::filesystem::temp_directory_path() / ("primer-preview-" + std::to_string(std::hash<std::string>{}(key)));
}

}  // namespace

int preview_command(const Words& words) {
    ArgSpec spec{{"--data-dir", "--learner", "--screenshot"}};
    auto parsed = parse_command(words, spec, "preview", kHelp);
    if (!parsed.args) return parsed.exit_code;
    const auto& args = parsed.args;
    if (args->positional.size() != 1) {
        std::cerr << "primer: preview needs one course or module folder, e.g. primer preview modules/01-intro\n";
        return 2;
    }
    PlayerLaunch launch;
    launch.course_path = args->positional.front();
    launch.data_dir = args->has("--data-dir") ? std::filesystem::path(args->value("--data-dir"))
                                              : scratch_data_dir(launch.course_path);
    launch.learner = Learner{args->value("--learner", "preview"), "Preview", "", 0};
    launch.screenshot = args->value("--screenshot");
    launch.preview = true;
    return run_player(launch);
}

}  // namespace primer::cli
