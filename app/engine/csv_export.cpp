#include "csv_export.hpp"

#include "completion_verifier.hpp"
#include "csv.hpp"
#include "time_format.hpp"

#include <cmath>
#include <cstdio>

namespace primer {
namespace {

std::string when(Millis at) { return at == 0 ? "" : format_utc(at); }
std::string day(Millis at) { return at == 0 ? "" : format_date(at); }

std::string fixed(double value, int decimals) {
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

const CompletionRecord* completion(const Standing& s) { return s.completion ? &*s.completion : nullptr; }

std::string completion_status(const Standing& s) { return s.completed_at != 0 ? "completed" : "in_progress"; }
std::string success_status(const Standing& s) { return completion(s) ? s.completion->success : "unknown"; }
std::string score_scaled(const Standing& s) {
    return completion(s) && s.completion->score_scaled ? fixed(*s.completion->score_scaled, 4) : "";
}
std::string score_percent(const Standing& s) {
    return completion(s) && s.completion->score_scaled ? fixed(std::round(*s.completion->score_scaled * 100), 0) : "";
}
// The points exactly as the signature covers them, so `primer verify` reads back what was signed.
std::string points(const Standing& s, std::optional<double> CompletionRecord::*field) {
    return completion(s) && (*s.completion.*field) ? points_text(*(*s.completion.*field)) : "";
}
std::string attempts(const Standing& s) { return completion(s) ? std::to_string(s.completion->attempts) : "0"; }
// A signed row gives the time its completion was signed with; a row under way, the time so far.
Millis time_spent_ms(const Standing& s) { return completion(s) ? s.completion->time_spent : s.time_spent; }

const std::vector<CsvPreset> kPresets = {
    {"primer",
     "Every field, signed: one row per learner per course; `primer verify` checks it",
     false,
     {
         {"learner_id", [](const Standing& s) { return s.learner.id; }},
         {"learner_name", [](const Standing& s) { return s.learner.name; }},
         {"organisation", [](const Standing& s) { return s.learner.organisation; }},
         {"course_id", [](const Standing& s) { return s.course_id; }},
         {"course_version", [](const Standing& s) { return s.course_version; }},
         {"completion_status", completion_status},
         {"success_status", success_status},
         {"score_scaled", score_scaled, true},
         {"score_percent", score_percent, true},
         {"score_raw", [](const Standing& s) { return points(s, &CompletionRecord::score_raw); }, true},
         {"score_min", [](const Standing& s) { return points(s, &CompletionRecord::score_min); }, true},
         {"score_max", [](const Standing& s) { return points(s, &CompletionRecord::score_max); }, true},
         {"attempts", attempts, true},
         {"started_at", [](const Standing& s) { return when(s.started_at); }},
         {"last_active_at", [](const Standing& s) { return when(s.updated_at); }},
         {"completed_at", [](const Standing& s) { return completion(s) ? when(s.completion->completed_at) : ""; }},
         {"time_spent_seconds", [](const Standing& s) { return std::to_string(time_spent_ms(s) / 1000); }, true},
         {"time_spent_ms", [](const Standing& s) { return std::to_string(time_spent_ms(s)); }, true},
         {"signed_version", [](const Standing& s) { return completion(s) ? s.completion->course_version : ""; }},
         {"recorded_at", [](const Standing& s) { return completion(s) ? when(s.completion->recorded_at) : ""; }},
         {"key_id", [](const Standing& s) { return completion(s) ? s.completion->key_id : ""; }},
         {"signed_form",
          [](const Standing& s) { return completion(s) ? std::to_string(s.completion->signed_form) : ""; }, true},
         {"signature", [](const Standing& s) { return completion(s) ? s.completion->signature : ""; }},
     }},
    // Totara's "Upload Completion Records" (course completions): totara/completionimport.
    {"totara",
     "Totara: Upload Completion Records, course completions (date format Y-m-d)",
     true,
     {
         {"username", [](const Standing& s) { return s.learner.id; }},
         {"courseshortname", [](const Standing& s) { return s.course_id; }},
         {"courseidnumber", [](const Standing& s) { return s.course_id; }},
         {"completiondate", [](const Standing& s) { return day(s.completed_at); }},
         {"grade", score_percent, true},
     }},
    // IOMAD's "Import completion records" (docs.iomad.org).
    {"iomad",
     "IOMAD (Moodle): Import completion records (dates YYYY-MM-DD)",
     true,
     {
         {"username", [](const Standing& s) { return s.learner.id; }},
         {"coursename", [](const Standing& s) { return s.course_id; }},
         {"timeenrolled", [](const Standing& s) { return day(s.started_at); }},
         {"timestarted", [](const Standing& s) { return day(s.started_at); }},
         {"timecompleted", [](const Standing& s) { return day(s.completed_at); }},
     }},
    // Canvas SIS import, enrollments.csv (instructure/canvas-lms doc/api/sis_csv.md).
    {"canvas",
     "Canvas: SIS import enrollments.csv (status completed or active)",
     false,
     {
         {"course_id", [](const Standing& s) { return s.course_id; }},
         {"user_id", [](const Standing& s) { return s.learner.id; }},
         {"role", [](const Standing&) { return std::string("student"); }},
         {"status", [](const Standing& s) { return std::string(s.completed_at != 0 ? "completed" : "active"); }},
     }},
};

}  // namespace

bool included(const ExportFilter& filter, const Standing& standing) {
    if (!filter.course.empty() && standing.course_id != filter.course) return false;
    if (!filter.organisation.empty() && standing.learner.organisation != filter.organisation) return false;
    if (filter.from != 0 && standing.updated_at < filter.from) return false;
    if (filter.to != 0 && standing.updated_at >= filter.to) return false;
    if (filter.status == "completed") return standing.completed_at != 0;
    if (filter.status == "in-progress") return standing.completed_at == 0;
    if (filter.status == "passed" || filter.status == "failed") return success_status(standing) == filter.status;
    return true;
}

const std::vector<CsvPreset>& csv_presets() { return kPresets; }

const CsvPreset* find_csv_preset(std::string_view name) {
    for (const CsvPreset& preset : kPresets)
        if (name == preset.name) return &preset;
    return nullptr;
}

bool write_csv(const Store& store, const CsvPreset& preset, const ExportFilter& filter, std::ostream& out,
               ExportCount& count, bool verified_only) {
    CompletionVerifier verifier(&store);
    CsvWriter writer(out);
    std::vector<std::string> fields;
    std::vector<bool> numbers;
    for (const CsvColumn& column : preset.columns) {
        fields.emplace_back(column.header);
        numbers.push_back(column.number);
    }
    writer.row(fields);
    return store.for_each_standing(filter.course, [&](const Standing& standing) {
        if (!included(filter, standing) || (preset.completed_only && standing.completed_at == 0)) return true;
        if (standing.completion && !verifier.problem(*standing.completion).empty()) {
            ++count.unverified_rows;
            if (count.unverified_learners.size() < kUnverifiedIdsKept)
                count.unverified_learners.push_back(standing.learner.id);
            if (verified_only) return true;
        }
        for (std::size_t i = 0; i < preset.columns.size(); ++i) fields[i] = preset.columns[i].value(standing);
        writer.row(fields, numbers);
        ++count.rows;
        ++count.learners;
        if (standing.completion) ++count.signed_rows;
        return true;
    });
}

}  // namespace primer
