// Libraries opened on first use must fail with a sentence a person can act on, not a crash.
#include "curl_library.hpp"
#include "shared_library.hpp"

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("A library that is not installed is named in the problem, with what to do") {
    std::string problem;
    CHECK(primer::open_shared_library("libprimer-not-installed.so.7", problem) == nullptr);
    CHECK(problem.find("libprimer-not-installed.so.7 could not be opened") == 0);
    CHECK(problem.find("installing the package that provides it") != std::string::npos);
}

TEST_CASE("A function the library lacks is named, and a present one is found") {
    std::string problem;
    void* libc = primer::open_shared_library("libc.so.6", problem);
    REQUIRE(libc != nullptr);
    int (*to_upper)(int) = nullptr;
    REQUIRE(primer::find_function(libc, "toupper", to_upper, problem));
    CHECK(to_upper('a') == 'A');
    void (*missing)() = nullptr;
    CHECK_FALSE(primer::find_function(libc, "primer_no_such_function", missing, problem));
    CHECK(problem == "the installed library has no primer_no_such_function; it may be too old");
}

TEST_CASE("libcurl opens on first use, once") {
    std::string problem;
    const primer::CurlLibrary* first = primer::curl_library(problem);
    REQUIRE(first != nullptr);
    CHECK(problem.empty());
    CHECK(primer::curl_library(problem) == first);
    CHECK(std::string(first->easy_strerror(CURLE_OK)) == "No error");
}
