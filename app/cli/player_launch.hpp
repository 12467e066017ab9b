// What `primer play` and `primer preview` open the player window with: the two commands
// differ only in their defaults and in the preview's reloads and side panel.
#pragma once

#include "learner.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace primer::cli {

struct PlayerLaunch {
    std::string course_path;             // a course folder (a module folder too, in a preview)
    std::string brand;                   // a brand folder; none: the course's brand, else the default
    std::filesystem::path data_dir;      // where the records live
    std::optional<Learner> learner;      // signs in without the dialog
    std::string screenshot;              // draw the first screen into this PNG and exit
    std::string frame_times;             // log each frame's CPU time here (benchmarks)
    std::optional<std::uint64_t> seed;   // a fresh start's shuffles and draws (tests); random without
    bool preview = false;                // reload on save, with the authoring panel
    std::string language = "en";         // the player's words until a learner has chosen (--lang)
};

// Opens the window and runs the player until it is closed; returns the exit code.
int run_player(const PlayerLaunch& launch);

}  // namespace primer::cli
