#include "module_export.hpp"

#include "csv.hpp"
#include "time_format.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>

namespace primer {
namespace {

// Where a graded task's result is recorded.
enum class ResultFrom { Answer, ConversationEnding, SubmittedAttempt };

std::optional<ResultFrom> graded_by(const Screen& screen) {
    if (screen.assessment) return ResultFrom::SubmittedAttempt;
    if (screen.conversation) {
        if (screen.conversation->score_variable.empty()) return std::nullopt;  // endings without a score
        return ResultFrom::ConversationEnding;
    }
    if (screen.question && is_graded_kind(screen.question->kind)) return ResultFrom::Answer;
    return std::nullopt;
}

double detail_score(const EventRecord& event) {
    const auto detail = nlohmann::json::parse(event.detail_json, nullptr, false);
    return detail.is_object() ? detail.value("score", 0.0) : 0.0;
}

class ModuleTally {
public:
    explicit ModuleTally(const Course& course) : m_course(course), m_modules(course.modules.size()) {
        for (std::size_t i = 0; i < course.modules.size(); ++i) {
            const Module& module = course.modules[i];
            m_index[module.id] = i;
            m_modules[i].module = &module;
            for (const Screen& screen : module.screens)
                if (graded_by(screen)) ++m_modules[i].graded_tasks;
        }
    }

    void add(const InteractionRecord& record) {
        const AnswerChecked& answer = record.answer;
        if (!touch(parse_screen_ref(answer.screen).module_id, answer.at)) return;
        // Assessment questions and conversation choices (with a part) are scored by the
        // attempt or the ending they belong to.
        if (answer.part.empty() && answer.verdict != Verdict::Ungraded && graded(answer.screen, ResultFrom::Answer))
            m_latest[answer.screen] = answer.score;
    }

    void add(const EventRecord& event) {
        if (event.kind == "course-completed") return;
        if (event.kind == "module-completed") {
            if (touch(event.subject, event.at)) m_modules[m_index[event.subject]].status = ModuleRecordStatus::Completed;
            return;
        }
        if (!touch(parse_screen_ref(event.subject).module_id, event.at)) return;
        if ((event.kind == "conversation-ended" && graded(event.subject, ResultFrom::ConversationEnding)) ||
            (event.kind == "attempt-submitted" && graded(event.subject, ResultFrom::SubmittedAttempt)))
            m_latest[event.subject] = detail_score(event);
    }

    // The time from entering each screen to entering the next, within each sitting; the
    // screen on view when a sitting starts is the last one entered before it.
    void add_time(const LearnerHistory& history) {
        if (history.sittings.empty()) return;
        for (ModuleStanding& standing : m_modules) standing.time_spent = 0;
        std::vector<const EventRecord*> entries;
        for (const EventRecord& event : history.events)
            if (event.kind == "screen-entered") entries.push_back(&event);
        std::stable_sort(entries.begin(), entries.end(),
                         [](const EventRecord* a, const EventRecord* b) { return a->at < b->at; });
        for (const Sitting& sitting : history.sittings) {
            const EventRecord* on_view = nullptr;
            Millis since = sitting.started_at;
            for (const EventRecord* entry : entries) {
                if (entry->at <= sitting.started_at) {
                    on_view = entry;
                    continue;
                }
                if (entry->at > sitting.last_active_at) break;
                add_time(on_view, entry->at - since);
                on_view = entry;
                since = entry->at;
            }
            add_time(on_view, sitting.last_active_at - since);
        }
    }

    std::vector<ModuleStanding> result() {
        for (ModuleStanding& standing : m_modules) {
            for (const Screen& screen : standing.module->screens) {
                auto latest = m_latest.find(standing.module->id + "/" + screen.id);
                if (latest == m_latest.end()) continue;
                ++standing.graded_answered;
                standing.score_raw += latest->second;
            }
        }
        return std::move(m_modules);
    }

private:
    // Notes activity in a module; false when the course has no such module.
    bool touch(const std::string& module_id, Millis at) {
        auto found = m_index.find(module_id);
        if (found == m_index.end()) return false;
        ModuleStanding& standing = m_modules[found->second];
        standing.first_activity = standing.first_activity == 0 ? at : std::min(standing.first_activity, at);
        standing.last_activity = std::max(standing.last_activity, at);
        if (standing.status == ModuleRecordStatus::NotAttempted) standing.status = ModuleRecordStatus::InProgress;
        return true;
    }

    bool graded(const std::string& screen, ResultFrom from) const {
        const Screen* found = m_course.find_screen(screen);
        return found && graded_by(*found) == from;
    }

    void add_time(const EventRecord* on_view, Millis spent) {
        if (!on_view || spent <= 0) return;
        auto found = m_index.find(parse_screen_ref(on_view->subject).module_id);
        if (found != m_index.end()) *m_modules[found->second].time_spent += spent;
    }

    const Course& m_course;
    std::vector<ModuleStanding> m_modules;
    std::map<std::string, std::size_t> m_index;  // module id -> position in the course
    std::map<std::string, double> m_latest;      // qualified screen id -> its latest score
};

std::string when(Millis at) { return at == 0 ? "" : format_utc(at); }

std::string fixed4(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.4f", value);
    return text;
}

// Up to four decimals, without trailing zeros: 2, 2.5, 0.6667.
std::string decimal(double value) {
    std::string result = fixed4(value);
    result.erase(result.find_last_not_of('0') + 1);
    if (result.back() == '.') result.pop_back();
    return result;
}

const std::vector<const char*> kColumns = {
    "learner_id",     "learner_name", "organisation", "course_id",         "course_version",
    "module_id",      "module_title", "module_status", "score_raw",        "score_max",
    "score_scaled",   "first_activity_at", "last_activity_at", "time_spent_seconds",
};
// Our own figures, never neutralised as formulas.
const std::vector<bool> kNumbers = {false, false, false, false, false, false, false,
                                    false, true,  true,  true,  false, false, true};

}  // namespace

const char* to_string(ModuleRecordStatus status) {
    switch (status) {
    case ModuleRecordStatus::NotAttempted: return "not_attempted";
    case ModuleRecordStatus::InProgress: return "in_progress";
    case ModuleRecordStatus::Completed: return "completed";
    }
    return "not_attempted";
}

std::vector<ModuleStanding> module_standings(const Course& course, const LearnerHistory& history) {
    ModuleTally tally(course);
    for (const InteractionRecord& record : history.interactions) tally.add(record);
    for (const EventRecord& event : history.events) tally.add(event);
    tally.add_time(history);
    return tally.result();
}

const std::vector<const char*>& module_csv_columns() { return kColumns; }

bool write_module_csv(const Store& store, const Course& course, const ExportFilter& filter, std::ostream& out,
                      ExportCount& count) {
    CsvWriter writer(out);
    std::vector<std::string> fields(kColumns.begin(), kColumns.end());
    writer.row(fields);
    const auto wanted = [&](const Standing& standing) { return included(filter, standing); };
    return store.for_each_history(course.id, wanted, [&](const LearnerHistory& history) {
        const Standing& standing = history.standing;
        const Learner& learner = standing.learner;
        for (const ModuleStanding& m : module_standings(course, history)) {
            const bool scored = m.graded_tasks > 0 && m.graded_answered > 0;
            fields = {learner.id,
                      learner.name,
                      learner.organisation,
                      standing.course_id,
                      standing.course_version,
                      m.module->id,
                      m.module->title,
                      to_string(m.status),
                      scored ? decimal(m.score_raw) : "",
                      scored ? std::to_string(m.graded_tasks) : "",
                      scored ? fixed4(m.score_raw / m.graded_tasks) : "",
                      when(m.first_activity),
                      when(m.last_activity),
                      m.time_spent ? std::to_string(*m.time_spent / 1000) : ""};
            writer.row(fields, kNumbers);
            ++count.rows;
        }
        ++count.learners;
        return true;
    });
}

}  // namespace primer
