// `primer export`: completion records as CSV for managers and LMS imports, or as xAPI
// statements for an LRS; written atomically (atomic_file.hpp) so a half-written file is
// never taken for a whole one.
#include "commands.hpp"

#include "args.hpp"
#include "atomic_file.hpp"
#include "brand_choice.hpp"
#include "course_loader.hpp"
#include "csv_export.hpp"
#include "data_paths.hpp"
#include "lrs_settings_file.hpp"
#include "filter_args.hpp"
#include "installation_id_file.hpp"
#include "module_export.hpp"
#include "signing.hpp"
#include "xapi_statements.hpp"

#include <filesystem>
#include <functional>
#include <iostream>

namespace primer::cli {

namespace {

constexpr const char* kHelpTop = R"(Usage: primer export --format csv|xapi [options] [filters] [--data-dir DIR]

Writes the records in the data folder for managers, LMS imports and LRSs.

  --format csv       one row per learner per course: RFC 4180, UTF-8, ISO 8601 dates
  --per module       (csv) one row per learner per module of the course in --course-dir,
                     with the columns learner_id, learner_name, organisation, course_id,
                     course_version, module_id, module_title, module_status (not_attempted,
                     in_progress or completed), score_raw, score_max, score_scaled (each
                     graded task's latest result; empty when none), first_activity_at,
                     last_activity_at, time_spent_seconds (within sittings). These rows
                     are not signed (completions are signed per course): verify refuses them.
  --format xapi      xAPI statements (valid for xAPI 1.0.3 and 2.0), one JSON object per
                     line; with --json-array, one JSON array. Statement ids are stable, so
                     exporting again never duplicates; they name the data folder by its
                     installation-id file. Reflections are never included.
  --course-dir DIR   (xapi, --per module) the course the records are from, for names, modules
                     and question definitions (default: the built-in course)
  --activity-base IRI  (xapi) prefix of activity ids (default: activity_base in lrs.toml, else
                     the brand's [xapi], else https://primer.invalid/xapi/activities/)
  --home-page IRL    (xapi) the actors' account home page: your organisation's system of record
                     (default: home_page in lrs.toml, else the brand's [xapi], else
                     https://primer.invalid/learners)
  --brand DIR        (xapi) the brand pack whose [xapi] gives those defaults (default: the
                     one the course names, else Primer's own)
  --preset NAME      (csv) the column layout (default primer):
)";
constexpr const char* kHelpOutput = R"(  --verified-only    (csv) leave out learners whose completion does not match its
                     signature. Without it they are exported as they are; either way
                     standard error says how many and which learners (see primer verify)
  --output FILE      write to FILE instead of standard output
)";

// The sentence on standard error when completions do not match their signatures: the
// rows are never dropped silently, and the manager is told what to do.
void warn_unverified(const ExportCount& count, bool left_out) {
    if (count.unverified_rows == 0) return;
    const bool one = count.unverified_rows == 1;
    std::string learners;
    for (const std::string& id : count.unverified_learners) learners += (learners.empty() ? "" : ", ") + id;
    const long long unnamed = count.unverified_rows - static_cast<long long>(count.unverified_learners.size());
    if (unnamed > 0) learners += " and " + std::to_string(unnamed) + " more";
    std::cerr << "primer: warning: " << count.unverified_rows
              << (one ? " completion does not match its signature (learner "
                      : " completions do not match their signatures (learners ")
              << learners << (one ? "): it was changed after it was signed, so it cannot be trusted. "
                                  : "): they were changed after they were signed, so they cannot be trusted. ")
              << (one ? "It is " : "They are ")
              << (left_out ? "left out of this export (--verified-only). " : "exported as found. ")
              << "Run 'primer verify' on a --preset primer export to see what does not match, and restore the "
              << "records from a backup.\n";
}

std::string help_text() {
    std::string text = kHelpTop;
    for (const CsvPreset& preset : csv_presets())
        text += std::string("                       ") + preset.name + ": " + preset.description + "\n";
    return text + kHelpOutput + kFilterHelp;
}

// The summary line's part on completions that do not match their signatures, if any.
std::string unverified_note(const ExportCount& count, bool left_out) {
    if (count.unverified_rows == 0) return "";
    return ", " + std::to_string(count.unverified_rows) + (left_out ? " left out: not matching" : " not matching") +
           (count.unverified_rows == 1 ? " its signature" : " their signatures");
}

}  // namespace

int export_command(const Words& words) {
    const std::string help = help_text();
    ArgSpec spec{{"--format", "--preset", "--per", "--output", "--data-dir", "--course-dir", "--activity-base",
                  "--home-page", "--brand"},
                 {"--json-array", "--verified-only"}};
    spec.options.insert(kFilterOptions.begin(), kFilterOptions.end());
    auto parsed = parse_command(words, spec, "export", help.c_str());
    if (!parsed.args) return parsed.exit_code;
    const Args& args = *parsed.args;

    const std::string format = args.value("--format");
    if (format != "csv" && format != "xapi") {
        std::cerr << "primer: say which format to export with --format csv or --format xapi.\n";
        return 2;
    }
    const CsvPreset* preset = find_csv_preset(args.value("--preset", "primer"));
    if (format == "csv" && !preset) {
        std::cerr << "primer: there is no CSV preset '" << args.value("--preset") << "'; run 'primer export --help' "
                  << "for the list.\n";
        return 2;
    }
    const bool per_module = args.value("--per", "course") == "module";
    if (!per_module && args.value("--per", "course") != "course") {
        std::cerr << "primer: --per takes course (the default) or module.\n";
        return 2;
    }
    if (per_module && (format != "csv" || args.has("--preset"))) {
        std::cerr << "primer: --per module writes CSV with its own columns; use it with --format csv and "
                  << "without --preset.\n";
        return 2;
    }
    const bool verified_only = args.has("--verified-only");
    if (verified_only && (format != "csv" || per_module)) {
        std::cerr << "primer: --verified-only filters per-course CSV rows, the ones that carry signatures; use it "
                  << "with --format csv and without --per module.\n";
        return 2;
    }
    ExportFilter filter;
    std::string problem;
    if (!filter_from(args, filter, problem)) {
        std::cerr << "primer: " << problem << "\n";
        return 2;
    }

    std::string error;
    const std::filesystem::path data_dir = resolve_data_dir(args.value("--data-dir"));
    auto store = Store::open(database_path(data_dir), error);
    if (!store) {
        std::cerr << "primer: " << error << "\n";
        return 1;
    }

    // Both formats stream into whatever output they are given.
    std::function<bool(std::ostream&, ExportCount&)> write = [&](std::ostream& out, ExportCount& count) {
        return write_csv(*store, *preset, filter, out, count, verified_only);
    };
    std::optional<Course> course;
    if (format == "xapi" || per_module) {
        const std::string course_dir = args.value("--course-dir", builtin_course_dir().string());
        course = load_course(course_dir, nullptr, Checks::Play).course;
        if (!course) {
            std::cerr << "primer: " << course_dir << " has errors; run 'primer validate " << course_dir << "'.\n";
            return 1;
        }
        if (!filter.course.empty() && filter.course != course->id) {
            std::cerr << "primer: --course " << filter.course << " is not the course in " << course_dir << " ("
                      << course->id << "); give that course's folder with --course-dir.\n";
            return 2;
        }
    }
    if (per_module) {
        write = [&](std::ostream& out, ExportCount& count) { return write_module_csv(*store, *course, filter, out, count); };
    }
    XapiSettings settings;
    if (format == "xapi") {
        auto key = SigningKey::load_or_create(signing_key_path(data_dir), error);
        if (!key) {
            std::cerr << "primer: " << error << "\n";
            return 1;
        }
        const std::optional<std::string> installation = load_or_create_installation_id(data_dir, key->key_id(), error);
        if (!installation) {
            std::cerr << "primer: " << error << "\n";
            return 1;
        }
        // The same actors and activity ids as `primer sync` sends, unless the flags say otherwise.
        const LrsSettings brand_defaults = lrs_defaults(choose_brand(
            args.value("--brand"), &*course, [](const std::string& said) { std::cerr << "primer: " << said << "\n"; }));
        LrsSettingsFile lrs = load_lrs_settings(data_dir, brand_defaults);
        for (const Diagnostic& d : lrs.diagnostics.all()) std::cerr << format_diagnostic(d) << "\n";
        if (lrs.present && !lrs.settings) {
            std::cerr << "primer: " << lrs.path.string() << " has errors; fix them, as it gives the home page and "
                      << "activity ids of the statements.\n";
            return 1;
        }
        settings = xapi_settings_from(lrs.settings ? &*lrs.settings : &brand_defaults, args.value("--home-page"),
                                      args.value("--activity-base"), std::string("Primer ") + PRIMER_VERSION,
                                      *installation);
        write = [&](std::ostream& out, ExportCount& count) {
            return write_xapi(*store, *course, filter, settings, args.has("--json-array"), out, count);
        };
    }

    ExportCount count;
    if (!args.has("--output")) {
        if (!write(std::cout, count)) {
            std::cerr << "primer: " << store->last_error() << "\n";
            return 1;
        }
        warn_unverified(count, verified_only);
        return 0;
    }
    const std::filesystem::path output = args.value("--output");
    std::string write_error;
    if (!write_file_atomically(output, [&](std::ostream& out) { return write(out, count); }, FileAccess::Usual,
                               write_error)) {
        std::cerr << "primer: " << (store->last_error().empty() ? write_error : store->last_error()) << "\n";
        return 1;
    }
    warn_unverified(count, verified_only);
    if (per_module)
        std::cerr << "primer: exported " << count.rows << (count.rows == 1 ? " row" : " rows") << " (" << count.learners
                  << (count.learners == 1 ? " learner" : " learners") << " by module, not signed) to " << output.string()
                  << "\n";
    else if (format == "csv")
        std::cerr << "primer: exported " << count.rows << (count.rows == 1 ? " row" : " rows") << " ("
                  << count.signed_rows << " signed" << unverified_note(count, verified_only) << ") to " << output.string()
                  << "\n";
    else
        std::cerr << "primer: exported " << count.rows << " statements for " << count.learners
                  << (count.learners == 1 ? " learner" : " learners") << " to " << output.string() << "\n";
    return 0;
}

}  // namespace primer::cli
