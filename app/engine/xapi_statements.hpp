// A learner's records as xAPI statements, inside the subset valid for both xAPI 1.0.3 and
// 2.0 (no contextAgents or contextGroups; UTC timestamps with milliseconds; no version
// property). The actor is an opaque account, never an e-mail or a name. Reflections are
// never included: they stay on the learner's machine.
#pragma once

#include "course.hpp"
#include "csv_export.hpp"
#include "learner_history.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace primer {

struct XapiSettings {
    std::string activity_base;  // IRI prefix of every activity id, ending in '/'
    std::string home_page;      // the account's homePage: the organisation's system of record
    std::string platform;       // "Primer 0.1.0"
    std::string installation;   // names the data folder in statement ids (installation_id.hpp)
    // For an LRS, which keeps the first statement under an id for good: the last sitting,
    // when not ended and active since this time, gets no end statement yet (its duration
    // is still growing). 0 gives every sitting as it stands: an export is a snapshot.
    Millis open_since = 0;
};

// The statements for one learner, in time order. Each id is a name-based UUID of the
// installation and the record it comes from, so exporting or sending again never makes
// a duplicate. `course` supplies names and interaction definitions.
std::vector<nlohmann::json> xapi_statements(const Course& course, const LearnerHistory& history,
                                            const XapiSettings& settings);

// Writes the statements of every included learner in `course`, one learner's history in
// memory at a time: JSON Lines, or one JSON array. Counts statements in count.rows. False,
// with store.last_error(), when the records could not be read.
bool write_xapi(const Store& store, const Course& course, const ExportFilter& filter, const XapiSettings& settings,
                bool json_array, std::ostream& out, ExportCount& count);

}  // namespace primer
