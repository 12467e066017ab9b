// What the manager view needs from outside the UI, handed in by the composition root
// (play_command.cpp) and backed by the platform: the passphrase file and the export
// worker. Left empty, the view says it is not available here.
#pragma once

#include "csv_export.hpp"
#include "passphrase.hpp"
#include "worker_progress.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace primer::ui {

enum class PassphraseState { NotSet, Set, Damaged };

struct ExportChoice {
    std::string preset;            // a CSV preset's name, or "xapi"
    std::filesystem::path output;  // where the file goes
    ExportFilter filter;
};

using ExportProgress = WorkerProgress;  // an export's or a sync's

struct ManagerAccess {
    std::function<PassphraseState(std::string& problem)> passphrase_state;
    // Keeps a new passphrase typed twice; "" when kept, else why not.
    std::function<std::string(const std::string& first, const std::string& second)> set_passphrase;
    std::function<PassphraseCheck(const std::string& typed)> check_passphrase;
    std::function<bool(const ExportChoice& choice)> start_export;  // false while one runs
    std::function<ExportProgress()> export_progress;
    std::filesystem::path exports_folder;  // where exports go unless the manager names a path
    // "Sync now": one LRS sync on a worker thread, with the same progress shape as an export.
    // Empty when lrs.toml does not set up an LRS; `sync_target` names the LRS's host.
    std::function<bool()> start_sync;  // false while one runs
    std::function<ExportProgress()> sync_progress;
    std::string sync_target;
    // How many runs the background sync (lrs.toml: auto = true) has finished; empty when it
    // is off. Each run wakes the window, and the view reads the outbox again when this grows.
    std::function<std::uint64_t()> background_runs;
};

}  // namespace primer::ui
