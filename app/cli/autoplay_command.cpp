// `primer autoplay`: plays a course headlessly with a strategy and prints a summary.
// With --data-dir and --learner it goes through a Session, so the records written are
// exactly those a learner clicking through the player would leave.
#include "commands.hpp"

#include "args.hpp"
#include "autoplay.hpp"
#include "branch_explorer.hpp"
#include "course_loader.hpp"
#include "data_paths.hpp"
#include "installation_id_file.hpp"
#include "course_library.hpp"
#include "module_package.hpp"
#include "session.hpp"
#include "sign_in.hpp"
#include "store.hpp"

#include <algorithm>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <set>
#include <sstream>

namespace primer::cli {

namespace {

constexpr const char* kHelp =
    R"(Usage: primer autoplay [--course DIR] [--strategy correct|wrong|random|all-branches] [--seed N]
                       [--data-dir DIR --learner ID [--name NAME]] [--stop-at MODULE/SCREEN]

Plays the course (the built-in one unless --course names a course or a module folder)
from start to finish without a window and prints what happened. With a learner, progress and answers are
recorded in the data directory exactly as the player records them.

--strategy all-branches records nothing: it walks every path of every conversation and
tries every outcome of every question, prints what each reached, and exits with 1 if an
ending cannot be reached or a path stops with no way on.

--stop-at stops on arriving at a screen, before doing it, so the learner's records resume
there: `primer --learner ID --screenshot FILE` then draws it. Exits with 1 if play never
reaches it.
)";

void print(const AutoplaySummary& s, const Course& course, const std::string& strategy, std::uint64_t seed) {
    std::cout << "autoplay: " << course.id << " " << course.version << " (strategy " << strategy << ", seed " << seed
              << ")\n"
              << "  screens visited:   " << s.screens_visited << " of " << s.screens_total << "\n"
              << "  questions:         " << s.questions_answered << " answered, " << s.questions_correct
              << " correct\n"
              << "  modules completed: " << s.modules_completed << " of " << s.modules_total << "\n"
              << "  course:            " << (s.course_completed ? "completed" : "not completed") << "\n";
    if (s.has_assessment)
        std::cout << "  assessment:        " << static_cast<int>(s.assessment_score * 100 + 0.5) << "% (pass mark "
                  << s.assessment_pass_mark << "%, " << s.assessment_attempts
                  << (s.assessment_attempts == 1 ? " attempt" : " attempts") << ")\n"
                  << "  success:           " << to_string(s.success) << "\n";
    std::cout
              << "  commands:          " << s.commands << "\n";
}

std::string joined(const std::vector<std::string>& items, const char* separator = ", ") {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
    return out;
}

std::string percent(double score) { return std::to_string(static_cast<int>(score * 100 + 0.5)) + "%"; }

void print_walk(const ConversationWalk& walk) {
    std::cout << "conversation " << walk.screen << "\n"
              << "  paths walked:    " << walk.paths << (walk.truncated ? " (stopped at the path limit)" : "") << "\n"
              << "  endings reached: " << walk.reached.size() << " of " << walk.endings.size() << " ("
              << joined({walk.reached.begin(), walk.reached.end()}) << ")\n";
    if (walk.min_score)
        std::cout << "  score:           " << percent(*walk.min_score) << " to " << percent(*walk.max_score) << "\n";
    if (!walk.missed().empty())
        std::cout << "  NOT REACHED:     " << joined(walk.missed()) << " (no path leads there)\n";
    if (walk.cut > 0) std::cout << "  loops cut:       " << walk.cut << " (a node entered more than 3 times on one path)\n";
    if (walk.dead_end_count > 0) {
        std::cout << "  DEAD ENDS:       " << walk.dead_end_count << " path(s) stop with no way on, e.g.\n";
        for (const std::string& path : walk.dead_ends) std::cout << "                   " << path << "\n";
    }
}

void print_outcomes(const QuestionOutcomes& question) {
    std::cout << "question " << question.screen << " (" << to_string(question.kind) << ")\n";
    std::set<std::string> seen;
    for (const OutcomeTried& tried : question.tried) {
        std::cout << "  " << std::left << std::setw(17) << tried.outcome + ":" << joined(tried.response) << " -> "
                  << tried.result << "\n";
        seen.insert(tried.result);
    }
    std::cout << "  verdicts seen:   " << joined({seen.begin(), seen.end()}) << "\n";
    if (!question.ok) std::cout << "  PROBLEM:         the correct response is not marked correct\n";
}

int print_branches(const BranchReport& report, const Course& course) {
    std::cout << "autoplay: " << course.id << (course.version.empty() ? "" : " " + course.version)
              << " (strategy all-branches)\n";
    int missed = 0, dead_ends = 0, wrong_marks = 0;
    for (const ConversationWalk& walk : report.conversations) {
        print_walk(walk);
        missed += static_cast<int>(walk.missed().size());
        dead_ends += walk.dead_end_count;
    }
    for (const QuestionOutcomes& question : report.questions) {
        print_outcomes(question);
        wrong_marks += question.ok ? 0 : 1;
    }
    std::ostringstream summary;
    summary << report.conversations.size() << " conversation(s), " << report.questions.size() << " question(s); ";
    if (report.ok())
        summary << (report.conversations.empty() ? "no problems found" : "every ending reachable, no dead ends");
    else
        summary << missed << " ending(s) not reachable, " << dead_ends << " dead end(s), " << wrong_marks
                << " question(s) marking the right answer wrong";
    std::cout << "summary: " << summary.str() << "\n";
    return report.ok() ? 0 : 1;
}

}  // namespace

int autoplay_command(const Words& words) {
    ArgSpec spec{{"--course", "--strategy", "--seed", "--data-dir", "--learner", "--name", "--stop-at"}};
    auto parsed = parse_command(words, spec, "autoplay", kHelp);
    if (!parsed.args) return parsed.exit_code;
    const auto& args = parsed.args;
    std::string error;
    std::string strategy_name = args->value("--strategy", "correct");
    auto strategy = parse_strategy(strategy_name);
    const bool all_branches = strategy_name == "all-branches";
    if (!strategy && !all_branches) {
        std::cerr << "primer: unknown strategy '" << strategy_name
                  << "'; use correct, wrong, random or all-branches.\n";
        return 2;
    }
    if (all_branches && args->has("--learner")) {
        std::cerr << "primer: all-branches tries every path without recording; leave out --learner.\n";
        return 2;
    }
    const std::optional<std::uint64_t> seed_given = seed_option(*args, 1);
    if (!seed_given) return 2;
    const std::uint64_t seed = *seed_given;
    if (args->has("--learner") && !args->has("--data-dir") && !std::getenv("PRIMER_DATA_DIR")) {
        // Without an explicit data folder, autoplay would write into a real learner's records.
        std::cerr << "primer: --learner needs --data-dir (or PRIMER_DATA_DIR), so autoplay never writes into "
                     "your real records.\n";
        return 2;
    }

    std::string course_path = args->value("--course", builtin_course_dir().string());
    LoadResult loaded = load_course_or_module_with_library(
        course_path, module_library_dir(resolve_data_dir(args->value("--data-dir"))), nullptr, Checks::Play);
    if (!loaded.course) {
        for (const Diagnostic& d : loaded.diagnostics.all()) std::cerr << format_diagnostic(d) << "\n";
        std::cerr << "primer: " << course_path << " has errors; fix them and try again.\n";
        return 1;
    }
    const Course& course = *loaded.course;
    const std::string stop_at = args->value("--stop-at");
    if (!stop_at.empty() && !course.find_screen(stop_at)) {
        std::cerr << "primer: --stop-at names '" << stop_at << "', which is not a screen in this course; write it as "
                  << "module-id/screen-id, e.g. " << course.reading_order().front().qualified() << "\n";
        return 2;
    }
    if (all_branches) return print_branches(explore_branches(course), course);
    SystemClock system_clock;
    ManualClock clock(system_clock.now());

    // Without a learner, progress lives only here; with one, a Session records it.
    Progress progress = new_progress(course, clock.now(), seed);
    std::function<Outcome(const Command&)> apply_command = [&](const Command& command) {
        Outcome outcome = apply(course, progress, command, clock.now());
        if (outcome.accepted()) progress = outcome.progress;
        return outcome;
    };
    std::unique_ptr<Store> store;
    std::unique_ptr<SigningKey> signer;
    std::unique_ptr<Session> session;
    if (args->has("--learner")) {
        const std::filesystem::path data_dir = resolve_data_dir(args->value("--data-dir"));
        store = Store::open(database_path(data_dir), error);
        if (store) signer = SigningKey::load_or_create(signing_key_path(data_dir), error);
        if (!store || !signer) {
            std::cerr << "primer: " << error << "\n";
            return 1;
        }
        // Made before the folder's first record, as the player does; as there, a problem with
        // it stops only the statements, not the recording.
        std::string id_error;
        if (!load_or_create_installation_id(data_dir, signer->key_id(), id_error))
            std::cerr << "primer: " << id_error << "\n";
        // Autoplay's clock runs ahead of the wall clock (15 s a step), so a learner it plays
        // again would start a sitting inside their last one; a person in the player comes
        // back after it ended, so this learner does too.
        for (const Sitting& sitting : store->sittings(args->value("--learner"), course.id)) {
            const Millis ended = std::max(sitting.last_active_at, sitting.ended_at);
            if (ended >= clock.now()) clock.advance(ended - clock.now() + 15000);
        }
        SignInResult signed_in = sign_in(*store, Learner{args->value("--learner"), args->value("--name"), "", 0}, clock.now());
        if (signed_in.learner) session = Session::open(course, *store, *signed_in.learner, clock, seed, signer.get(), error);
        if (!session) {
            std::cerr << "primer: " << (signed_in.learner ? error : signed_in.problem) << "\n";
            return 1;
        }
        apply_command = [&](const Command& command) { return session->submit(command); };
    }
    auto submit = [&](const Command& command) {
        clock.advance(15000);  // a plausible reading time per step keeps durations realistic
        return apply_command(command);
    };
    auto view = [&]() -> const Progress& { return session ? session->progress() : progress; };
    AutoplaySummary summary = autoplay(course, *strategy, seed, submit, view, stop_at);
    if (session && !session->save_error().empty()) {
        std::cerr << "primer: records could not be saved: " << session->save_error() << "\n";
        return 1;
    }
    print(summary, course, strategy_name, seed);
    if (!stop_at.empty() && view().current != stop_at) {
        std::cerr << "primer: play never reached " << stop_at << " (it stopped at " << view().current << ")\n";
        return 1;
    }
    return 0;
}

}  // namespace primer::cli
