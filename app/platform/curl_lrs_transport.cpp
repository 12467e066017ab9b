#include "curl_lrs_transport.hpp"

#include <cctype>
#include <ctime>
#include <memory>

namespace primer {
namespace {

constexpr long kConnectTimeoutMs = 15'000;
constexpr long kRequestTimeoutMs = 120'000;  // a batch of 500 statements to a slow LRS
constexpr std::size_t kLongestBody = 64 * 1024;  // enough for any reason an LRS gives

struct Exchange {
    const CurlLibrary* curl = nullptr;
    std::string body;
    std::optional<Millis> retry_after;
    const std::atomic<bool>* cancel = nullptr;
};

size_t keep_body(char* data, size_t size, size_t count, void* user) {
    auto* exchange = static_cast<Exchange*>(user);
    const size_t bytes = size * count;
    const size_t room = kLongestBody - std::min(kLongestBody, exchange->body.size());
    exchange->body.append(data, std::min(bytes, room));
    return bytes;
}

// Retry-After is seconds or an HTTP date.
size_t read_header(char* data, size_t size, size_t count, void* user) {
    auto* exchange = static_cast<Exchange*>(user);
    const std::string line(data, size * count);
    constexpr std::string_view name = "retry-after:";
    if (line.size() > name.size()) {
        std::string start = line.substr(0, name.size());
        for (char& c : start) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (start == name) {
            std::string value = line.substr(name.size());
            value.erase(0, value.find_first_not_of(" \t"));
            value.erase(value.find_last_not_of(" \t\r\n") + 1);
            if (!value.empty() && value.find_first_not_of("0123456789") == std::string::npos && value.size() < 10) {
                exchange->retry_after = std::stoll(value) * 1000;
            } else if (const time_t at = exchange->curl->getdate(value.c_str(), nullptr); at != -1) {
                exchange->retry_after = std::max<Millis>(0, (static_cast<Millis>(at) - std::time(nullptr)) * 1000);
            }
        }
    }
    return size * count;
}

int check_cancel(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    const auto* exchange = static_cast<Exchange*>(user);
    return exchange->cancel && exchange->cancel->load() ? 1 : 0;
}

bool is_certificate_failure(CURLcode code) {
    return code == CURLE_PEER_FAILED_VERIFICATION || code == CURLE_SSL_ISSUER_ERROR ||
           code == CURLE_SSL_CACERT_BADFILE || code == CURLE_SSL_PINNEDPUBKEYNOTMATCH;
}

struct EasyCleanup {
    const CurlLibrary* curl;
    void operator()(CURL* handle) const { curl->easy_cleanup(handle); }
};
struct ListCleanup {
    const CurlLibrary* curl;
    void operator()(curl_slist* list) const { curl->slist_free_all(list); }
};

}  // namespace

CurlLrsTransport::CurlLrsTransport(const LrsSettings& settings, const std::atomic<bool>* cancel)
    : m_settings(settings), m_cancel(cancel), m_curl(curl_library(m_missing)) {}

LrsResponse CurlLrsTransport::post_statements(const std::string& json_array) {
    return perform(m_settings.endpoint + "statements", &json_array);
}

LrsResponse CurlLrsTransport::get_statement(const std::string& id) {
    std::string escaped = id;
    if (m_curl) {
        std::unique_ptr<CURL, EasyCleanup> handle(m_curl->easy_init(), EasyCleanup{m_curl});
        char* text = handle ? m_curl->easy_escape(handle.get(), id.c_str(), static_cast<int>(id.size())) : nullptr;
        if (text) escaped = text;
        m_curl->free(text);
    }
    return perform(m_settings.endpoint + "statements?statementId=" + escaped, nullptr);
}

LrsResponse CurlLrsTransport::perform(const std::string& url, const std::string* body) const {
    LrsResponse response;
    if (!m_curl) {
        response.failure = m_missing;
        return response;
    }
    std::unique_ptr<CURL, EasyCleanup> handle(m_curl->easy_init(), EasyCleanup{m_curl});
    if (!handle) {
        response.failure = "the network library could not start";
        return response;
    }
    CURL* curl = handle.get();
    Exchange exchange;
    exchange.curl = m_curl;
    exchange.cancel = m_cancel;
    char error[CURL_ERROR_SIZE] = {};
    curl_slist* raw = nullptr;
    raw = m_curl->slist_append(raw, "Content-Type: application/json");
    raw = m_curl->slist_append(raw, "Accept: application/json");
    raw = m_curl->slist_append(raw, ("X-Experience-API-Version: " + m_settings.version).c_str());
    raw = m_curl->slist_append(raw, "Expect:");  // send the body at once, no 100-continue round trip
    std::unique_ptr<curl_slist, ListCleanup> headers(raw, ListCleanup{m_curl});

    m_curl->easy_setopt(curl, CURLOPT_URL, url.c_str());
    // Only https, and http only where lrs.toml allowed it (this machine); never redirected.
    m_curl->easy_setopt(curl, CURLOPT_PROTOCOLS_STR, m_settings.plain_http ? "http" : "https");
    m_curl->easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    m_curl->easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    m_curl->easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    m_curl->easy_setopt(curl, CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BASIC));
    m_curl->easy_setopt(curl, CURLOPT_USERNAME, m_settings.username.c_str());
    m_curl->easy_setopt(curl, CURLOPT_PASSWORD, m_settings.password.c_str());
    m_curl->easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());
    m_curl->easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, kConnectTimeoutMs);
    m_curl->easy_setopt(curl, CURLOPT_TIMEOUT_MS, kRequestTimeoutMs);
    m_curl->easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // safe on the player's worker thread
    m_curl->easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    m_curl->easy_setopt(curl, CURLOPT_WRITEFUNCTION, keep_body);
    m_curl->easy_setopt(curl, CURLOPT_WRITEDATA, &exchange);
    m_curl->easy_setopt(curl, CURLOPT_HEADERFUNCTION, read_header);
    m_curl->easy_setopt(curl, CURLOPT_HEADERDATA, &exchange);
    m_curl->easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, check_cancel);
    m_curl->easy_setopt(curl, CURLOPT_XFERINFODATA, &exchange);
    m_curl->easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    if (body) {
        m_curl->easy_setopt(curl, CURLOPT_POSTFIELDS, body->data());
        m_curl->easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
    }

    const CURLcode code = m_curl->easy_perform(curl);
    if (code != CURLE_OK) {
        response.failure = code == CURLE_ABORTED_BY_CALLBACK ? "Primer stopped before the LRS answered"
                                                             : (error[0] ? error : m_curl->easy_strerror(code));
        response.certificate_refused = is_certificate_failure(code);
        return response;
    }
    long status = 0;
    m_curl->easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.status = static_cast<int>(status);
    response.body = std::move(exchange.body);
    response.retry_after = exchange.retry_after;
    return response;
}

}  // namespace primer
