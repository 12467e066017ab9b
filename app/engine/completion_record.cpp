#include "completion_record.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace primer {

std::string signed_message(const CompletionRecord& record) {
    // The score as fixed text, so that a round trip through a database or a CSV file
    // (which may print doubles differently) signs the same bytes.
    char score[16] = "";
    if (record.score_scaled) std::snprintf(score, sizeof score, "%.4f", *record.score_scaled);
    const nlohmann::json fields = {"primer-completion/1", record.learner_id,   record.course_id,
                                   record.course_version, record.completed_at, record.success,
                                   std::string(score),   record.attempts,     record.time_spent,
                                   record.recorded_at,   record.key_id};
    return fields.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace primer
