// Whether a stored completion is still what was signed: the one check `primer verify`,
// `primer report`, `primer export` and the manager view share, so a row edited in the
// database shows as such wherever it is reported.
#pragma once

#include "completion_record.hpp"

#include <map>
#include <optional>
#include <string>

namespace primer {

class Store;

class CompletionVerifier {
public:
    // Public keys come from `store`'s signing keys (each looked up once, so a million rows
    // cost one query per key, not per row); with a non-empty `given_key` (base64url), that
    // key alone, as `primer verify --public-key` asks. `store` may be null with a given key.
    explicit CompletionVerifier(const Store* store, std::string given_key = {});

    // Empty when `record` matches its signature under a key these records know (or the
    // key given); else a sentence saying what does not match.
    std::string problem(const CompletionRecord& record);

private:
    const Store* m_store;
    std::string m_given_key;
    std::map<std::string, std::optional<std::string>> m_keys;  // key id -> the store's public key
};

}  // namespace primer
