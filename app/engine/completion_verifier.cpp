#include "completion_verifier.hpp"

#include "signing.hpp"
#include "store.hpp"

namespace primer {

CompletionVerifier::CompletionVerifier(const Store* store, std::string given_key)
    : m_store(store), m_given_key(std::move(given_key)) {}

std::string CompletionVerifier::problem(const CompletionRecord& record) {
    std::string key = m_given_key;
    if (key.empty()) {
        auto known = m_keys.find(record.key_id);
        if (known == m_keys.end())
            known = m_keys.emplace(record.key_id, m_store ? m_store->public_key(record.key_id) : std::nullopt).first;
        key = known->second.value_or("");
    }
    // The key's own id is checked too: a signing_keys row edited to hold another key would
    // otherwise let records signed with that key pass under this one's name.
    if (key.empty() || key_id_of(key) != record.key_id)
        return "it was signed with key " + record.key_id + ", which " +
               (m_given_key.empty() ? "these records do not know" : "is not the key given");
    // Form 1 signs no points, so points beside it would be shown as verified while nobody
    // signed them (typed into an export's empty cells, say).
    if (record.signed_form == kSignedFormScaledOnly && (record.score_raw || record.score_min || record.score_max))
        return "it does not match its signature: it carries a score in points (score_raw, score_min, score_max), "
               "which it was not signed with";
    auto holds = [&](const CompletionRecord& r) { return verify_signature(key, signed_message(r), r.signature); };
    if (holds(record)) return {};
    std::string signed_value;
    const std::string field = changed_score_field(record, holds, signed_value);
    return "it does not match its signature: " +
           (field.empty() ? std::string("a signed field has been changed")
                          : field + " has been changed (it was signed as " + signed_value + ")");
}

}  // namespace primer
