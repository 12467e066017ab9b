// A learner with no window: signs in, resumes where their records say, and answers
// every question (randomly, from a seed) through a Session, exactly as the player saves.
// After each answer whose save has been confirmed it prints a line, flushed at once:
//   confirmed SCREEN ATTEMPT
// so a test that kills this process knows which answers the database must hold.
// With STOP_AFTER it stops after that many confirmed answers, leaving a learner part-way
// through (the benchmarks' resume figure starts from one).
// Usage: primer_scripted_learner COURSE DATA_DIR LEARNER_ID SEED [STOP_AFTER]
// Exit: 0 when the course is finished or STOP_AFTER is reached; 1 when it cannot load,
// sign in, resume or save.
#include "autoplay.hpp"
#include "clock.hpp"
#include "course_loader.hpp"
#include "session.hpp"
#include "sign_in.hpp"
#include "store.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
    if (argc != 5 && argc != 6) {
        std::fprintf(stderr, "usage: %s COURSE DATA_DIR LEARNER_ID SEED [STOP_AFTER]\n", argv[0]);
        return 2;
    }
    using namespace primer;
    LoadResult loaded = load_course(argv[1], nullptr, Checks::Play);
    if (!loaded.course) {
        std::fprintf(stderr, "the course has errors\n");
        return 1;
    }
    std::string error;
    auto store = Store::open(database_path(argv[2]), error);
    if (!store) {
        std::fprintf(stderr, "store: %s\n", error.c_str());
        return 1;
    }
    SystemClock clock;
    SignInResult signed_in = sign_in(*store, Learner{argv[3], argv[3], "", 0}, clock.now());
    if (!signed_in.learner) {
        std::fprintf(stderr, "sign-in: %s\n", signed_in.problem.c_str());
        return 1;
    }
    // Signing as the player does, so completions are written under the kills too.
    auto key = SigningKey::load_or_create(signing_key_path(argv[2]), error);
    if (!key) {
        std::fprintf(stderr, "key: %s\n", error.c_str());
        return 1;
    }
    auto session = Session::open(*loaded.course, *store, *signed_in.learner, clock,
                                 std::strtoull(argv[4], nullptr, 10), key.get(), error);
    if (!session) {
        std::fprintf(stderr, "resume: %s\n", error.c_str());
        return 1;
    }

    const long stop_after = argc == 6 ? std::strtol(argv[5], nullptr, 10) : -1;
    long confirmed = 0;
    bool saved = true;
    auto submit = [&](const Command& command) {
        // Refusing every command once enough answers are in ends the autoplay loop.
        if (confirmed == stop_after) return Outcome{session->progress(), {}, "stopped as asked"};
        Outcome outcome = session->submit(command);
        if (!session->save_error().empty()) {
            saved = false;
            std::fprintf(stderr, "save: %s\n", session->save_error().c_str());
        } else if (const auto* answer = std::get_if<Answer>(&command); answer && outcome.accepted()) {
            if (answer->question.empty())
                std::printf("confirmed %s %d\n", answer->screen.c_str(),
                            session->progress().answers.at(answer->screen).attempts);
            else  // an assessment question: answered once per attempt
                std::printf("confirmed %s#%s %zu\n", answer->screen.c_str(), answer->question.c_str(),
                            session->progress().assessments.at(answer->screen).size());
            std::fflush(stdout);
            ++confirmed;
        }
        return outcome;
    };
    auto progress = [&]() -> const Progress& { return session->progress(); };
    AutoplaySummary summary = autoplay(*loaded.course, Strategy::Random, std::strtoull(argv[4], nullptr, 10), submit, progress);
    if (!saved) return 1;
    if (confirmed == stop_after) {
        std::printf("stopped after %ld answers at %s\n", confirmed, session->progress().current.c_str());
        return 0;
    }
    std::printf("finished %s\n", summary.course_completed ? "completed" : "not completed");
    return summary.course_completed ? 0 : 1;
}
