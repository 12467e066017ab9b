#include "filter_args.hpp"

#include "time_format.hpp"

namespace primer::cli {

bool filter_from(const Args& args, ExportFilter& filter, std::string& problem) {
    filter = ExportFilter{args.value("--course"), args.value("--organisation"), args.value("--status")};
    static const std::set<std::string> statuses{"", "completed", "in-progress", "passed", "failed"};
    if (!statuses.count(filter.status)) {
        problem = "--status takes completed, in-progress, passed or failed.";
        return false;
    }
    for (const char* option : {"--from", "--to"}) {
        if (!args.has(option)) continue;
        // "2026-03-01" -> the millisecond that day starts, UTC.
        auto day = parse_utc(args.value(option) + "T00:00:00.000Z");
        if (!day) {
            problem = std::string(option) + " takes a date as YYYY-MM-DD, e.g. 2026-03-01.";
            return false;
        }
        (std::string(option) == "--from" ? filter.from : filter.to) = *day;
    }
    return true;
}

}  // namespace primer::cli
