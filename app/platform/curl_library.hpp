// libcurl's functions, from a library opened the first time Primer talks to an LRS (see
// shared_library.hpp for why it is not linked).
#pragma once

#include <curl/curl.h>

#include <string>

namespace primer {

struct CurlLibrary {
    decltype(&curl_easy_init) easy_init = nullptr;
    decltype(&curl_easy_setopt) easy_setopt = nullptr;
    decltype(&curl_easy_perform) easy_perform = nullptr;
    decltype(&curl_easy_getinfo) easy_getinfo = nullptr;
    decltype(&curl_easy_cleanup) easy_cleanup = nullptr;
    decltype(&curl_easy_escape) easy_escape = nullptr;
    decltype(&curl_easy_strerror) easy_strerror = nullptr;
    decltype(&curl_free) free = nullptr;
    decltype(&curl_getdate) getdate = nullptr;
    decltype(&curl_slist_append) slist_append = nullptr;
    decltype(&curl_slist_free_all) slist_free_all = nullptr;
};

// libcurl, opened and globally initialised once; null, with `problem` saying why, when it
// is not installed.
const CurlLibrary* curl_library(std::string& problem);

}  // namespace primer
