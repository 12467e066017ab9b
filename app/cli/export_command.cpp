// `primer export --format csv`: completion records for managers and LMS imports, written
// atomically (to FILE.partial, then renamed) so a half-written file is never taken for a
// whole one.
#include "commands.hpp"

#include "args.hpp"
#include "csv_export.hpp"
#include "data_paths.hpp"
#include "time_format.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

namespace primer::cli {

namespace {

constexpr const char* kHelpTop = R"(Usage: primer export --format csv [--preset NAME] [--output FILE] [filters] [--data-dir DIR]

Writes one row per learner per course from the records in the data folder.

  --format csv       RFC 4180, UTF-8, ISO 8601 dates
  --preset NAME      the column layout (default primer):
)";
constexpr const char* kHelpFilters = R"(  --output FILE      write to FILE instead of standard output
  --course ID        only this course
  --organisation X   only learners of this organisation or team
  --status S         completed, in-progress, passed or failed
  --from YYYY-MM-DD  last active on or after this day (UTC)
  --to YYYY-MM-DD    last active before this day (UTC)
)";

std::string help_text() {
    std::string text = kHelpTop;
    for (const CsvPreset& preset : csv_presets())
        text += std::string("                       ") + preset.name + ": " + preset.description + "\n";
    return text + kHelpFilters;
}

// "2026-03-01" -> the millisecond that day starts, UTC.
std::optional<Millis> parse_day(const std::string& text) { return parse_utc(text + "T00:00:00.000Z"); }

}  // namespace

int export_command(const Words& words) {
    const std::string help = help_text();
    ArgSpec spec{{"--format", "--preset", "--output", "--course", "--organisation", "--status", "--from", "--to",
                  "--data-dir"}};
    auto parsed = parse_command(words, spec, "export", help.c_str());
    if (!parsed.args) return parsed.exit_code;
    const Args& args = *parsed.args;

    if (args.value("--format") != "csv") {
        std::cerr << "primer: say which format to export with --format; this version writes csv.\n";
        return 2;
    }
    const CsvPreset* preset = find_csv_preset(args.value("--preset", "primer"));
    if (!preset) {
        std::cerr << "primer: there is no CSV preset '" << args.value("--preset") << "'; run 'primer export --help' "
                  << "for the list.\n";
        return 2;
    }
    ExportFilter filter{args.value("--course"), args.value("--organisation"), args.value("--status")};
    static const std::set<std::string> statuses{"", "completed", "in-progress", "passed", "failed"};
    if (!statuses.count(filter.status)) {
        std::cerr << "primer: --status takes completed, in-progress, passed or failed.\n";
        return 2;
    }
    for (const char* option : {"--from", "--to"}) {
        if (!args.has(option)) continue;
        auto day = parse_day(args.value(option));
        if (!day) {
            std::cerr << "primer: " << option << " takes a date as YYYY-MM-DD, e.g. 2026-03-01.\n";
            return 2;
        }
        (std::string(option) == "--from" ? filter.from : filter.to) = *day;
    }

    std::string error;
    auto store = Store::open(database_path(resolve_data_dir(args.value("--data-dir"))), error);
    if (!store) {
        std::cerr << "primer: " << error << "\n";
        return 1;
    }
    ExportCount count;
    if (!args.has("--output")) {
        if (!write_csv(*store, *preset, filter, std::cout, count)) {
            std::cerr << "primer: " << store->last_error() << "\n";
            return 1;
        }
        return 0;
    }
    const std::filesystem::path output = args.value("--output");
    const std::filesystem::path partial = output.string() + ".partial";
    bool written = false;
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        written = out && write_csv(*store, *preset, filter, out, count) && out.flush();
    }
    std::error_code rename_error;
    if (written) std::filesystem::rename(partial, output, rename_error);
    if (!written || rename_error) {
        std::filesystem::remove(partial, rename_error);
        std::cerr << "primer: the export could not be written to " << output.string() << ". "
                  << (store->last_error().empty() ? "Check the folder exists and there is space." : store->last_error())
                  << "\n";
        return 1;
    }
    std::cerr << "primer: exported " << count.rows << (count.rows == 1 ? " row" : " rows") << " (" << count.signed_rows
              << " signed) to " << output.string() << "\n";
    return 0;
}

}  // namespace primer::cli
