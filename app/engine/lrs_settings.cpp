#include "lrs_settings.hpp"

#include <algorithm>
#include <cctype>

namespace primer {
namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// 127.0.0.0/8 written as an address (not a name that starts "127."), localhost, ::1.
bool is_loopback(const std::string& host) {
    const bool ipv4 = host.find_first_not_of("0123456789.") == std::string::npos;
    return host == "localhost" || host == "::1" || (ipv4 && host.rfind("127.", 0) == 0);
}

void read_endpoint(TableReader& file, LrsSettings& settings) {
    const Need need = settings.endpoint.empty() ? Need::Required : Need::Optional;
    std::optional<std::string> text = file.string("endpoint", need, "\"https://lrs.example.org/xapi/\"");
    if (!text || text->empty()) return;
    if (std::optional<EndpointProblem> problem = endpoint_problem(*text)) {
        file.diagnostics().error(file.where("endpoint"), problem->message, problem->hint);
        return;
    }
    settings.endpoint = *text;
}

void read_version(TableReader& file, LrsSettings& settings) {
    std::optional<std::string> version = file.string("version", Need::Optional, "\"1.0.3\"");
    if (!version) return;
    if (!supported_xapi_version(*version)) {
        file.diagnostics().error(file.where("version"), "'version' must be \"1.0.3\" or \"2.0.0\"",
                                 "use the xAPI version your LRS supports; most take version = \"1.0.3\"");
        return;
    }
    settings.version = *version;
}

// An optional IRI setting: must have a scheme; `slash` adds the trailing '/' prefixes need.
std::string read_iri(TableReader& file, std::string_view key, std::string_view example, bool slash) {
    std::optional<std::string> text = file.string(key, Need::Optional, example);
    if (!text) return "";
    if (!parse_endpoint(*text)) {
        file.diagnostics().error(file.where(key), "'" + std::string(key) + "' must be an http or https address",
                                 "write it like this: " + std::string(key) + " = " + std::string(example));
        return "";
    }
    if (slash && text->back() != '/') *text += '/';
    return *text;
}

void read_batch_size(TableReader& file, LrsSettings& settings) {
    constexpr int kLargest = kLargestBatch;
    std::optional<int> size = file.integer("batch_size", Need::Optional, "50");
    if (!size) return;
    if (*size < 1 || *size > kLargest) {
        file.diagnostics().error(file.where("batch_size"), "'batch_size' must be from 1 to " + std::to_string(kLargest),
                                 "leave it out for the default: batch_size = 50");
        return;
    }
    settings.batch_size = *size;
}

}  // namespace

std::optional<Endpoint> parse_endpoint(const std::string& text) {
    const std::size_t colon = text.find("://");
    if (colon == std::string::npos) return std::nullopt;
    Endpoint endpoint;
    endpoint.scheme = lower(text.substr(0, colon));
    if (endpoint.scheme != "https" && endpoint.scheme != "http") return std::nullopt;
    const std::size_t start = colon + 3;
    const std::size_t end = std::min(text.find_first_of("/?#", start), text.size());
    const std::string authority = text.substr(start, end - start);
    if (authority.empty() || authority.find('@') != std::string::npos) return std::nullopt;
    if (authority.front() == '[') {
        const std::size_t close = authority.find(']');
        if (close == std::string::npos) return std::nullopt;
        endpoint.host = authority.substr(1, close - 1);
    } else {
        endpoint.host = authority.substr(0, authority.find(':'));
    }
    if (endpoint.host.empty()) return std::nullopt;
    endpoint.host = lower(endpoint.host);
    endpoint.loopback = is_loopback(endpoint.host);
    return endpoint;
}

bool supported_xapi_version(const std::string& version) { return version == "1.0.3" || version == "2.0.0"; }

std::optional<EndpointProblem> endpoint_problem(const std::string& text) {
    std::optional<Endpoint> endpoint = parse_endpoint(text);
    if (!endpoint) {
        if (text.find('@') != std::string::npos)
            return EndpointProblem{"'endpoint' must not carry a user name or password",
                                   "write the address alone, and the LRS's key and secret in username = \"...\" and "
                                   "password = \"...\" in the data folder's lrs.toml"};
        return EndpointProblem{"'endpoint' is not an https address",
                               "write the LRS's xAPI address, e.g. endpoint = \"https://lrs.example.org/xapi/\""};
    }
    if (endpoint->scheme == "http" && !endpoint->loopback)
        return EndpointProblem{"'endpoint' must use https: records and the password would cross the network unencrypted",
                               "write https:// (plain http is allowed only to this machine, for tests)"};
    if (text.find_first_of("?#") != std::string::npos || text.back() != '/')
        return EndpointProblem{"'endpoint' must be the LRS's xAPI base address, ending in '/'",
                               "write the address statements/ is under, e.g. endpoint = \"https://lrs.example.org/xapi/\""};
    return std::nullopt;
}

XapiSettings xapi_settings_from(const LrsSettings* lrs, const std::string& home_page, const std::string& activity_base,
                                const std::string& platform, const std::string& installation) {
    auto pick = [&](const std::string& given, const std::string LrsSettings::*key, const char* placeholder) {
        if (!given.empty()) return given;
        if (lrs && !(lrs->*key).empty()) return lrs->*key;
        return std::string(placeholder);
    };
    XapiSettings settings{pick(activity_base, &LrsSettings::activity_base, "https://primer.invalid/xapi/activities/"),
                          pick(home_page, &LrsSettings::home_page, "https://primer.invalid/learners"), platform,
                          installation};
    if (settings.activity_base.back() != '/') settings.activity_base += '/';
    return settings;
}

std::optional<LrsSettings> read_lrs_settings(TableReader& file, const LrsSettings& defaults) {
    const int errors_before = file.diagnostics().error_count();
    LrsSettings settings = defaults;
    settings.username.clear();
    settings.password.clear();
    read_endpoint(file, settings);
    if (std::optional<Endpoint> endpoint = parse_endpoint(settings.endpoint)) {
        settings.host = endpoint->host;
        settings.plain_http = endpoint->scheme == "http";
    }
    settings.username = file.string("username", Need::Required, "\"the key your LRS issued\"").value_or("");
    settings.password = file.string("password", Need::Required, "\"the secret your LRS issued\"").value_or("");
    read_version(file, settings);
    if (std::string home_page = read_iri(file, "home_page", "\"https://lms.example.org\"", false); !home_page.empty())
        settings.home_page = home_page;
    if (std::string base = read_iri(file, "activity_base", "\"https://courses.example.org/xapi/\"", true); !base.empty())
        settings.activity_base = base;
    read_batch_size(file, settings);
    settings.auto_sync = file.boolean("auto", "true").value_or(settings.auto_sync);
    file.report_unknown();
    if (settings.username.find(':') != std::string::npos)
        file.diagnostics().error(file.where("username"), "'username' must not contain ':'",
                                 "HTTP Basic separates the key from the secret with ':'; copy the key exactly as the LRS "
                                 "issued it");
    if (file.diagnostics().error_count() > errors_before) return std::nullopt;
    return settings;
}

}  // namespace primer
