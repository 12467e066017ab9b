#include "sqlite_statement.hpp"

#include <cctype>

namespace primer {

Statement::Statement(sqlite3* db, std::string_view sql) {
    m_rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_statement, nullptr);
}

Statement::~Statement() { sqlite3_finalize(m_statement); }

void Statement::bound(int rc) {
    if (ok() && rc != SQLITE_OK) m_rc = rc;
}

Statement& Statement::bind_text(int index, std::string_view value) {
    // An empty view may have a null data(); SQLite would bind that as NULL, not as ''.
    const char* data = value.data() != nullptr ? value.data() : "";
    if (ok()) bound(sqlite3_bind_text64(m_statement, index, data, value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind_int(int index, std::int64_t value) {
    if (ok()) bound(sqlite3_bind_int64(m_statement, index, value));
    return *this;
}

Statement& Statement::bind_real(int index, double value) {
    if (ok()) bound(sqlite3_bind_double(m_statement, index, value));
    return *this;
}

bool Statement::next_row() {
    if (!ok() || m_rc == SQLITE_DONE) return false;
    m_rc = sqlite3_step(m_statement);
    return m_rc == SQLITE_ROW;
}

bool Statement::run() {
    while (next_row()) {
    }
    return ok();
}

void Statement::reset() {
    if (m_statement == nullptr) return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_rc = SQLITE_OK;
}

std::string Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (data == nullptr) return {};
    return std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)));
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(m_statement, column); }

bool Statement::is_null(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

double Statement::real(int column) const { return sqlite3_column_double(m_statement, column); }

Transaction::Transaction(sqlite3* db) : m_db(db) { m_open = execute(db, "BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
    // A failed COMMIT may already have rolled back; a second ROLLBACK would only fail.
    if (m_open && sqlite3_get_autocommit(m_db) == 0) execute(m_db, "ROLLBACK");
}

bool Transaction::commit() {
    if (!m_open) return false;
    if (!execute(m_db, "COMMIT")) return false;
    m_open = false;
    return true;
}

bool execute(sqlite3* db, const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

bool query_integer(sqlite3* db, std::string_view sql, std::int64_t& value) {
    Statement query(db, sql);
    if (!query.next_row()) return false;
    value = query.integer(0);
    return true;
}

namespace {

const char* advice(int code) {
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "Another program is using the file; close any other Primer window and try again.";
    case SQLITE_FULL:
        return "The disk is full; free some space and try again.";
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
        return "Check that you may write to the file and to its folder.";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return "The file is damaged; restore it from a backup or move it aside.";
    case SQLITE_IOERR:
        return "The disk reported an error; check the disk and try again.";
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_ERROR:
        return "This is a bug in Primer; please report it.";
    default:
        return "Please report this to whoever looks after Primer here.";
    }
}

}  // namespace

std::string describe_failure(sqlite3* db) {
    std::string what = sqlite3_errmsg(db);
    if (!what.empty()) what[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(what[0])));
    return what + ". " + advice(sqlite3_extended_errcode(db));
}

}  // namespace primer
