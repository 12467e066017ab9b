// course.toml into a Course's own fields, plus the module folders it lists.
#pragma once

#include "course.hpp"
#include "diagnostics.hpp"
#include "toml_reader.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace primer {

// A [[library]] block: a module installed with `primer install`, found in the data
// folder's module library.
struct LibraryModule {
    std::string id;
    bool required = true;
    SourceLoc where;
};

struct CourseFile {
    Course course;  // everything but the modules
    std::vector<Located<std::string>> module_folders;
    std::vector<LibraryModule> library;
};

// `file` is named in diagnostics exactly as given; the course folder is its folder.
// nullopt when the file cannot be read or is not valid TOML.
std::optional<CourseFile> parse_course_file(const std::filesystem::path& file, Diagnostics& diagnostics);

// One [[support]] block (course.toml's, and a brand's).
SupportContact read_support(TableReader& block);

}  // namespace primer
