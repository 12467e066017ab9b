// A thin C++ layer over the SQLite C API for the record store: prepared statements that
// finalize themselves, transactions that roll back unless committed, and failures worded
// for people. Values only ever reach SQL through bind_*, never through string building.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace primer {

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in the SQL (?1, ?2, ...). A failed bind makes the next
    // step fail, so callers check once, after stepping.
    Statement& bind_text(int index, std::string_view value);
    Statement& bind_int(int index, std::int64_t value);
    Statement& bind_real(int index, double value);  // a parameter left unbound is NULL

    // True while there is a row to read; after false, ok() tells the end from a failure.
    bool next_row();
    // Runs a statement that returns no rows.
    bool run();
    // Makes the statement ready to run again with new parameters.
    void reset();
    bool ok() const { return m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE; }

    std::string text(int column) const;  // 0-based, as in the SELECT list
    std::int64_t integer(int column) const;
    double real(int column) const;
    bool is_null(int column) const;

private:
    void bound(int rc);

    sqlite3_stmt* m_statement = nullptr;
    int m_rc = SQLITE_OK;
};

// BEGIN IMMEDIATE takes the write lock up front (waiting up to the busy timeout), so a
// transaction never fails half-way because another connection wrote first.
class Transaction {
public:
    explicit Transaction(sqlite3* db);
    ~Transaction();  // rolls back unless committed
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool ok() const { return m_open; }
    bool commit();

private:
    sqlite3* m_db;
    bool m_open = false;
};

// Runs SQL that binds no values (schema changes, pragmas).
bool execute(sqlite3* db, const char* sql);

// Reads the single integer a query such as "PRAGMA user_version" returns.
bool query_integer(sqlite3* db, std::string_view sql, std::int64_t& value);

// The connection's last failure as "what SQLite said. What to do about it."
std::string describe_failure(sqlite3* db);

}  // namespace primer
