// The LRS over HTTPS with libcurl: Basic auth, the X-Experience-API-Version header,
// timeouts, and TLS always verified (peer and host; never switched off). Nothing it does
// is logged, and the credentials never reach an error message: they travel only in
// libcurl's auth options, never in the address.
#pragma once

#include "curl_library.hpp"
#include "lrs_settings.hpp"
#include "lrs_sync.hpp"

#include <atomic>
#include <string>

namespace primer {

class CurlLrsTransport final : public LrsTransport {
public:
    // `cancel`, when given and set, ends a request under way as a failure (the player quitting).
    explicit CurlLrsTransport(const LrsSettings& settings, const std::atomic<bool>* cancel = nullptr);

    LrsResponse post_statements(const std::string& json_array) override;
    LrsResponse get_statement(const std::string& id) override;

private:
    LrsResponse perform(const std::string& url, const std::string* body) const;

    const LrsSettings& m_settings;
    const std::atomic<bool>* m_cancel;
    std::string m_missing;            // why libcurl could not be opened, when it could not
    const CurlLibrary* m_curl;        // null when it could not

};

}  // namespace primer
