// The data folder's installation id (installation_id.hpp), kept in a file of its own beside
// the records and the signing key. A file rather than a row in the database: it needs no
// schema change, a person can read it when asked which installation sent a statement, and
// it stays with the folder whatever key is put there later.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace primer {

inline std::filesystem::path installation_id_path(const std::filesystem::path& data_dir) {
    return data_dir / "installation-id";
}

// The installation id every xAPI statement from `data_dir` is named with: read from its
// file, or decided and saved there on first need. Whatever records learners (the player,
// autoplay) calls it before the first record, so a folder with records and no file is one
// from before installation ids, and keeps `key_id` (the signing key's id; empty when the
// key could not be loaded). nullopt with a sentence in `error` when the file cannot be
// read or written, or holds something else.
std::optional<std::string> load_or_create_installation_id(const std::filesystem::path& data_dir,
                                                          const std::string& key_id, std::string& error);

}  // namespace primer
