// The organisation's LRS settings, lrs.toml in the data folder: where to send xAPI
// statements, with which credentials, and how. Mistakes are diagnostics with file:line:col
// and a hint, like a course's; no message ever repeats the password or the endpoint text
// (someone may have written credentials into the address).
#pragma once

#include "toml_reader.hpp"
#include "xapi_statements.hpp"

#include <optional>
#include <string>

namespace primer {

struct LrsSettings {
    std::string endpoint;  // the LRS's xAPI base IRI, ending in '/': statements go to endpoint + "statements"
    std::string host;      // the endpoint's host, for messages
    bool plain_http = false;  // http://, allowed only to this machine (tests)
    std::string username;     // HTTP Basic: the LRS's key
    std::string password;     // and its secret
    std::string version = "1.0.3";  // X-Experience-API-Version
    std::string home_page;      // the actors' account home page; empty: the export's default
    std::string activity_base;  // prefix of activity ids, ending in '/'; empty: the export's default
    int batch_size = 50;        // statements per POST
    bool auto_sync = false;     // the player sends in the background
};

// The parts of an endpoint IRI that matter here.
struct Endpoint {
    std::string scheme;  // "https" or "http", lower case
    std::string host;    // without brackets for IPv6
    bool loopback = false;
};

// Splits an http(s) IRL into scheme and host; nullopt when it is not one, or carries a
// user name or password (credentials belong in their own keys).
std::optional<Endpoint> parse_endpoint(const std::string& text);

// Why `text` cannot be an LRS's endpoint (a message and a hint for the key 'endpoint'),
// or nullopt when it can: https (http only to this machine), no credentials, ending in '/'.
// lrs.toml and a brand's [lrs] share it, so a brand's default is as safe as lrs.toml's.
struct EndpointProblem {
    std::string message;
    std::string hint;
};
std::optional<EndpointProblem> endpoint_problem(const std::string& text);

// The xAPI versions Primer's statements are valid for: "1.0.3" and "2.0.0".
bool supported_xapi_version(const std::string& version);

// LRSs commonly refuse requests with more statements than this.
constexpr int kLargestBatch = 500;

// Reads lrs.toml's top-level table over `defaults` (a brand's, lrs_defaults in brand.hpp):
// each key lrs.toml gives wins, and 'endpoint' may be left out when the defaults have one.
// Credentials come only from lrs.toml. Nullopt when it has errors (all reported).
std::optional<LrsSettings> read_lrs_settings(TableReader& file, const LrsSettings& defaults = {});

// What statements are built with: the command line's home page and activity base, else
// `lrs`'s (lrs.toml's, else the brand's, as read_lrs_settings layered them), else Primer's
// placeholders under primer.invalid.
XapiSettings xapi_settings_from(const LrsSettings* lrs, const std::string& home_page, const std::string& activity_base,
                                const std::string& platform, const std::string& installation);

// The settings file inside a data folder.
constexpr const char* kLrsSettingsFile = "lrs.toml";

}  // namespace primer
