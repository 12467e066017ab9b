// Shared helpers for the engine tests.
#pragma once

#include "course.hpp"
#include "course_loader.hpp"

#include <filesystem>
#include <string>

namespace primer::test {

// A fresh, empty folder under the system temp dir, removed when the object dies.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

void write_file(const std::filesystem::path& file, const std::string& text);
std::string read_file(const std::filesystem::path& file);  // its bytes; empty when it cannot be read
std::string fixture_path(const std::string& relative);  // under tests/fixtures

// Writes a records database as an older Primer left it: migrated only up to `schema`, then
// `rows_sql` run on it. Throws (failing the test) when either step fails, so a test that
// feeds SQL naming a table the schema lacks can also show that the table is missing.
void store_at_schema(const std::filesystem::path& file, int schema, const std::string& rows_sql);

// Decodes nothing; it accepts files that start like a PNG or a JPEG, which is all the
// loader needs to show that a checker's verdict reaches the author, and reads a PNG's
// size from its header (hotspot regions are checked against it).
class FakeImageChecker : public ImageChecker {
public:
    std::string check(const std::filesystem::path& file) const override;
    std::optional<PixelSize> pixel_size(const std::filesystem::path& file) const override;
};

// A two-module course built in code: m1 = {intro (text), q1 (single-choice: a wrong,
// b right, 2 attempts), wrap (summary)}, m2 = {pic (image), q2 (single-choice: x right,
// y wrong, 1 attempt), end (summary)}.
Course small_course();

// A single-choice assessment question in `pool` whose option "right" is correct and
// "wrong" is not.
Question choice_question(const std::string& id, const std::string& pool);

}  // namespace primer::test
