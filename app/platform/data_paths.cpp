#include "data_paths.hpp"

#include <cstdlib>
#include <system_error>

namespace primer {

namespace {

std::filesystem::path env_path(const char* name) {
    const char* value = std::getenv(name);
    return value && *value ? std::filesystem::path(value) : std::filesystem::path();
}

std::filesystem::path os_data_home() {
#if defined(_WIN32)
    return env_path("APPDATA") / "Primer";
#elif defined(__APPLE__)
    return env_path("HOME") / "Library" / "Application Support" / "Primer";
#else
    auto xdg = env_path("XDG_DATA_HOME");
    if (!xdg.empty()) return xdg / "primer";
    return env_path("HOME") / ".local" / "share" / "primer";
#endif
}

std::filesystem::path executable_dir() {
    std::error_code error;
#if defined(__linux__)
    auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) return exe.parent_path();
#endif
    return std::filesystem::current_path(error);
}

}  // namespace

std::filesystem::path resolve_data_dir(const std::string& from_command_line) {
    if (!from_command_line.empty()) return from_command_line;
    auto from_env = env_path("PRIMER_DATA_DIR");
    return from_env.empty() ? os_data_home() : from_env;
}

std::filesystem::path builtin_course_dir() {
    std::error_code error;
    auto installed = executable_dir() / ".." / "share" / "primer" / "modules";
    if (std::filesystem::exists(installed / "course.toml", error)) return installed.lexically_normal();
    return PRIMER_SOURCE_MODULES;
}

std::filesystem::path default_brand_dir() {
    std::error_code error;
    auto installed = executable_dir() / ".." / "share" / "primer" / "brand";
    if (std::filesystem::exists(installed / "brand.toml", error)) return installed.lexically_normal();
    return PRIMER_SOURCE_BRAND;
}

std::filesystem::path locales_dir() {
    std::error_code error;
    auto installed = executable_dir() / ".." / "share" / "primer" / "locales";
    if (std::filesystem::exists(installed / "en.toml", error)) return installed.lexically_normal();
    return PRIMER_SOURCE_LOCALES;
}

}  // namespace primer
