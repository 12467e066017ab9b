#include "export_bench_records.hpp"

#include "completion_record.hpp"
#include "grading.hpp"
#include "progress_codec.hpp"
#include "score_points.hpp"
#include "signing.hpp"
#include "sqlite_statement.hpp"
#include "store.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <memory>
#include <random>

namespace primer::bench {
namespace {

constexpr Millis kFirstStart = 1'767'600'000'000;  // 2026-01-05, a Monday
constexpr Millis kStep = 45'000;                     // between two records of one learner
constexpr Millis kDay = 86'400'000;
constexpr long long kPerTransaction = 20'000;        // learners per commit

const std::array kGiven = {"Amara", "Ben", "Chloe", "Dev", "Ella", "Farid", "Grace", "Harry", "Isla", "Jamal",
                           "Kai", "Lena", "Mohammed", "Niamh", "Olu", "Priya", "Rhys", "Sofia", "Tom", "Zara"};
const std::array kFamily = {"Ahmed", "Brown", "Campbell", "Davies", "Evans", "Fraser", "Green", "Hughes",
                            "Iqbal", "Jones", "Kaur", "Lewis", "Murphy", "Nowak", "Okafor", "Patel",
                            "Quinn", "Roberts", "Singh", "Taylor", "Walsh", "Williams", "Wilson", "Young"};

struct CloseDb {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};

// The screens a synthetic learner passes through: per module its first screen and first
// graded question; the final assessment where the course has one.
struct Route {
    struct Stop {
        std::string module;
        std::string first_screen;  // qualified
        const Screen* question = nullptr;
        std::string question_id;   // qualified
        std::string assessment;    // qualified; empty when the module has none
    };
    std::vector<Stop> stops;

    explicit Route(const Course& course) {
        for (const Module& module : course.modules) {
            Stop stop{module.id, module.id + "/" + module.screens.front().id, nullptr, "", ""};
            for (const Screen& screen : module.screens) {
                if (!stop.question && screen.question && is_graded_kind(screen.question->kind)) {
                    stop.question = &screen;
                    stop.question_id = module.id + "/" + screen.id;
                }
                if (stop.assessment.empty() && screen.assessment) stop.assessment = module.id + "/" + screen.id;
            }
            stops.push_back(stop);
        }
    }
};

// Prepared once, run for every row.
class Writer {
public:
    explicit Writer(sqlite3* db)
        : m_learner(db, "INSERT INTO learners (id, name, organisation, created_at_ms, last_active_at_ms)"
                        " VALUES (?1, ?2, ?3, ?4, ?5)"),
          m_progress(db, "INSERT INTO progress (learner_id, course_id, course_version, current_screen, started_at_ms,"
                         " updated_at_ms, completed_at_ms, state_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
          m_sitting(db, "INSERT INTO sittings (learner_id, course_id, started_at_ms, last_active_at_ms)"
                        " VALUES (?1, ?2, ?3, ?4)"),
          m_event(db, "INSERT INTO events (learner_id, course_id, course_version, kind, subject, detail_json, at_ms)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
          m_answer(db, "INSERT INTO interactions (learner_id, course_id, course_version, screen, kind, response_json,"
                       " correct_responses_json, success, score, attempt, duration_ms, at_ms, part, interaction_type,"
                       " verdict) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"),
          m_completion(db, "INSERT INTO completions (learner_id, course_id, course_version, completed_at_ms, success,"
                           " score_scaled, attempts, time_spent_ms, recorded_at_ms, key_id, signature, score_raw,"
                           " score_min, score_max, signed_form)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)") {}

    Statement& learner() { return fresh(m_learner); }
    Statement& progress() { return fresh(m_progress); }
    Statement& sitting() { return fresh(m_sitting); }
    Statement& event() { return fresh(m_event); }
    Statement& answer() { return fresh(m_answer); }
    Statement& completion() { return fresh(m_completion); }

private:
    static Statement& fresh(Statement& statement) {
        statement.reset();
        return statement;
    }
    Statement m_learner, m_progress, m_sitting, m_event, m_answer, m_completion;
};

class Generator {
public:
    Generator(const Course& course, sqlite3* db, const SigningKey& key, GeneratedRecords& made)
        : m_course(course), m_route(course), m_writer(db), m_key(key), m_made(made) {}

    bool learner(long long i, int teams) {
        std::mt19937_64 random(static_cast<std::uint64_t>(i) * 0x9E3779B97F4A7C15ULL + 1);
        const bool completed = random() % 10 < 6;
        const bool passed = completed && random() % 5 != 0;
        // Part-way learners have finished 0, 1 or 2 modules and entered the next.
        const std::size_t modules = completed ? m_route.stops.size() : random() % 3;
        char id[24];
        std::snprintf(id, sizeof id, "L%07lld", i);
        m_id = id;
        m_at = kFirstStart + i * 31'000;
        const Millis started = m_at;
        m_sitting_start = started;
        m_spent = 0;
        m_progress = Progress{};
        m_progress.course_id = m_course.id;
        m_progress.course_version = m_course.version;
        m_progress.seed = static_cast<std::uint64_t>(i);
        m_progress.started_at = started;

        bool ok = true;
        for (std::size_t m = 0; m < modules && ok; ++m) {
            if (m == 2) {  // a second sitting, the next day
                ok = close_sitting();
                m_sitting_start = m_at = m_at + kDay;
            }
            ok = ok && stop(m_route.stops[m], passed, random, true);
        }
        if (!completed && modules < m_route.stops.size()) ok = ok && stop(m_route.stops[modules], false, random, false);
        if (completed) ok = ok && event("course-completed", m_course.id, "{}");
        ok = ok && close_sitting();

        const std::string name = std::string(kGiven[i % kGiven.size()]) + " " + kFamily[(i / 7) % kFamily.size()];
        m_progress.updated_at = m_at;
        if (completed) m_progress.completed_at = m_at;
        ok = ok && m_writer.learner()
                       .bind_text(1, m_id)
                       .bind_text(2, name)
                       .bind_text(3, "Team " + std::to_string(i % teams))
                       .bind_int(4, started)
                       .bind_int(5, m_at)
                       .run();
        Statement& progress = m_writer.progress()
                                  .bind_text(1, m_id)
                                  .bind_text(2, m_course.id)
                                  .bind_text(3, m_course.version)
                                  .bind_text(4, m_progress.current)
                                  .bind_int(5, started)
                                  .bind_int(6, m_at)
                                  .bind_text(8, encode_progress(m_progress));
        if (completed) progress.bind_int(7, m_at);
        ok = ok && progress.run();
        if (completed) ok = ok && completion(passed);
        ++m_made.learners;
        return ok;
    }

private:
    // Enters the module, answers its first graded question (or sits its assessment) and,
    // when `finish`, completes it.
    bool stop(const Route::Stop& at, bool passed, std::mt19937_64& random, bool finish) {
        bool ok = enter(at.first_screen);
        if (at.question) {
            ok = ok && enter(at.question_id) && answer(at, passed || random() % 2 == 0);
        }
        if (!at.assessment.empty() && finish) {
            ok = ok && enter(at.assessment);
            m_score = passed ? 0.8 + 0.2 * static_cast<double>(random() % 4) / 3 : 0.2 * static_cast<double>(random() % 4);
            ok = ok && event("attempt-started", at.assessment, R"({"number":1,"questions":[]})") &&
                 event("attempt-submitted", at.assessment,
                       nlohmann::json{{"number", 1}, {"score", m_score}, {"passed", passed}}.dump());
        }
        return ok && (!finish || event("module-completed", at.module, "{}"));
    }

    bool enter(const std::string& screen) {
        m_progress.current = screen;
        m_progress.visited.insert(screen);
        return event("screen-entered", screen, "{}");
    }

    bool event(const char* kind, const std::string& subject, const std::string& detail) {
        m_at += kStep;
        ++m_made.events;
        return m_writer.event()
            .bind_text(1, m_id)
            .bind_text(2, m_course.id)
            .bind_text(3, m_course.version)
            .bind_text(4, kind)
            .bind_text(5, subject)
            .bind_text(6, detail)
            .bind_int(7, m_at)
            .run();
    }

    // The first option of a choice question is taken as the learner's response; it is
    // marked by the plan, not graded, which is all an export reads.
    bool answer(const Route::Stop& at, bool right) {
        m_at += kStep;
        ++m_made.answers;
        const Question& question = *at.question->question;
        m_progress.answers[at.question_id] = TaskAnswer{{"a"}, right ? Verdict::Correct : Verdict::Incorrect,
                                                        right ? 1.0 : 0.0, 1, m_at};
        return m_writer.answer()
            .bind_text(1, m_id)
            .bind_text(2, m_course.id)
            .bind_text(3, m_course.version)
            .bind_text(4, at.question_id)
            .bind_text(5, to_string(question.kind))
            .bind_text(6, right ? R"(["b"])" : R"(["a"])")
            .bind_text(7, R"([["b"]])")
            .bind_int(8, right ? 1 : 0)
            .bind_real(9, right ? 1.0 : 0.0)
            .bind_int(10, 1)
            .bind_int(11, 20'000)
            .bind_int(12, m_at)
            .bind_text(13, "")
            .bind_text(14, interaction_type(question.kind))
            .bind_text(15, right ? "correct" : "incorrect")
            .run();
    }

    // The sitting running since m_sitting_start ends at the latest record.
    bool close_sitting() {
        ++m_made.sittings;
        m_spent += m_at - m_sitting_start;
        return m_writer.sitting().bind_text(1, m_id).bind_text(2, m_course.id).bind_int(3, m_sitting_start)
            .bind_int(4, m_at).run();
    }

    bool completion(bool passed) {
        CompletionRecord record;
        record.learner_id = m_id;
        record.course_id = m_course.id;
        record.course_version = m_course.version;
        record.completed_at = m_progress.completed_at;
        record.success = passed ? "passed" : "failed";
        // In points as the session would sign them: the generated attempt drew no questions
        // (its attempt-started event above), so they keep the 0..1 scale.
        const ScorePoints points = score_points(m_score, 0);
        record.score_scaled = m_score;
        record.score_raw = points.raw;
        record.score_min = points.min;
        record.score_max = points.max;
        record.attempts = 1;
        record.time_spent = m_spent;
        record.recorded_at = m_progress.completed_at;
        record.key_id = m_key.key_id();
        record.signature = m_key.sign(signed_message(record));
        ++m_made.completions;
        Statement& insert = m_writer.completion()
                                .bind_text(1, record.learner_id)
                                .bind_text(2, record.course_id)
                                .bind_text(3, record.course_version)
                                .bind_int(4, record.completed_at)
                                .bind_text(5, record.success)
                                .bind_real(6, *record.score_scaled)
                                .bind_int(7, record.attempts)
                                .bind_int(8, record.time_spent)
                                .bind_int(9, record.recorded_at)
                                .bind_text(10, record.key_id)
                                .bind_text(11, record.signature)
                                .bind_real(12, points.raw)
                                .bind_real(13, points.min)
                                .bind_real(14, points.max)
                                .bind_int(15, record.signed_form);
        return insert.run();
    }

    const Course& m_course;
    Route m_route;
    Writer m_writer;
    const SigningKey& m_key;
    GeneratedRecords& m_made;
    std::string m_id;
    Progress m_progress;
    Millis m_at = 0;
    Millis m_sitting_start = 0;
    Millis m_spent = 0;
    double m_score = 0;
};

}  // namespace

bool generate_records(const Course& course, const std::filesystem::path& data_dir, long long learners, int teams,
                      GeneratedRecords& made, std::string& error) {
    // The player's own code makes the file (schema, pragmas) and the key.
    if (!Store::open(database_path(data_dir), error)) return false;
    auto key = SigningKey::load_or_create(signing_key_path(data_dir), error);
    if (!key) return false;

    sqlite3* handle = nullptr;
    sqlite3_open_v2(database_path(data_dir).c_str(), &handle, SQLITE_OPEN_READWRITE, nullptr);
    std::unique_ptr<sqlite3, CloseDb> db(handle);
    // Durability is not the point here: the data folder is thrown away after the run. No
    // journal while generating (a write-ahead log would write every page twice); the
    // player's own Store::open puts the write-ahead log back for the exports.
    if (!execute(db.get(), "PRAGMA journal_mode = OFF") || !execute(db.get(), "PRAGMA synchronous = OFF") ||
        !execute(db.get(), "PRAGMA cache_size = -262144")) {
        error = describe_failure(db.get());
        return false;
    }
    Statement signing_key(db.get(), "INSERT INTO signing_keys (key_id, public_key, first_used_ms) VALUES (?1, ?2, ?3)");
    if (!signing_key.bind_text(1, key->key_id()).bind_text(2, key->public_key()).bind_int(3, kFirstStart).run()) {
        error = describe_failure(db.get());
        return false;
    }
    Generator generator(course, db.get(), *key, made);
    for (long long first = 0; first < learners; first += kPerTransaction) {
        Transaction transaction(db.get());
        bool ok = transaction.ok();
        for (long long i = first; ok && i < std::min(learners, first + kPerTransaction); ++i) ok = generator.learner(i, teams);
        if (!ok || !transaction.commit()) {
            error = "the records could not be written: " + describe_failure(db.get());
            return false;
        }
    }
    return true;
}

}  // namespace primer::bench
