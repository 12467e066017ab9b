// The record store: learners, their progress and every checked answer, in one SQLite
// file in the data directory. Each save is one transaction with synchronous=FULL, so a
// crash or power cut at any moment loses at most the command being applied.
#pragma once

#include "commands.hpp"
#include "learner.hpp"
#include "progress.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace primer {

// One checked answer as stored; the shape later xAPI `answered` statements are built from.
struct InteractionRecord {
    std::string learner_id;
    std::string course_id;
    AnswerChecked answer;
};

class Store {
public:
    static constexpr int kSchemaVersion = 2;

    // Opens or creates the database, migrating older schemas. On failure returns
    // nullptr and sets `error` to a sentence a person can act on.
    static std::unique_ptr<Store> open(const std::filesystem::path& file, std::string& error);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    int schema_version() const;

    bool save_learner(const Learner& learner);
    std::optional<Learner> find_learner(const std::string& id) const;
    std::vector<Learner> learners() const;  // most recently active first

    std::optional<Progress> load_progress(const std::string& learner_id, const std::string& course_id) const;

    // Saves the progress and appends the events' records, all or nothing.
    bool record(const std::string& learner_id, const Progress& progress, const std::vector<Event>& events);

    std::vector<InteractionRecord> interactions(const std::string& learner_id, const std::string& course_id) const;

    // Why the last call failed, as a sentence; empty after a call that succeeded.
    const std::string& last_error() const { return m_error; }

private:
    explicit Store(sqlite3* db) : m_db(db) {}
    sqlite3* m_db;
    mutable std::string m_error;
};

// The database file inside a data directory.
std::filesystem::path database_path(const std::filesystem::path& data_dir);

}  // namespace primer
