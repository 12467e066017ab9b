// The installation id: the name of one data folder in xAPI statement ids and registrations.
// It is kept apart from the signing key because an organisation may give many machines the
// same key, and statements made from different databases must never share an id.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace primer {

struct InstallationIdChoice {
    enum class Problem {
        None,
        Malformed,   // the saved text is not an installation id: it is never replaced silently
        NeedsKeyId,  // records from before installation ids exist, and the key id they used is unknown
    };
    std::string id;             // empty when there is a problem
    bool save = false;          // a new id, to be saved before any statement uses it
    Problem problem = Problem::None;
};

// Decides the data folder's installation id. `saved`: the text of its installation-id file
// (nullopt when there is none). Without one, a folder that already `has_records` keeps the
// signing key's id, which named its statements before installation ids existed, so ids
// already exported or sent stay the same; a new folder gets a random UUID from `random`.
InstallationIdChoice choose_installation_id(const std::optional<std::string>& saved, bool has_records,
                                            const std::string& key_id,
                                            const std::function<std::array<std::uint8_t, 16>()>& random);

// Whether `text` is an installation id: a key id ("ed25519:" and 16 lower-case hex digits)
// or a lower-case UUID.
bool is_installation_id(std::string_view text);

}  // namespace primer
