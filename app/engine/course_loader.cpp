#include "course_loader.hpp"
#include "course_library.hpp"
#include "unused_media.hpp"

#include "course_checks.hpp"
#include "course_parser.hpp"
#include "language_check.hpp"
#include "module_parser.hpp"
#include "translation_checks.hpp"
#include "names.hpp"

#include <algorithm>
#include <exception>
#include <system_error>

namespace primer {
namespace {

namespace fs = std::filesystem;

bool is_folder(const fs::path& path) {
    std::error_code error;
    return fs::is_directory(path, error);
}

bool is_file(const fs::path& path) {
    std::error_code error;
    return fs::is_regular_file(path, error);
}

// `path` names a script file itself, or the folder holding `file_name`. `other_file` is
// what the other kind of folder holds, so the hint can tell a course from a module folder.
std::optional<fs::path> find_script(const fs::path& path, const std::string& file_name, const std::string& other_file,
                                    Diagnostics& diagnostics) {
    SourceLoc at{path.string(), 0, 0};
    if (is_file(path)) return path;
    if (!is_folder(path)) {
        diagnostics.error(at, "no such file or folder",
                          "give the folder that holds " + file_name + ", or the file itself");
        return std::nullopt;
    }
    if (is_file(path / file_name)) return path / file_name;
    std::string hint = is_file(path / other_file)
                           ? "this folder holds " + other_file + "; check it as a " +
                                 (other_file == "module.toml" ? "module" : "course") + " instead"
                           : "give the folder that holds " + file_name + ", or the file itself";
    diagnostics.error(at, "there is no " + file_name + " in this folder", std::move(hint));
    return std::nullopt;
}

// Module folders sit directly in the course folder, so a course can be moved or packed as one folder.
bool is_folder_name(const std::string& name) {
    fs::path path(name);
    return !name.empty() && name != "." && name != ".." && path == path.filename() &&
           name.find('\\') == std::string::npos;
}

void load_listed_modules(const std::vector<Located<std::string>>& listed, Course& course, Diagnostics& diagnostics) {
    FirstUse seen;
    std::vector<std::string> existing = entry_names(course.folder, true);
    for (const auto& [name, at] : listed) {
        if (!is_folder_name(name)) {
            diagnostics.error(at, "'" + name + "' is not the name of a folder next to course.toml",
                              "module folders sit beside course.toml; list them by name, e.g. \"01-first-module\"");
            continue;
        }
        if (auto first = seen.see(name, at)) {
            diagnostics.error(at, "module folder '" + name + "' is listed twice",
                              "it is first listed at " + place_name(*first, at) + "; list each module once");
            continue;
        }
        fs::path folder = course.folder / name;
        if (!is_folder(folder)) {
            std::string match = closest_match(name, existing);
            diagnostics.error(at, "module folder '" + name + "' does not exist",
                              match.empty() ? "create a folder '" + name + "' with a module.toml, beside course.toml"
                                            : "did you mean '" + match + "'?");
            continue;
        }
        if (!is_file(folder / "module.toml")) {
            diagnostics.error(at, "module folder '" + name + "' has no module.toml",
                              "each module folder needs a module.toml; modules/README.md shows how to write one");
            continue;
        }
        if (auto module = parse_module_file(folder / "module.toml", diagnostics))
            course.modules.push_back(std::move(*module));
    }
}

// Installed modules sit in the library under their own id (`primer install` puts them there).
void load_library_modules(const std::vector<LibraryModule>& wanted, const fs::path& library, Course& course,
                          Diagnostics& diagnostics) {
    for (const LibraryModule& entry : wanted) {
        if (entry.id.empty()) continue;  // its id was reported already
        const fs::path file = library / entry.id / "module.toml";
        if (library.empty() || !is_file(file)) {
            // An optional module that is not installed is left out; the course plays without it.
            auto report = entry.required ? &Diagnostics::error : &Diagnostics::warning;
            (diagnostics.*report)(entry.where,
                              "module '" + entry.id + "' is not installed in the module library" +
                                  (library.empty() ? "" : " (" + library.string() + ")"),
                              entry.required ? "install its package with 'primer install " + entry.id +
                                                   ".primer', using the same --data-dir as here"
                                             : "it is optional, so the course plays without it; install its "
                                               "package with 'primer install' to add it");
            continue;
        }
        if (auto module = parse_module_file(file, diagnostics)) {
            module->optional = !entry.required;
            course.modules.push_back(std::move(*module));
        }
    }
}

// When course.toml cannot be parsed, its list of modules is unknown; checking every module
// folder anyway still reports all their problems in this one pass.
void load_every_module(Course& course, Diagnostics& diagnostics) {
    for (const std::string& name : entry_names(course.folder, true))
        if (is_file(course.folder / name / "module.toml"))
            if (auto module = parse_module_file(course.folder / name / "module.toml", diagnostics))
                course.modules.push_back(std::move(*module));
}

void load_course_into(const fs::path& path, const ImageChecker* images, Checks checks, const fs::path& library,
                      LoadResult& result) {
    Diagnostics& diagnostics = result.diagnostics;
    std::optional<fs::path> file = find_script(path, "course.toml", "module.toml", diagnostics);
    if (!file) return;
    Course course;
    if (std::optional<CourseFile> parsed = parse_course_file(*file, diagnostics)) {
        course = std::move(parsed->course);
        load_listed_modules(parsed->module_folders, course, diagnostics);
        load_library_modules(parsed->library, library, course, diagnostics);
    } else {
        course.folder = file->parent_path();
        load_every_module(course, diagnostics);
    }
    check_course(course, images, diagnostics);
    if (checks == Checks::All) {
        check_language(course, *file, diagnostics);
        check_translations(course, diagnostics);
        check_unused_media(course, diagnostics);
        if (!diagnostics.has_errors()) check_estimated_minutes(course, diagnostics);
    }
    result.course = std::move(course);
}

// A module checked on its own follows the language and duration settings of the course.toml
// beside its folder, if there is one; that file's own problems show when the course is checked.
void use_settings_of_course_beside(Course& course) {
    fs::path beside = course.folder / ".." / "course.toml";
    if (!is_file(beside)) return;
    Diagnostics ignored;
    if (std::optional<CourseFile> parsed = parse_course_file(beside, ignored)) {
        course.language = parsed->course.language;  // what translations translate from
        course.avoid = std::move(parsed->course.avoid);
        course.duration = parsed->course.duration;
    }
}

void load_module_into(const fs::path& path, const ImageChecker* images, Checks checks, const fs::path&,
                      LoadResult& result) {
    Diagnostics& diagnostics = result.diagnostics;
    std::optional<fs::path> file = find_script(path, "module.toml", "course.toml", diagnostics);
    if (!file) return;
    std::optional<Module> module = parse_module_file(*file, diagnostics);
    if (!module) return;
    Course course;
    course.id = module->id;
    course.title = module->title;
    course.folder = module->folder;
    course.modules.push_back(std::move(*module));
    use_settings_of_course_beside(course);
    check_course(course, images, diagnostics);
    if (checks == Checks::All) {
        check_language(course, {}, diagnostics);
        check_translations(course, diagnostics);
        check_unused_media(course, diagnostics);
    }
    result.course = std::move(course);
}

// The parsers report content problems as diagnostics and catch toml++'s exceptions;
// this net only keeps a bug of ours (or an allocation failure) from crossing the API.
template <class Load>
LoadResult guarded(const fs::path& path, const ImageChecker* images, Checks checks, const fs::path& library,
                   Load load) {
    LoadResult result;
    try {
        load(path, images, checks, library, result);
    } catch (const std::exception& error) {
        result.diagnostics.error({path.string(), 0, 0}, std::string("could not load this: ") + error.what(),
                                 "this is a fault in Primer, not in the course; please report it");
    }
    result.diagnostics.sort();
    if (result.diagnostics.has_errors()) result.course.reset();
    return result;
}

}  // namespace

LoadResult load_course(const std::filesystem::path& path, const ImageChecker* images, Checks checks) {
    return guarded(path, images, checks, {}, load_course_into);
}

LoadResult load_course_with_library(const std::filesystem::path& path, const std::filesystem::path& library,
                                    const ImageChecker* images, Checks checks) {
    return guarded(path, images, checks, library, load_course_into);
}

LoadResult load_module(const std::filesystem::path& path, const ImageChecker* images, Checks checks) {
    return guarded(path, images, checks, {}, load_module_into);
}

LoadResult load_course_or_module_with_library(const std::filesystem::path& path, const std::filesystem::path& library,
                                              const ImageChecker* images, Checks checks) {
    bool module = path.filename() == "module.toml" ||
                  (is_folder(path) && is_file(path / "module.toml") && !is_file(path / "course.toml"));
    return module ? load_module(path, images, checks) : load_course_with_library(path, library, images, checks);
}

LoadResult load_course_or_module(const std::filesystem::path& path, const ImageChecker* images, Checks checks) {
    return load_course_or_module_with_library(path, {}, images, checks);
}

}  // namespace primer
