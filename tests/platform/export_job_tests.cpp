// The manager view's export on a worker thread: the file it writes is exactly what
// write_csv gives for the same filter, its progress ends at every learner, and a bad
// destination is reported in a sentence without a half-written file.
#include "export_job.hpp"
#include "signing.hpp"
#include "../engine/test_support.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

using namespace primer;
namespace fs = std::filesystem;
using Catch::Matchers::Contains;

namespace {

void add_learners(const fs::path& database, int count) {
    std::string error;
    auto store = Store::open(database, error);
    REQUIRE(store);
    for (int i = 0; i < count; ++i) {
        const std::string id = "L-" + std::to_string(100 + i);
        REQUIRE(store->save_learner(Learner{id, "Learner " + id, i % 2 ? "North" : "West", 1}));
        Progress progress;
        progress.course_id = "course";
        progress.course_version = "1";
        progress.started_at = 1'772'323'200'000;
        progress.updated_at = progress.started_at + i;
        progress.completed_at = i % 3 ? progress.updated_at : 0;
        REQUIRE(store->record(id, progress, {}));
    }
}

WorkerProgress wait_for(const ExportJob& job) {
    for (int waited = 0; waited < 1000 && job.status().running; ++waited)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return job.status();
}

}  // namespace

TEST_CASE("The export worker writes what write_csv writes, and says where", "[export]") {
    test::TempDir dir;
    add_learners(dir / "primer.sqlite3", 40);
    const ExportFilter filter{"course", "North", "", 0, 0};
    ExportJob job;
    const fs::path output = dir / "exports" / "north.csv";
    REQUIRE(job.start(ExportRequest{dir / "primer.sqlite3", output, "primer", filter, nullptr, {}, {}}));
    const WorkerProgress status = wait_for(job);
    REQUIRE(status.finished);
    INFO(status.message);
    CHECK(status.succeeded);
    CHECK(status.total == 20);
    CHECK(status.done == 20);
    CHECK_THAT(status.message, Contains("Exported 20 rows to " + output.string()));

    std::string error;
    auto store = Store::open(dir / "primer.sqlite3", error);
    std::ostringstream expected;
    ExportCount count;
    REQUIRE(write_csv(*store, *find_csv_preset("primer"), filter, expected, count));
    CHECK(test::read_file(output) == expected.str());

    // A preset of completions only counts only the completed learners.
    REQUIRE(job.start(ExportRequest{dir / "primer.sqlite3", dir / "totara.csv", "totara", filter, nullptr, {}, {}}));
    const WorkerProgress totara = wait_for(job);
    CHECK(totara.succeeded);
    CHECK(totara.total == totara.done);
    CHECK(totara.total == 13);  // of the 20 in North, those with i % 3 != 0
}

TEST_CASE("An export that cannot be written says so and leaves no partial file", "[export]") {
    test::TempDir dir;
    add_learners(dir / "primer.sqlite3", 3);
    std::ofstream(dir / "a-file") << "in the way";
    ExportJob job;
    const fs::path output = dir / "a-file" / "export.csv";  // a folder that is a file
    REQUIRE(job.start(ExportRequest{dir / "primer.sqlite3", output, "primer", {}, nullptr, {}, {}}));
    const WorkerProgress status = wait_for(job);
    CHECK(status.finished);
    CHECK_FALSE(status.succeeded);
    CHECK_THAT(status.message, Contains(output.string()));
    CHECK_FALSE(fs::exists(output.string() + ".partial"));
}

TEST_CASE("An export that cannot be made (no installation id) fails with its reason and writes nothing", "[export]") {
    test::TempDir dir;
    add_learners(dir / "primer.sqlite3", 2);
    ExportJob job;
    const fs::path output = dir / "statements.jsonl";
    const std::string reason = (dir / "installation-id").string() + " does not hold an installation id.";
    REQUIRE(job.start(ExportRequest{dir / "primer.sqlite3", output, "xapi", {}, nullptr, {}, reason}));
    const WorkerProgress status = wait_for(job);
    CHECK(status.finished);
    CHECK_FALSE(status.succeeded);
    CHECK(status.message == reason);
    CHECK_FALSE(fs::exists(output));
}

TEST_CASE("Default export names sort by time and never collide within a second", "[export]") {
    const fs::path first = default_export_path("exports", "family-environment", "totara", 1'772'323'200'123);
    const fs::path second = default_export_path("exports", "family-environment", "xapi", 1'772'323'200'456);
    CHECK(first == fs::path("exports/primer-family-environment-totara-2026-03-01T000000.123Z.csv"));
    CHECK(second.filename() == "primer-family-environment-xapi-2026-03-01T000000.456Z.jsonl");
}
