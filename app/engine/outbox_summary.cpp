#include "outbox_summary.hpp"

#include <nlohmann/json.hpp>

namespace primer {
namespace {

using Json = nlohmann::json;

bool has(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

std::string verb_name(const Json& verb) {
    if (!verb.is_object()) return "";
    const auto display = verb.find("display");
    if (display != verb.end() && display->is_object() && !display->empty()) {
        const auto english = display->find("en-US");
        const Json& name = english != display->end() ? *english : display->begin().value();
        if (name.is_string()) return name.get<std::string>();
    }
    const auto id = verb.find("id");
    if (id == verb.end() || !id->is_string()) return "";
    const std::string text = id->get<std::string>();
    return text.substr(text.find_last_of('/') + 1);
}

// "2026-03-01T14:05:09.123Z" -> "2026-03-01 14:05"; other forms as they are.
std::string short_time(const Json& timestamp) {
    if (!timestamp.is_string()) return "";
    std::string text = timestamp.get<std::string>();
    if (text.size() >= 16 && text[10] == 'T') return text.substr(0, 10) + " " + text.substr(11, 5);
    return text;
}

}  // namespace

LrsStop stop_kind(const std::string& reason) {
    if (reason.empty()) return LrsStop::None;
    if (has(reason, "(HTTP 401)")) return LrsStop::Credentials;
    if (has(reason, "(HTTP 403)")) return LrsStop::Permission;
    if (has(reason, "certificate could not be verified")) return LrsStop::Certificate;
    if (has(reason, "(HTTP 404)") || has(reason, " redirects elsewhere ")) return LrsStop::Endpoint;
    return LrsStop::Other;
}

OutboxLine outbox_line(const OutboxItem& item) {
    OutboxLine line{"", item.learner_id, "", item.last_error};
    const Json statement = Json::parse(item.statement, nullptr, false);
    if (!statement.is_object()) return line;
    if (const auto verb = statement.find("verb"); verb != statement.end()) line.verb = verb_name(*verb);
    if (const auto at = statement.find("timestamp"); at != statement.end()) line.time = short_time(*at);
    return line;
}

}  // namespace primer
