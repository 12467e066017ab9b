// Records go where the learner's OS expects them, unless a test or kiosk says otherwise.
#include "data_paths.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using primer::resolve_data_dir;

namespace {

// Sets an environment variable for one scope and puts the old value back.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : m_name(name) {
        if (const char* old = std::getenv(name)) m_old = old, m_had = true;
        if (value) setenv(name, value, 1); else unsetenv(name);
    }
    ~ScopedEnv() {
        if (m_had) setenv(m_name, m_old.c_str(), 1); else unsetenv(m_name);
    }

private:
    const char* m_name;
    std::string m_old;
    bool m_had = false;
};

}  // namespace

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
