// The record store: learners, their progress and every checked answer, in one SQLite
// file in the data directory. Each save is one transaction with synchronous=FULL, so a
// crash or power cut at any moment loses at most the command being applied.
#pragma once

#include "comfort_settings.hpp"
#include "commands.hpp"
#include "completion_record.hpp"
#include "learner.hpp"
#include "progress.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace primer {

struct ItemStats;     // course_report.hpp
struct ExportFilter;  // csv_export.hpp
struct OutboxItem;  // outbox.hpp
struct OutboxCounts;
struct QueuedStatement;
enum class OutboxState;
struct LearnerHistory;  // learner_history.hpp

// One course, module, conversation or assessment event as stored.
struct EventRecord {
    std::int64_t id = 0;
    std::string kind;         // "screen-entered", "module-completed", "attempt-submitted", ...
    std::string subject;      // the screen, module or course it is about
    std::string detail_json;  // what the event carries (score, path...); "{}" for most
    Millis at = 0;
};

struct Sitting {
    std::int64_t id = 0;
    Millis started_at = 0;
    Millis last_active_at = 0;
    Millis ended_at = 0;  // 0: still under way, or the player stopped without closing it
};

// A learner's place in one course, with their latest signed completion if any: one row
// of a completion export.
struct Standing {
    Learner learner;
    std::string course_id;
    std::string course_version;
    Millis started_at = 0;
    Millis updated_at = 0;
    Millis completed_at = 0;  // 0: not completed
    Millis time_spent = 0;    // over every sitting so far; read only without a completion, which keeps its own
    std::optional<CompletionRecord> completion;
};

// One checked answer as stored; the shape later xAPI `answered` statements are built from.
struct InteractionRecord {
    std::int64_t id = 0;  // the row's id: stable, so records built from it are too
    std::string learner_id;
    std::string course_id;
    AnswerChecked answer;
};

class Store {
public:
    static constexpr int kSchemaVersion = 9;

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
    // Whether any learner or queued statement is stored: anything xAPI statement ids may
    // already have been made from. False, with last_error(), when it could not be read.
    bool has_records(bool& any) const;

    std::optional<Progress> load_progress(const std::string& learner_id, const std::string& course_id) const;

    // Saves the progress and appends the events' records, all or nothing.
    bool record(const std::string& learner_id, const Progress& progress, const std::vector<Event>& events);

    std::vector<InteractionRecord> interactions(const std::string& learner_id, const std::string& course_id) const;

    // --- Completions (store_completions.cpp) ---
    // Appends a signed completion, keeping its key's public half beside it.
    bool add_completion(const CompletionRecord& record, const std::string& public_key);
    // Every learner's standing in `course_id` (every course when empty), one at a time in
    // course and learner order, so an export of a million learners never holds them all;
    // `visit` returns false to stop early.
    bool for_each_standing(const std::string& course_id, const std::function<bool(const Standing&)>& visit) const;
    std::optional<std::string> public_key(const std::string& key_id) const;
    // Every completion ever recorded, oldest first (certificates name earlier ones too).
    bool for_each_completion(const std::function<bool(const CompletionRecord&)>& visit) const;
    // The learner's latest completion in the course; nullopt when there is none (or, with
    // last_error() set, when it could not be read).
    std::optional<CompletionRecord> latest_completion(const std::string& learner_id, const std::string& course_id) const;

    // --- Sittings (store_completions.cpp) ---
    // Starts a sitting and returns its id, or 0 when it could not be saved.
    std::int64_t open_sitting(const std::string& learner_id, const std::string& course_id, Millis now);
    bool touch_sitting(std::int64_t sitting, Millis now);
    bool end_sitting(std::int64_t sitting, Millis now);
    // Total time over every sitting of the learner in the course.
    Millis time_spent(const std::string& learner_id, const std::string& course_id) const;
    std::vector<Sitting> sittings(const std::string& learner_id, const std::string& course_id) const;
    std::vector<EventRecord> events(const std::string& learner_id, const std::string& course_id) const;
    // Each standing in `course_id` that `wanted` accepts, with its sittings, checked answers
    // and events, one learner at a time in learner order (store_history.cpp): four queries
    // read side by side, so a million learners cost their rows and no more.
    bool for_each_history(const std::string& course_id, const std::function<bool(const Standing&)>& wanted,
                          const std::function<bool(const LearnerHistory&)>& visit) const;

    // Item analysis for a course, computed in SQLite so a million answers are never in
    // memory: per question, learners and answers, how many fully correct, and each token
    // chosen in answers that were not. Reflections are left out: their text is private; so
    // are ungraded answers (confidence ratings): with no right answer, they are no question.
    // Only the answers of learners whose standing `filter` includes are counted.
    bool item_statistics(const ExportFilter& filter, std::vector<ItemStats>& items) const;

    // --- The LRS outbox (store_outbox.cpp; see outbox.hpp) ---
    // Queues the statements whose ids are not in the outbox yet, exactly as given, all or
    // nothing; `added` counts the new ones. A statement is never queued twice.
    bool queue_statements(const std::string& learner_id, const std::string& course_id,
                          const std::vector<QueuedStatement>& statements, Millis now, int& added);
    // Up to `limit` waiting statements due by `due_by`, in the order they were queued.
    std::vector<OutboxItem> due_statements(Millis due_by, int limit) const;
    bool mark_sent(const std::vector<std::int64_t>& rows, Millis now);
    // Counts one more attempt for each row and leaves them waiting until `next_attempt_at`.
    bool mark_retry(const std::vector<std::int64_t>& rows, Millis next_attempt_at, const std::string& reason);
    // Takes a statement out of the queue for good (quarantined or rejected), with the reason.
    bool set_aside(std::int64_t row, OutboxState state, const std::string& reason);
    // The LRS refused the run (it stopped): the rows stay due, with the reason for a manager.
    bool mark_stopped(const std::vector<std::int64_t>& rows, const std::string& reason);
    bool outbox_counts(Millis due_by, OutboxCounts& counts) const;
    std::vector<OutboxItem> outbox_items(OutboxState state) const;

    // --- Comfort settings (store_comfort.cpp) ---
    // The learner's settings as saved, clamped; nullopt when they have saved none (or, with
    // last_error() set, when they could not be read).
    std::optional<ComfortSettings> comfort_settings(const std::string& learner_id) const;
    // Replaces the learner's settings in one statement, so a crash leaves the old or the new.
    bool save_comfort_settings(const std::string& learner_id, const ComfortSettings& settings, Millis now);

    // Why the last call failed, as a sentence; empty after a call that succeeded.
    const std::string& last_error() const { return m_error; }

private:
    explicit Store(sqlite3* db) : m_db(db) {}
    // Sets last_error() to "Primer could not <what> in <file>. <reason>" and returns false.
    bool failed_to(const std::string& what) const;
    std::string damaged_answer(const std::string& learner_id) const;
    sqlite3* m_db;
    mutable std::string m_error;
};

// The database file inside a data directory.
std::filesystem::path database_path(const std::filesystem::path& data_dir);

}  // namespace primer
