#include "certificate.hpp"

#include "name_uuid.hpp"

#include <nlohmann/json.hpp>
#include <sodium.h>

namespace primer {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kPrefix = "primer-certificate/1:";
constexpr int kBase64 = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

}  // namespace

std::string certificate_id(const CompletionRecord& record) { return name_uuid("certificate|" + record.signature); }

std::string verification_code(const CompletionRecord& record) {
    static const char* alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // Crockford: no I, L, O, U
    const auto hash = sha1("verification|" + record.signature);
    std::string code;
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits = (bits << 8) | hash[static_cast<std::size_t>(i)];
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0) code += '-';
        code += alphabet[(bits >> (59 - 5 * i)) & 31];
    }
    return code;
}

std::string certificate_payload(const CompletionRecord& record) {
    Json fields = {{"learner_id", record.learner_id},   {"course_id", record.course_id},
                   {"course_version", record.course_version}, {"completed_at", record.completed_at},
                   {"success", record.success},         {"attempts", record.attempts},
                   {"time_spent", record.time_spent},   {"recorded_at", record.recorded_at},
                   {"key_id", record.key_id},           {"signature", record.signature}};
    if (record.score_scaled) fields["score_scaled"] = *record.score_scaled;
    // A form-1 record's payload stays as certificates printed before the points have it.
    if (record.signed_form != kSignedFormScaledOnly) fields["signed_form"] = record.signed_form;
    if (record.score_raw) fields["score_raw"] = *record.score_raw;
    if (record.score_min) fields["score_min"] = *record.score_min;
    if (record.score_max) fields["score_max"] = *record.score_max;
    const std::string json = fields.dump(-1, ' ', false, Json::error_handler_t::replace);
    std::string encoded(sodium_base64_ENCODED_LEN(json.size(), kBase64), '\0');
    sodium_bin2base64(encoded.data(), encoded.size(), reinterpret_cast<const unsigned char*>(json.data()), json.size(),
                      kBase64);
    encoded.resize(encoded.find('\0'));
    return std::string(kPrefix) + encoded;
}

std::optional<CompletionRecord> parse_certificate_payload(const std::string& payload) {
    if (payload.rfind(kPrefix, 0) != 0 || sodium_init() < 0) return std::nullopt;
    const std::string encoded = payload.substr(kPrefix.size());
    std::string json(encoded.size(), '\0');
    std::size_t size = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(json.data()), json.size(), encoded.data(), encoded.size(),
                          nullptr, &size, nullptr, kBase64) != 0)
        return std::nullopt;
    json.resize(size);
    const Json fields = Json::parse(json, nullptr, false);
    if (!fields.is_object()) return std::nullopt;
    try {
        CompletionRecord record;
        record.learner_id = fields.at("learner_id").get<std::string>();
        record.course_id = fields.at("course_id").get<std::string>();
        record.course_version = fields.at("course_version").get<std::string>();
        record.completed_at = fields.at("completed_at").get<Millis>();
        record.success = fields.at("success").get<std::string>();
        record.attempts = fields.at("attempts").get<int>();
        record.time_spent = fields.at("time_spent").get<Millis>();
        record.recorded_at = fields.at("recorded_at").get<Millis>();
        record.key_id = fields.at("key_id").get<std::string>();
        record.signature = fields.at("signature").get<std::string>();
        if (fields.contains("score_scaled")) record.score_scaled = fields.at("score_scaled").get<double>();
        record.signed_form = fields.value("signed_form", kSignedFormScaledOnly);  // absent before the points
        if (fields.contains("score_raw")) record.score_raw = fields.at("score_raw").get<double>();
        if (fields.contains("score_min")) record.score_min = fields.at("score_min").get<double>();
        if (fields.contains("score_max")) record.score_max = fields.at("score_max").get<double>();
        return record;
    } catch (const Json::exception&) {
        return std::nullopt;
    }
}

NoCertificate why_no_certificate(bool learner_known, const std::optional<CompletionRecord>& latest) {
    if (!learner_known) return NoCertificate::NoLearner;
    if (!latest || latest->completed_at == 0) return NoCertificate::NotCompleted;
    // "unknown" (a course without an assessment) earns one; only a failed assessment does not.
    return latest->success == "failed" ? NoCertificate::NotPassed : NoCertificate::None;
}

}  // namespace primer
