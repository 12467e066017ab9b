// `primer preview`'s watcher: a save anywhere in the tree, including a folder made after
// watching began, is reported once the burst of writes has settled, and never before.
#include "folder_watcher.hpp"
#include "../engine/test_support.hpp"

#include <catch2/catch.hpp>

#include <condition_variable>
#include <mutex>

using namespace primer;
using test::TempDir;
using test::write_file;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

class ChangeCounter {
public:
    void changed() {
        std::lock_guard lock(m_mutex);
        ++m_count;
        m_wake.notify_all();
    }
    // Waits up to five seconds for the count to reach `count`.
    bool reaches(int count) {
        std::unique_lock lock(m_mutex);
        return m_wake.wait_for(lock, 5s, [&] { return m_count >= count; });
    }
    int count() {
        std::lock_guard lock(m_mutex);
        return m_count;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    int m_count = 0;
};

}  // namespace

TEST_CASE("A save in the watched tree is reported once, after the burst settles", "[preview]") {
    TempDir dir;
    fs::create_directories(dir.path() / "01-intro");
    ChangeCounter counter;
    std::string error;
    auto watcher = FolderWatcher::start(dir.path(), [&] { counter.changed(); }, error, 200ms);
    REQUIRE(watcher);
    CHECK(error.empty());

    // An editor's save: a temporary file, renamed over the real one, then a second write.
    write_file(dir.path() / "01-intro" / ".module.toml.swp", "title = \"Intro\"\n");
    fs::rename(dir.path() / "01-intro" / ".module.toml.swp", dir.path() / "01-intro" / "module.toml");
    write_file(dir.path() / "01-intro" / "module.toml", "title = \"Introduction\"\n");
    REQUIRE(counter.reaches(1));
    std::this_thread::sleep_for(400ms);
    CHECK(counter.count() == 1);

    SECTION("a folder made after watching began is watched too") {
        fs::create_directories(dir.path() / "02-new");
        REQUIRE(counter.reaches(2));
        write_file(dir.path() / "02-new" / "module.toml", "title = \"New\"\n");
        CHECK(counter.reaches(3));
    }
    SECTION("deleting a file is a change") {
        fs::remove(dir.path() / "01-intro" / "module.toml");
        CHECK(counter.reaches(2));
    }
}

TEST_CASE("Nothing is reported while the tree is untouched, and stopping is prompt", "[preview]") {
    TempDir dir;
    ChangeCounter counter;
    std::string error;
    auto watcher = FolderWatcher::start(dir.path(), [&] { counter.changed(); }, error, 50ms);
    REQUIRE(watcher);
    std::this_thread::sleep_for(300ms);
    CHECK(counter.count() == 0);
    const auto before = std::chrono::steady_clock::now();
    watcher.reset();
    CHECK(std::chrono::steady_clock::now() - before < 1s);
}

TEST_CASE("A path that is not a folder cannot be watched, and says so", "[preview]") {
    TempDir dir;
    write_file(dir.path() / "course.toml", "");
    std::string error;
    CHECK_FALSE(FolderWatcher::start(dir.path() / "course.toml", [] {}, error));
    CHECK(error == "cannot watch " + (dir.path() / "course.toml").string() + " for changes: it is not a folder.");
    CHECK_FALSE(FolderWatcher::start(dir.path() / "missing", [] {}, error));
}
