#include "curl_library.hpp"

#include "shared_library.hpp"

namespace primer {
namespace {

struct Opened {
    CurlLibrary curl;
    bool ok = false;
    std::string problem;
};

Opened open_curl() {
    Opened opened;
    void* library = open_shared_library("libcurl.so.4", opened.problem);
    if (!library) return opened;
    CurlLibrary& c = opened.curl;
    decltype(&curl_global_init) global_init = nullptr;
    std::string& problem = opened.problem;
    opened.ok = find_function(library, "curl_global_init", global_init, problem) &&
                find_function(library, "curl_easy_init", c.easy_init, problem) &&
                find_function(library, "curl_easy_setopt", c.easy_setopt, problem) &&
                find_function(library, "curl_easy_perform", c.easy_perform, problem) &&
                find_function(library, "curl_easy_getinfo", c.easy_getinfo, problem) &&
                find_function(library, "curl_easy_cleanup", c.easy_cleanup, problem) &&
                find_function(library, "curl_easy_escape", c.easy_escape, problem) &&
                find_function(library, "curl_easy_strerror", c.easy_strerror, problem) &&
                find_function(library, "curl_free", c.free, problem) &&
                find_function(library, "curl_getdate", c.getdate, problem) &&
                find_function(library, "curl_slist_append", c.slist_append, problem) &&
                find_function(library, "curl_slist_free_all", c.slist_free_all, problem);
    // Once, before any other thread uses libcurl, as its documentation requires.
    if (opened.ok && global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        opened.ok = false;
        opened.problem = "libcurl could not start";
    }
    return opened;
}

}  // namespace

const CurlLibrary* curl_library(std::string& problem) {
    static const Opened opened = open_curl();  // thread-safe, and tried once
    if (!opened.ok) problem = opened.problem;
    return opened.ok ? &opened.curl : nullptr;
}

}  // namespace primer
