// `primer sync`: sends the records in the data folder to the organisation's LRS, as
// configured in lrs.toml there, and says what was sent, what waits and what was set aside.
#include "commands.hpp"

#include "args.hpp"
#include "brand_choice.hpp"
#include "course_loader.hpp"
#include "data_paths.hpp"
#include "installation_id_file.hpp"
#include "lrs_settings_file.hpp"
#include "lrs_sync_job.hpp"
#include "signing.hpp"
#include "time_format.hpp"

#include <iostream>

namespace primer::cli {

namespace {

constexpr const char* kHelp = R"(Usage: primer sync [--status] [--data-dir DIR] [--course-dir DIR] [--brand DIR]

Sends the learners' xAPI statements to your organisation's LRS, as set in lrs.toml in the
data folder (see README.md, "Sending records to an LRS"). Each statement is queued once in
the outbox, exactly as first written, and sent in batches; one the LRS refuses as invalid
is quarantined with its reason and the rest are sent. Without a network the statements
wait in the outbox; sync again later. Passwords are never printed. Statement ids name the
data folder by its installation-id file (see README.md), so never copy a data folder.

  --status           show the outbox (queueing new statements) without sending
  --course-dir DIR   the course the records are from (default: the built-in course)
  --brand DIR        the brand pack whose [xapi] and [lrs] give what lrs.toml leaves out
                     (default: the one the course names, else Primer's own)
  --data-dir DIR     the data folder with the records and lrs.toml

Exit status: 0 everything is sent; 1 lrs.toml, the records or the course could not be
used; 3 statements wait because the LRS could not be reached or asked to wait; 4 this run
quarantined or rejected statements (the rest were sent); 5 the LRS refused the credentials,
permissions or address, or its certificate could not be verified.
)";

constexpr int kWaiting = 3;
constexpr int kSetAside = 4;
constexpr int kRefused = 5;

std::string statements(int count) { return std::to_string(count) + (count == 1 ? " statement" : " statements"); }

std::string when(Millis at, Millis now) {
    const Millis seconds = std::max<Millis>(0, (at - now + 999) / 1000);
    return format_utc(at) + " (in " + (seconds < 120 ? std::to_string(seconds) + " s" : std::to_string(seconds / 60) + " min") + ")";
}

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

void print_set_aside(const std::filesystem::path& data_dir, OutboxState state) {
    std::string error;
    auto store = Store::open(database_path(data_dir), error);
    if (!store) return;
    for (const OutboxItem& item : store->outbox_items(state))
        std::cout << "  " << item.statement_id << " (learner " << item.learner_id << "): " << item.last_error << "\n";
}

void print_outbox(const SyncJob& job, const SyncOutcome& outcome) {
    const OutboxCounts& c = outcome.counts;
    std::cout << "LRS:          " << job.lrs.host << " (xAPI " << job.lrs.version << ")\n"
              << "queued:       " << outcome.queued << (outcome.queued == 1 ? " new statement\n" : " new statements\n");
    if (job.send) std::cout << "sent now:     " << statements(outcome.result.sent) << "\n";
    std::cout << "sent in all:  " << statements(c.sent) << "\n"
              << "waiting:      " << statements(c.waiting) << "\n";
    if (c.next_attempt_at != 0) std::cout << "next retry:   " << when(c.next_attempt_at, SystemClock().now()) << "\n";
    if (c.waiting > 0 && !c.last_error.empty()) std::cout << "last problem: " << c.last_error << "\n";
    std::cout << "quarantined:  " << statements(c.quarantined) << "\n";
    print_set_aside(job.data_dir, OutboxState::Quarantined);
    if (c.rejected > 0) {
        std::cout << "rejected:     " << statements(c.rejected) << "\n";
        print_set_aside(job.data_dir, OutboxState::Rejected);
    }
}

}  // namespace

int sync_command(const Words& words) {
    ArgSpec spec{{"--data-dir", "--course-dir", "--brand"}, {"--status"}};
    auto parsed = parse_command(words, spec, "sync", kHelp);
    if (!parsed.args) return parsed.exit_code;
    const Args& args = *parsed.args;

    const std::filesystem::path data_dir = resolve_data_dir(args.value("--data-dir"));
    const std::string course_dir = args.value("--course-dir", builtin_course_dir().string());
    LoadResult loaded = load_course(course_dir, nullptr, Checks::Play);
    if (!loaded.course) {
        std::cerr << "primer: " << course_dir << " has errors; run 'primer validate " << course_dir << "'.\n";
        return 1;
    }
    // The brand's [lrs] and [xapi] fill in what lrs.toml leaves out; never the credentials.
    const Brand brand = choose_brand(args.value("--brand"), &*loaded.course,
                                     [](const std::string& said) { std::cerr << "primer: " << said << "\n"; });
    LrsSettingsFile file = load_lrs_settings(data_dir, lrs_defaults(brand));
    if (!file.present) {
        std::cerr << "primer: there are no LRS settings in " << file.path.string()
                  << ". Write the LRS's endpoint, username and password there (see 'Sending records to an LRS' in "
                     "README.md).\n";
        return 1;
    }
    for (const Diagnostic& d : file.diagnostics.all()) std::cerr << format_diagnostic(d) << "\n";
    if (!file.settings) {
        std::cerr << "primer: " << file.path.string() << " has errors; nothing was sent.\n";
        return 1;
    }
    std::string error;
    auto key = SigningKey::load_or_create(signing_key_path(data_dir), error);
    const std::optional<std::string> installation =
        key ? load_or_create_installation_id(data_dir, key->key_id(), error) : std::nullopt;
    if (!installation) {
        std::cerr << "primer: " << error << "\n";
        return 1;
    }

    SyncJob job;
    job.data_dir = data_dir;
    job.course = &*loaded.course;
    job.lrs = *file.settings;
    job.xapi = xapi_settings_from(&job.lrs, "", "", std::string("Primer ") + PRIMER_VERSION, *installation);
    job.honour_backoff = false;  // a person asked: try now
    job.send = !args.has("--status");
    const SyncOutcome outcome = run_sync(job);
    if (!outcome.error.empty()) {
        std::cerr << "primer: " << outcome.error << "\n";
        return 1;
    }
    print_outbox(job, outcome);
    if (!job.send) return 0;

    const SendResult& result = outcome.result;
    const int waiting = outcome.counts.waiting;
    if (result.stopped) {
        std::cerr << "primer: " << capitalised(result.problem) << " " << statements(waiting)
                  << " wait in the outbox; nothing was marked.\n";
        return kRefused;
    }
    if (result.waiting_on_lrs) {
        std::cerr << "primer: " << statements(waiting) << " wait in the outbox; " << result.problem
                  << ". Sync again later; nothing is lost.\n";
        return kWaiting;
    }
    if (result.quarantined + result.rejected > 0) {
        std::cerr << "primer: " << statements(result.quarantined + result.rejected)
                  << " could not be sent and were set aside (reasons above); the rest were sent.\n";
        return kSetAside;
    }
    return 0;
}

}  // namespace primer::cli
