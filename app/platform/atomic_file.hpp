// Files written whole or not at all: into FILE.partial beside FILE, flushed to the disk,
// then renamed over FILE, so a crash or a full disk never leaves half a file under the
// real name (and never destroys the one that was there).
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>

namespace primer {

enum class FileAccess {
    Usual,      // as the user's umask allows (exports the manager may pass on)
    OwnerOnly,  // readable and writable by its owner alone, from the moment it exists
};

// Calls `write` with a stream into the partial file; false from it, or any failure to
// write, flush or rename, leaves FILE as it was and sets `error` to a sentence naming FILE.
bool write_file_atomically(const std::filesystem::path& file, const std::function<bool(std::ostream&)>& write,
                           FileAccess access, std::string& error);

// Flushes a folder's entries (files created or renamed in it) to the disk.
void sync_folder(const std::filesystem::path& folder);

}  // namespace primer
