#include "completion_record.hpp"

#include "score_points.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

namespace primer {
namespace {

using Json = nlohmann::json;

// The score as fixed text, so that a round trip through a database or a CSV file
// (which may print doubles differently) signs the same bytes.
std::string scaled_text(const std::optional<double>& scaled) {
    char text[16] = "";
    if (scaled) std::snprintf(text, sizeof text, "%.4f", *scaled);
    return text;
}

std::string optional_points(const std::optional<double>& points) { return points ? points_text(*points) : ""; }

}  // namespace

std::string signed_message(const CompletionRecord& record) {
    Json fields;
    if (record.signed_form == kSignedFormScaledOnly) {
        fields = {"primer-completion/1", record.learner_id,   record.course_id,
                  record.course_version, record.completed_at, record.success,
                  scaled_text(record.score_scaled), record.attempts, record.time_spent,
                  record.recorded_at,    record.key_id};
    } else {
        fields = {"primer-completion/2",
                  record.learner_id,
                  record.course_id,
                  record.course_version,
                  record.completed_at,
                  record.success,
                  scaled_text(record.score_scaled),
                  optional_points(record.score_raw),
                  optional_points(record.score_min),
                  optional_points(record.score_max),
                  record.attempts,
                  record.time_spent,
                  record.recorded_at,
                  record.key_id};
    }
    return fields.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string points_text(double points) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", points);
    std::string result = text;
    result.erase(result.find_last_not_of('0') + 1);
    if (result.back() == '.') result.pop_back();
    return result == "-0" ? "0" : result;
}

std::string changed_score_field(const CompletionRecord& record,
                                const std::function<bool(const CompletionRecord&)>& signature_holds,
                                std::string& signed_value) {
    if (record.signed_form != kSignedFormWithPoints || !record.score_scaled || !record.score_raw ||
        !record.score_min || !record.score_max)
        return "";
    const double scaled = *record.score_scaled, raw = *record.score_raw, max = *record.score_max;
    // Each score field as the other three imply it; the signature says which one was right.
    auto try_field = [&](const char* name, auto set, double value) -> std::string {
        CompletionRecord candidate = record;
        set(candidate, value);
        if (candidate == record || !signature_holds(candidate)) return "";
        signed_value = name == std::string("score_scaled") ? scaled_text(value) : points_text(value);
        return name;
    };
    std::string field = try_field(
        "score_raw", [](CompletionRecord& r, double v) { r.score_raw = v; },
        score_points(scaled, static_cast<int>(std::lround(max))).raw);
    if (field.empty()) field = try_field("score_min", [](CompletionRecord& r, double v) { r.score_min = v; }, 0.0);
    if (field.empty() && scaled > 0)
        field = try_field("score_max", [](CompletionRecord& r, double v) { r.score_max = v; }, std::round(raw / scaled));
    if (field.empty() && max > 0)
        field = try_field("score_scaled", [](CompletionRecord& r, double v) { r.score_scaled = v; }, raw / max);
    return field;
}

}  // namespace primer
