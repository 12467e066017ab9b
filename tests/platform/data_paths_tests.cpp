// Records go where the learner's OS expects them, unless a test or kiosk says otherwise.
#include "data_paths.hpp"
#include "scoped_env.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using primer::resolve_data_dir;
using primer::test::ScopedEnv;

TEST_CASE("the data folder: --data-dir, then PRIMER_DATA_DIR, then XDG", "[platform]") {
    ScopedEnv home("HOME", "/home/ada");
    ScopedEnv xdg("XDG_DATA_HOME", nullptr);
    ScopedEnv primer("PRIMER_DATA_DIR", nullptr);
    CHECK(resolve_data_dir("") == "/home/ada/.local/share/primer");
    {
        ScopedEnv custom_xdg("XDG_DATA_HOME", "/data/ada");
        CHECK(resolve_data_dir("") == "/data/ada/primer");
        ScopedEnv from_env("PRIMER_DATA_DIR", "/tmp/records");
        CHECK(resolve_data_dir("") == "/tmp/records");
        CHECK(resolve_data_dir("/kiosk/records") == "/kiosk/records");
    }
}

TEST_CASE("the built-in course is found from a build tree", "[platform]") {
    CHECK(std::filesystem::exists(primer::builtin_course_dir() / "course.toml"));
}
