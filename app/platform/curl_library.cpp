#include "curl_library.hpp"

#include "shared_library.hpp"

namespace primer {
namespace {

bool find_curl(void* library, CurlLibrary& c, std::string& problem) {
    decltype(&curl_global_init) global_init = nullptr;
    if (!(find_function(library, "curl_global_init", global_init, problem) &&
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
          find_function(library, "curl_slist_free_all", c.slist_free_all, problem)))
        return false;
    // Once, before any thread uses libcurl, as its documentation requires: this runs once.
    if (global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK) return true;
    problem = "libcurl could not start";
    return false;
}

}  // namespace

const CurlLibrary* curl_library(std::string& problem) {
    return library_functions<CurlLibrary>("libcurl.so.4", find_curl, problem);
}

}  // namespace primer
