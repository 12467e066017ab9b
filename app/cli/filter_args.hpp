// The filters `primer export` and `primer report` share, read the same way by both, so the
// report summarises exactly the learners an export with the same options holds.
#pragma once

#include "args.hpp"
#include "csv_export.hpp"

#include <string>

namespace primer::cli {

// The options filter_from reads, and their --help lines.
inline const std::set<std::string> kFilterOptions = {"--course", "--organisation", "--status", "--from", "--to"};
inline constexpr const char* kFilterHelp = R"(  --course ID        only this course
  --organisation X   only learners of this organisation or team
  --status S         completed, in-progress, passed or failed
  --from YYYY-MM-DD  last active on or after this day (UTC)
  --to YYYY-MM-DD    last active before this day (UTC)
)";

// False, with a sentence in `problem`, when a status or a date cannot be read.
bool filter_from(const Args& args, ExportFilter& filter, std::string& problem);

}  // namespace primer::cli
