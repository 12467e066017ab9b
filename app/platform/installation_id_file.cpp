#include "installation_id_file.hpp"

#include "atomic_file.hpp"
#include "installation_id.hpp"
#include "name_uuid.hpp"
#include "store.hpp"

#include <sodium.h>

#include <fstream>
#include <iterator>
#include <system_error>

namespace primer {
namespace {

// The file's text; nullopt when there is none. `error` is set when it exists but cannot be read.
std::optional<std::string> read_saved(const std::filesystem::path& file, std::string& error) {
    std::error_code code;
    if (!std::filesystem::exists(file, code)) {
        if (code) error = "Primer could not look for " + file.string() + " (" + code.message() + ").";
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) error = "Primer could not read " + file.string() + ". Check that you may read it.";
    return text;
}

std::array<std::uint8_t, 16> random_bytes() {
    std::array<std::uint8_t, 16> bytes{};
    if (sodium_init() < 0) return bytes;  // never: it fails only when the OS has no random source
    randombytes_buf(bytes.data(), bytes.size());
    return bytes;
}

// Saves a new id unless another process (the player and `primer export` at once) saved one
// first: written whole under a name of this process's own, then linked to the real name,
// which fails when that exists. The id in the file is the one, so it is read back.
bool save_once(const std::filesystem::path& file, const std::string& id, std::string& error) {
    const std::filesystem::path fresh = file.string() + "." + uuid_text(random_bytes()) + ".new";
    if (!write_file_atomically(fresh, [&](std::ostream& out) { return bool(out << id << "\n"); }, FileAccess::Usual,
                               error))
        return false;
    std::error_code code;
    std::filesystem::create_hard_link(fresh, file, code);
    std::error_code ignored;
    std::filesystem::remove(fresh, ignored);
    if (code && code != std::errc::file_exists) {
        error = "Primer could not write " + file.string() + " (" + code.message() +
                "). Check that you may write in the data folder.";
        return false;
    }
    sync_folder(file.parent_path());
    return true;
}

}  // namespace

std::optional<std::string> load_or_create_installation_id(const std::filesystem::path& data_dir,
                                                          const std::string& key_id, std::string& error) {
    const std::filesystem::path file = installation_id_path(data_dir);
    std::optional<std::string> saved = read_saved(file, error);
    if (!error.empty()) return std::nullopt;
    bool has_records = false;
    if (!saved) {
        auto store = Store::open(database_path(data_dir), error);
        if (!store) return std::nullopt;
        if (!store->has_records(has_records)) {
            error = store->last_error();
            return std::nullopt;
        }
    }
    InstallationIdChoice choice = choose_installation_id(saved, has_records, key_id, random_bytes);
    switch (choice.problem) {
    case InstallationIdChoice::Problem::Malformed:
        error = file.string() + " does not hold an installation id (a UUID, or ed25519: and 16 hex digits), so " +
                "xAPI statements cannot be named. Put back the file from a backup of this data folder; if no " +
                "statement was ever exported or sent from here, delete it and Primer makes a new one.";
        return std::nullopt;
    case InstallationIdChoice::Problem::NeedsKeyId:
        error = "This data folder's records were named with its signing key's id, which could not be read, so " +
                file.string() + " cannot be made yet. Put back signing.key from a backup of this data folder.";
        return std::nullopt;
    case InstallationIdChoice::Problem::None:
        break;
    }
    if (!choice.save) return choice.id;
    if (!save_once(file, choice.id, error)) return std::nullopt;
    // Read back: another process's id when it saved first, checked as any saved file is.
    return load_or_create_installation_id(data_dir, key_id, error);
}

}  // namespace primer
