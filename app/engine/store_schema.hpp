// The record store's schema, and the migrations that bring any older file up to date.
#pragma once

#include <cstdint>
#include <string>

struct sqlite3;

namespace primer {

// Marks the file as Primer's in the SQLite header (PRAGMA application_id), so Primer
// never adopts another program's database, and tools such as file(1) can tell ours apart.
constexpr std::int32_t kStoreApplicationId = 0x5072696d;  // "Prim"

// The schema version migrate_store() brings a file to; Store::kSchemaVersion checks it.
constexpr int kLatestSchema = 9;

// Applies every migration the database lacks up to `target` (tests stop early to make
// files as older Primers wrote them), in order, each in its own transaction. On failure
// returns false with `failure` naming the step and the reason; the steps before it stay
// applied, the failed one leaves no trace.
bool migrate_store(sqlite3* db, std::string& failure, int target = kLatestSchema);

}  // namespace primer
