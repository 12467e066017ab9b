// Courses that add installed modules from the module library with [[library]] blocks:
// where they are found, and what a missing one means.
#include "course_library.hpp"
#include "runtime.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace primer;

namespace {

const char* kModule = R"(id = "extra"
title = "Extra"

[[screen]]
id = "only"
kind = "text"
title = "Only"
body = "Text."
)";

std::string course_adding(const char* library_blocks) {
    return std::string(R"(format = 1
id = "c"
title = "C"
version = "1"
modules = ["m"]
)") + library_blocks;
}

void write_course(const test::TempDir& folder, const std::string& course_toml) {
    test::write_file(folder / "course/course.toml", course_toml);
    test::write_file(folder / "course/m/module.toml", std::string(kModule).replace(6, 5, "first"));
}

}  // namespace

TEST_CASE("library modules load from the library, after the listed ones", "[library]") {
    test::TempDir folder;
    write_course(folder, course_adding("[[library]]\nid = \"extra\"\nrequired = false\n"));
    test::write_file(folder / "lib/extra/module.toml", kModule);

    LoadResult loaded = load_course_with_library(folder / "course", folder / "lib");
    REQUIRE(loaded.course);
    REQUIRE(loaded.course->modules.size() == 2);
    CHECK(loaded.course->modules[0].id == "first");
    CHECK(loaded.course->modules[1].id == "extra");
    CHECK(loaded.course->modules[1].folder == folder / "lib/extra");
}

TEST_CASE("a library module that is not installed: an error when required, a warning when optional", "[library]") {
    test::TempDir folder;
    const std::filesystem::path library = folder / "lib";
    write_course(folder, course_adding("[[library]]\nid = \"extra\"\n"));
    LoadResult required = load_course_with_library(folder / "course", library);
    CHECK_FALSE(required.course);
    REQUIRE(required.diagnostics.all().size() == 1);
    CHECK(format_diagnostic(required.diagnostics.all()[0]) ==
          (folder / "course/course.toml").string() + ":7:6: error: module 'extra' is not installed in the module library (" +
              library.string() + ")\n    hint: install its package with 'primer install extra.primer', using the same "
                                 "--data-dir as here");

    write_course(folder, course_adding("[[library]]\nid = \"extra\"\nrequired = false\n"));
    LoadResult optional = load_course_with_library(folder / "course", library);
    REQUIRE(optional.course);
    CHECK(optional.course->modules.size() == 1);
    CHECK(optional.diagnostics.warning_count() == 1);
}

TEST_CASE("an installed optional module never stands between a learner and completing", "[library]") {
    test::TempDir folder;
    write_course(folder, course_adding("[[library]]\nid = \"extra\"\nrequired = false\n"));
    test::write_file(folder / "lib/extra/module.toml", kModule);
    LoadResult loaded = load_course_with_library(folder / "course", folder / "lib");
    REQUIRE(loaded.course);
    const Course& course = *loaded.course;
    CHECK_FALSE(course.modules[0].optional);
    CHECK(course.modules[1].optional);

    Progress progress = new_progress(course, 1000, 1);
    Outcome started = apply(course, progress, Start{}, 2000);
    REQUIRE(started.progress.current == "first/only");
    // Reading the one listed module's only screen completes the course; "extra" is untouched.
    CHECK(started.progress.completed_at == 2000);
    CHECK(module_status(course.modules[1], started.progress) == ModuleStatus::NotStarted);
}
