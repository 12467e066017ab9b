// Export throughput and memory: generates LEARNERS synthetic learners' records in a fresh
// data folder (timed on its own), then runs `primer export` as a child process, as a
// manager would, for the signed CSV, an LMS preset, per-module rows and xAPI statements,
// each written to a real file. For each it prints rows (or statements) per second and the
// child's peak RSS as /usr/bin/time reports it (its "Maximum resident set size"): the
// export runs under /usr/bin/time, not straight from here, because a child forked from
// this process would inherit the generator's high-water mark. xAPI covers one team, about XAPI_LEARNERS learners, out of all of them
// (`--organisation`), because its output is ~20 statements a learner; the number measured
// is printed, nothing is extrapolated.
// Usage: primer_export_bench PRIMER COURSE_DIR WORK_DIR [LEARNERS=1000000] [XAPI_LEARNERS=100000]
#include "course_loader.hpp"
#include "export_bench_records.hpp"
#include "store.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

struct ChildRun {
    bool ok = false;
    double wall = 0;        // seconds
    double cpu = 0;         // user + system seconds
    double peak_rss = 0;    // MiB
    std::string said;       // what it wrote to standard error
};

// Runs WORDS under /usr/bin/time with standard output to /dev/null and standard error
// kept in LOG, and waits.
ChildRun run_child(const std::vector<std::string>& words, const fs::path& log) {
    const fs::path timing = log.string() + ".time";
    std::vector<std::string> timed = {"/usr/bin/time", "-f", "%e %U %S %M", "-o", timing.string()};
    timed.insert(timed.end(), words.begin(), words.end());
    std::vector<char*> argv;
    for (const std::string& word : timed) argv.push_back(const_cast<char*>(word.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&files, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ChildRun run;
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &files, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    if (spawned != 0) return run;
    int status = 0;
    waitpid(pid, &status, 0);
    std::ifstream in(log);
    std::getline(in, run.said, '\0');
    // "%e %U %S %M": wall seconds, user and system CPU seconds, peak RSS in KiB.
    double user = 0, system = 0, rss_kib = 0;
    std::ifstream figures(timing);
    std::string line, last;
    while (std::getline(figures, line))
        if (!line.empty()) last = line;  // after any "Command exited with non-zero status"
    std::istringstream(last) >> run.wall >> user >> system >> rss_kib;
    run.cpu = user + system;
    run.peak_rss = rss_kib / 1024.0;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && rss_kib > 0;
    return run;
}

// A number in primer's summary ("exported 3148 statements for 200 learners"); -1 if none.
long long summary_number(const std::string& said, const char* pattern) {
    std::smatch found;
    return std::regex_search(said, found, std::regex(pattern)) ? std::stoll(found[1]) : -1;
}

std::string mib(std::uintmax_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return text;
}

struct Export {
    const char* label;
    const char* file;
    std::vector<std::string> options;
    const char* unit;  // "rows" or "statements"
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s PRIMER COURSE_DIR WORK_DIR [LEARNERS=1000000] [XAPI_LEARNERS=100000]\n", argv[0]);
        return 2;
    }
    const std::string primer = fs::absolute(argv[1]).string();
    const std::string course_dir = argv[2];
    const fs::path work = argv[3];
    const long long learners = argc > 4 ? std::atoll(argv[4]) : 1'000'000;
    const long long xapi_learners = argc > 5 ? std::atoll(argv[5]) : 100'000;
    const int teams = static_cast<int>(std::max(1LL, learners / std::max(1LL, xapi_learners)));
    const fs::path data = work / "data";
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each figure as soon as it is measured

    auto loaded = primer::load_course(course_dir, nullptr, primer::Checks::Play);
    if (!loaded.course) {
        std::fprintf(stderr, "%s has errors; run 'primer validate %s'.\n", course_dir.c_str(), course_dir.c_str());
        return 1;
    }
    std::error_code ignored;
    fs::remove_all(data, ignored);
    fs::create_directories(work);
    std::printf("export benchmark: %lld learners in course %s, %u cores\n", learners, loaded.course->id.c_str(),
                std::thread::hardware_concurrency());

    primer::bench::GeneratedRecords made;
    std::string error;
    const auto start = Clock::now();
    if (!primer::bench::generate_records(*loaded.course, data, learners, teams, made, error)) {
        std::fprintf(stderr, "could not generate the records: %s\n", error.c_str());
        return 1;
    }
    std::printf("  generate: %lld learners, %lld signed completions, %lld events, %lld answers, %lld sittings in %.1f s "
                "(not part of any export below); record file %s\n",
                made.learners, made.completions, made.events, made.answers, made.sittings, seconds_since(start),
                mib(fs::file_size(primer::database_path(data))).c_str());

    const ChildRun idle = run_child({primer, "--version"}, work / "version.log");
    std::printf("  primer --version, for scale: peak RSS %.1f MiB\n", idle.peak_rss);

    const std::vector<Export> exports = {
        {"csv, preset primer (signed)", "primer.csv", {"--format", "csv"}, "rows"},
        {"csv, preset totara (completed only)", "totara.csv", {"--format", "csv", "--preset", "totara"}, "rows"},
        {"csv, --per module", "modules.csv", {"--format", "csv", "--per", "module", "--course-dir", course_dir}, "rows"},
        {"xapi, JSON Lines, one team", "statements.jsonl",
         {"--format", "xapi", "--course-dir", course_dir, "--organisation", "Team 0"}, "statements"},
    };
    bool all_ok = idle.ok;
    for (const Export& e : exports) {
        std::vector<std::string> words = {primer, "export", "--data-dir", data.string()};
        words.insert(words.end(), e.options.begin(), e.options.end());
        words.insert(words.end(), {"--output", (work / e.file).string()});
        const ChildRun run = run_child(words, work / (std::string(e.file) + ".log"));
        const long long rows = summary_number(run.said, "exported ([0-9]+)");
        const long long of_learners = summary_number(run.said, "([0-9]+) learners?");
        if (!run.ok || rows < 0) {
            std::printf("  %s: FAILED: %s\n", e.label, run.said.c_str());
            all_ok = false;
            continue;
        }
        std::printf("  %-36s %9lld %s", e.label, rows, e.unit);
        if (of_learners >= 0) std::printf(" for %lld learners", of_learners);
        std::printf(" in %.2f s = %.0f %s/s; %s written; peak RSS %.1f MiB; CPU %.2f s\n", run.wall,
                    static_cast<double>(rows) / run.wall, e.unit, mib(fs::file_size(work / e.file)).c_str(),
                    run.peak_rss, run.cpu);
    }
    std::fflush(stdout);
    return all_ok ? 0 : 1;
}
