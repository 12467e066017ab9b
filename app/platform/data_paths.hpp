// Where Primer keeps learners' records and finds its built-in course, following each
// operating system's conventions (XDG on Linux). The only place that reads them.
#pragma once

#include <filesystem>
#include <string>

namespace primer {

// --data-dir, else $PRIMER_DATA_DIR, else the OS's per-user data folder.
std::filesystem::path resolve_data_dir(const std::string& from_command_line);

// The built-in course: installed beside the binary (../share/primer/modules), else the
// source tree it was built from.
std::filesystem::path builtin_course_dir();

// The default brand, found the same way (../share/primer/brand, else the source tree's assets/brand).
std::filesystem::path default_brand_dir();

// The player's own words, one file per language (../share/primer/locales, else assets/locales).
std::filesystem::path locales_dir();

}  // namespace primer
