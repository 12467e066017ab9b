// Completion exports as CSV: the full signed form (preset "primer", what `primer verify`
// checks) and named presets laid out as LMS completion imports expect them. Rows stream
// from the store one at a time, so a million learners never sit in memory together.
#pragma once

#include "store.hpp"

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace primer {

// Which standings an export includes; empty fields include everything.
struct ExportFilter {
    std::string course;        // course id
    std::string organisation;  // the learner's organisation or team, exactly
    std::string status;        // "completed", "in-progress", "passed" or "failed"
    Millis from = 0;           // last activity on or after (0: no lower bound)
    Millis to = 0;             // last activity before (0: no upper bound)
};

bool included(const ExportFilter& filter, const Standing& standing);

struct CsvColumn {
    const char* header;
    std::string (*value)(const Standing& standing);
    bool number = false;  // our own figure, never neutralised as a formula
};

struct CsvPreset {
    const char* name;
    const char* description;  // which import it is for
    bool completed_only;      // the import takes completion records only
    std::vector<CsvColumn> columns;
};

const std::vector<CsvPreset>& csv_presets();
const CsvPreset* find_csv_preset(std::string_view name);

struct ExportCount {
    long long rows = 0;         // CSV rows, or xAPI statements
    long long signed_rows = 0;  // CSV rows with a signed completion
    long long learners = 0;
    // CSV rows whose completion does not match its signature (left out with verified_only),
    // and the first kUnverifiedIdsKept of their learners' ids.
    long long unverified_rows = 0;
    std::vector<std::string> unverified_learners;
};

inline constexpr std::size_t kUnverifiedIdsKept = 20;

// Writes the header and one row per included standing, checking each completion against
// its signature (CompletionVerifier): one that fails is still written, and counted, unless
// `verified_only` leaves it out. False, with store.last_error(), when the records could not
// be read.
bool write_csv(const Store& store, const CsvPreset& preset, const ExportFilter& filter, std::ostream& out,
               ExportCount& count, bool verified_only = false);

}  // namespace primer
