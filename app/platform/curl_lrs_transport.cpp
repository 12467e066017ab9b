#include "curl_lrs_transport.hpp"

#include <curl/curl.h>

#include <cctype>
#include <ctime>
#include <memory>
#include <mutex>

namespace primer {
namespace {

constexpr long kConnectTimeoutMs = 15'000;
constexpr long kRequestTimeoutMs = 120'000;  // a batch of 500 statements to a slow LRS
constexpr std::size_t kLongestBody = 64 * 1024;  // enough for any reason an LRS gives

struct Exchange {
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
            } else if (const time_t at = curl_getdate(value.c_str(), nullptr); at != -1) {
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
    void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct ListCleanup {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

}  // namespace

CurlLrsTransport::CurlLrsTransport(const LrsSettings& settings, const std::atomic<bool>* cancel)
    : m_settings(settings), m_cancel(cancel) {
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

LrsResponse CurlLrsTransport::post_statements(const std::string& json_array) {
    return perform(m_settings.endpoint + "statements", &json_array);
}

LrsResponse CurlLrsTransport::get_statement(const std::string& id) {
    std::unique_ptr<CURL, EasyCleanup> curl(curl_easy_init());
    std::string escaped = id;
    if (curl) {
        char* text = curl_easy_escape(curl.get(), id.c_str(), static_cast<int>(id.size()));
        if (text) escaped = text;
        curl_free(text);
    }
    return perform(m_settings.endpoint + "statements?statementId=" + escaped, nullptr);
}

LrsResponse CurlLrsTransport::perform(const std::string& url, const std::string* body) const {
    LrsResponse response;
    std::unique_ptr<CURL, EasyCleanup> handle(curl_easy_init());
    if (!handle) {
        response.failure = "the network library could not start";
        return response;
    }
    CURL* curl = handle.get();
    Exchange exchange;
    exchange.cancel = m_cancel;
    char error[CURL_ERROR_SIZE] = {};
    curl_slist* raw = nullptr;
    raw = curl_slist_append(raw, "Content-Type: application/json");
    raw = curl_slist_append(raw, "Accept: application/json");
    raw = curl_slist_append(raw, ("X-Experience-API-Version: " + m_settings.version).c_str());
    raw = curl_slist_append(raw, "Expect:");  // send the body at once, no 100-continue round trip
    std::unique_ptr<curl_slist, ListCleanup> headers(raw);

    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    // Only https, and http only where lrs.toml allowed it (this machine); never redirected.
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, m_settings.plain_http ? "http" : "https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BASIC));
    curl_easy_setopt(curl, CURLOPT_USERNAME, m_settings.username.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, m_settings.password.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, kConnectTimeoutMs);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, kRequestTimeoutMs);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // safe on the player's worker thread
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, keep_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, read_header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, check_cancel);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    if (body) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body->data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
    }

    const CURLcode code = curl_easy_perform(curl);
    if (code != CURLE_OK) {
        response.failure = code == CURLE_ABORTED_BY_CALLBACK ? "Primer stopped before the LRS answered"
                                                             : (error[0] ? error : curl_easy_strerror(code));
        response.certificate_refused = is_certificate_failure(code);
        return response;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.status = static_cast<int>(status);
    response.body = std::move(exchange.body);
    response.retry_after = exchange.retry_after;
    return response;
}

}  // namespace primer
