// Opening the record store. Nothing is written to a file until it is known to be a
// Primer record file this version can read, so a refused file is left exactly as it was.
#include "sqlite_statement.hpp"
#include "store.hpp"
#include "store_schema.hpp"

#include <system_error>

namespace primer {
namespace {

// Long enough to wait out another Primer window's save, short enough to report a stuck lock.
constexpr int kBusyTimeoutMs = 5000;

struct CloseConnection {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

std::string utf8(const std::filesystem::path& path) {
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

bool create_parent(const std::filesystem::path& file, std::string& error) {
    const std::filesystem::path folder = file.parent_path();
    if (folder.empty()) return true;
    std::error_code failure;
    std::filesystem::create_directories(folder, failure);
    if (!failure) return true;
    error = "Primer could not create the folder " + utf8(folder) + " for its records (" + failure.message() +
            "). Check that you may write there, or choose another data folder.";
    return false;
}

// Reads the header and the table list only.
bool check_is_ours(sqlite3* db, const std::string& shown, std::string& error) {
    std::int64_t application_id = 0;
    std::int64_t version = 0;
    std::int64_t objects = 0;
    if (!query_integer(db, "PRAGMA application_id", application_id) ||
        !query_integer(db, "PRAGMA user_version", version) ||
        !query_integer(db, "SELECT count(*) FROM sqlite_schema", objects)) {
        if ((sqlite3_errcode(db) & 0xff) == SQLITE_NOTADB) {
            error = shown + " is not a Primer record file: it is not a SQLite database. Primer left it untouched; "
                            "move it aside or choose another data folder.";
        } else {
            error = "Primer could not read its record file " + shown + ". " + describe_failure(db);
        }
        return false;
    }
    // A file with tables but no schema version was not made by any Primer.
    if ((application_id != 0 && application_id != kStoreApplicationId) || (version == 0 && objects > 0)) {
        error = shown + " belongs to another program: it is a SQLite database but not a Primer record file. "
                        "Primer left it untouched; choose another data folder.";
        return false;
    }
    if (version > Store::kSchemaVersion) {
        error = "The data in " + shown + " was written by a newer version of Primer (schema " +
                std::to_string(version) + "; this version reads up to " + std::to_string(Store::kSchemaVersion) +
                "). Update Primer to open it.";
        return false;
    }
    if (sqlite3_db_readonly(db, "main") == 1) {
        error = "Primer may read but not write its record file " + shown +
                ". Check the file's permissions so that progress can be saved.";
        return false;
    }
    return true;
}

// WAL lets reports read while a learner's progress is written, and never leaves a torn
// file after a crash; synchronous=FULL makes each commit durable, not merely consistent,
// through a power cut. foreign_keys is off by default, and set per connection.
bool configure(sqlite3* db) {
    return execute(db, "PRAGMA journal_mode = WAL") && execute(db, "PRAGMA synchronous = FULL") &&
           execute(db, "PRAGMA foreign_keys = ON");
}

}  // namespace

std::unique_ptr<Store> Store::open(const std::filesystem::path& file, std::string& error) {
    const std::string shown = utf8(file);
    if (!create_parent(file, error)) return nullptr;

    sqlite3* handle = nullptr;
    const int opened = sqlite3_open_v2(shown.c_str(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Connection db(handle);
    if (!db) {
        error = "Primer could not open its record file " + shown + ": there is not enough memory.";
        return nullptr;
    }
    if (opened != SQLITE_OK) {
        error = "Primer could not open its record file " + shown + ". " + describe_failure(db.get());
        return nullptr;
    }
    sqlite3_busy_timeout(db.get(), kBusyTimeoutMs);

    // Closing checkpoints a write-ahead log into the file; a file we refuse must stay as it was.
    sqlite3_db_config(db.get(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, static_cast<int*>(nullptr));
    if (!check_is_ours(db.get(), shown, error)) return nullptr;
    sqlite3_db_config(db.get(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, static_cast<int*>(nullptr));

    if (!configure(db.get())) {
        error = "Primer could not prepare its record file " + shown + ". " + describe_failure(db.get());
        return nullptr;
    }
    std::string failure;
    if (!migrate_store(db.get(), failure)) {
        error = "Primer could not bring its record file " + shown + " up to date. " + failure;
        return nullptr;
    }
    return std::unique_ptr<Store>(new Store(db.release()));
}

Store::~Store() { sqlite3_close_v2(m_db); }

std::filesystem::path database_path(const std::filesystem::path& data_dir) { return data_dir / "primer.sqlite3"; }

}  // namespace primer
