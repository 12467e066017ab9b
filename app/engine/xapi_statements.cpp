#include "xapi_statements.hpp"

#include "grading.hpp"
#include "name_uuid.hpp"
#include "score_points.hpp"
#include "time_format.hpp"

#include <algorithm>
#include <map>

namespace primer {
namespace {

using Json = nlohmann::json;

const std::string kVerbs = "http://adlnet.gov/expapi/verbs/";
// ADL's vocabulary has no verb for passing over content; the xAPI registry's does.
const std::string kSkipped = "http://id.tincanapi.com/verb/skipped";
const std::string kActivities = "http://adlnet.gov/expapi/activities/";
const std::string kProgress = "https://w3id.org/xapi/cmi5/result/extensions/progress";

std::string joined(const Response& tokens) {
    std::string text;
    for (const std::string& token : tokens) text += (text.empty() ? "" : "[,]") + token;
    return text;
}

// Activity ids are IRIs: ids are [a-z0-9-] by the script format, so they need no escaping.
class Builder {
public:
    Builder(const Course& course, const LearnerHistory& history, const XapiSettings& settings)
        : m_course(course), m_history(history), m_settings(settings), m_language(course.language) {}

    std::vector<Json> build() {
        add_sittings();
        for (const InteractionRecord& record : m_history.interactions) add_answer(record);
        for (const EventRecord& event : m_history.events) add_event(event);
        std::stable_sort(m_statements.begin(), m_statements.end(), [](const Json& a, const Json& b) {
            return a["timestamp"].get<std::string>() < b["timestamp"].get<std::string>();
        });
        return std::move(m_statements);
    }

private:
    Json names(const std::string& text) const { return Json{{m_language, text.empty() ? "(untitled)" : text}}; }

    std::string course_iri() const { return m_settings.activity_base + m_course.id; }
    std::string iri(const std::string& path) const { return course_iri() + "/" + path; }

    Json activity(const std::string& id, const std::string& type, const std::string& name) const {
        return {{"objectType", "Activity"}, {"id", id}, {"definition", {{"name", names(name)}, {"type", kActivities + type}}}};
    }
    Json course_activity() const { return activity(course_iri(), "course", m_course.title); }
    Json module_activity(const std::string& module_id) const {
        const Module* module = m_course.find_module(module_id);
        return activity(iri(module_id), "module", module ? module->title : module_id);
    }
    Json screen_activity(const std::string& screen, const std::string& type) const {
        const Screen* found = m_course.find_screen(screen);
        return activity(iri(screen), type, found ? found->title : screen);
    }

    Json statement(const std::string& record, const std::string& verb, Json object, Millis at) const {
        const Standing& s = m_history.standing;
        Json context = {{"registration", name_uuid(m_settings.installation + "|registration|" + s.learner.id + "|" +
                                                   s.course_id)},
                        {"platform", m_settings.platform},
                        {"language", m_language},
                        {"revision", s.course_version.empty() ? "unversioned" : s.course_version}};
        if (object["id"] != course_iri()) context["contextActivities"] = {{"grouping", Json::array({{{"id", course_iri()}}})}};
        return {{"id", name_uuid(m_settings.installation + "|" + s.learner.id + "|" + s.course_id + "|" + record)},
                {"actor", {{"objectType", "Agent"}, {"account", {{"homePage", m_settings.home_page}, {"name", s.learner.id}}}}},
                {"verb", verb == "skipped" ? Json{{"id", kSkipped}, {"display", {{"en-US", verb}}}}
                                           : Json{{"id", kVerbs + verb}, {"display", {{"en-US", verb}}}}},
                {"object", std::move(object)},
                {"context", std::move(context)},
                {"timestamp", format_utc(at)}};
    }

    void add(Json statement) { m_statements.push_back(std::move(statement)); }

    // initialized (first sitting) or resumed, then suspended (or terminated once the course
    // is complete) at the sitting's last activity.
    void add_sittings() {
        bool first = true;
        for (const Sitting& sitting : m_history.sittings) {
            const std::string id = "sitting|" + std::to_string(sitting.id);
            add(statement(id + "|start", first ? "initialized" : "resumed", course_activity(), sitting.started_at));
            first = false;
            const bool last = &sitting == &m_history.sittings.back();
            if (last && m_settings.open_since != 0 && sitting.ended_at == 0 && sitting.last_active_at >= m_settings.open_since)
                continue;
            const bool done = m_history.standing.completed_at != 0 &&
                              m_history.standing.completed_at <= sitting.last_active_at;
            Json end = statement(id + "|end", done ? "terminated" : "suspended", course_activity(), sitting.last_active_at);
            end["result"] = {{"duration", format_duration(sitting.last_active_at - sitting.started_at)}};
            add(std::move(end));
        }
    }

    // The question a record answered: a task screen's, or an assessment pool's.
    const Question* question_of(const InteractionRecord& record) const {
        const Screen* screen = m_course.find_screen(record.answer.screen);
        if (!screen) return nullptr;
        if (screen->assessment) return screen->assessment->find_question(record.answer.part);
        return screen->question ? &*screen->question : nullptr;
    }

    static Json components(const std::vector<std::pair<std::string, std::string>>& items, const std::string& language) {
        Json list = Json::array();
        for (const auto& [id, text] : items) list.push_back({{"id", id}, {"description", {{language, text}}}});
        return list;
    }

    // The cmi.interaction definition: type, correct patterns and the components.
    Json interaction_definition(const InteractionRecord& record, const std::string& name) const {
        const AnswerChecked& a = record.answer;
        Json definition = {{"name", names(name)},
                           {"type", kActivities + "cmi.interaction"},
                           {"interactionType", a.interaction_type}};
        if (!a.correct_responses.empty()) {
            Json patterns = Json::array();
            for (const Response& r : a.correct_responses) patterns.push_back(joined(r));
            definition["correctResponsesPattern"] = patterns;
        }
        using Items = std::vector<std::pair<std::string, std::string>>;
        const Screen* screen = m_course.find_screen(a.screen);
        if (screen && screen->conversation) {
            if (const ConversationNode* node = screen->conversation->find_node(a.part)) {
                Items choices;
                for (const ConversationChoice& c : node->choices) choices.emplace_back(c.id, plain_text(c.text));
                definition["choices"] = components(choices, m_language);
            }
            return definition;
        }
        const Question* question = question_of(record);
        if (!question) return definition;
        if (const auto* choice = std::get_if<ChoiceTask>(&question->body); choice && question->kind != ScreenKind::TrueFalse) {
            Items items;
            for (const ChoiceOption& o : choice->options) items.emplace_back(o.id, plain_text(o.text));
            definition["choices"] = components(items, m_language);
        } else if (const auto* hotspot = std::get_if<HotspotTask>(&question->body)) {
            Items items;
            for (const Region& r : hotspot->regions) items.emplace_back(r.id, r.label);
            definition["choices"] = components(items, m_language);
        } else if (const auto* ordering = std::get_if<OrderingTask>(&question->body)) {
            Items items;
            for (const Item& i : ordering->items) items.emplace_back(i.id, plain_text(i.text));
            definition["choices"] = components(items, m_language);
        } else if (const auto* sorting = std::get_if<CategoriseTask>(&question->body)) {
            Items source, target;
            for (const CategoriseTask::Entry& e : sorting->items) source.emplace_back(e.item.id, plain_text(e.item.text));
            for (const Item& g : sorting->groups) target.emplace_back(g.id, plain_text(g.text));
            definition["source"] = components(source, m_language);
            definition["target"] = components(target, m_language);
        } else if (const auto* matching = std::get_if<MatchingTask>(&question->body)) {
            Items source, target;
            for (const MatchingTask::Pair& p : matching->left) source.emplace_back(p.left.id, plain_text(p.left.text));
            for (const Item& r : matching->right) target.emplace_back(r.id, plain_text(r.text));
            definition["source"] = components(source, m_language);
            definition["target"] = components(target, m_language);
        } else if (const auto* confidence = std::get_if<ConfidenceTask>(&question->body)) {
            Items scale;
            for (std::size_t i = 0; i < confidence->labels.size(); ++i)
                scale.emplace_back(std::to_string(i + 1), confidence->labels[i]);
            if (!scale.empty()) definition["scale"] = components(scale, m_language);
        }
        return definition;
    }

    void add_answer(const InteractionRecord& record) {
        const AnswerChecked& a = record.answer;
        if (a.kind == to_string(ScreenKind::Reflection)) return;  // never leaves this machine
        const Question* question = question_of(record);
        const Screen* screen = m_course.find_screen(a.screen);
        std::string name = question ? plain_text(question->prompt) : (screen ? screen->title : a.screen);
        if (name.size() > 200) name = name.substr(0, 197) + "...";
        const std::string id = a.part.empty() ? iri(a.screen) : iri(a.screen + "/" + a.part);
        Json object = {{"objectType", "Activity"}, {"id", id}, {"definition", interaction_definition(record, name)}};
        Json result = {{"response", joined(a.response)}, {"duration", format_duration(a.duration)}};
        if (a.verdict != Verdict::Ungraded) {
            result["success"] = a.success();
            result["score"] = {{"scaled", a.score}, {"raw", a.score}, {"min", 0}, {"max", 1}};
        }
        Json s = statement("interaction|" + std::to_string(record.id), "answered", std::move(object), a.at);
        s["result"] = std::move(result);
        const std::string parent = a.part.empty() ? iri(parse_screen_ref(a.screen).module_id) : iri(a.screen);
        s["context"]["contextActivities"]["parent"] = Json::array({{{"id", parent}}});
        s["context"]["extensions"] = {{"https://primer.invalid/xapi/extensions/attempt", a.attempt}};
        add(std::move(s));
    }

    void add_event(const EventRecord& event) {
        const std::string id = "event|" + std::to_string(event.id);
        const Json detail = Json::parse(event.detail_json, nullptr, false);
        if (event.kind == "screen-entered") {
            ++m_screens_seen;
            Json s = statement(id, "progressed", screen_activity(event.subject, "lesson"), event.at);
            const int total = std::max(1, m_course.screen_count());
            s["result"] = {{"extensions", {{kProgress, std::min(100, m_screens_seen * 100 / total)}}}};
            add(std::move(s));
        } else if (event.kind == "screen-skipped") {
            add(statement(id, "skipped", screen_activity(event.subject, "lesson"), event.at));
        } else if (event.kind == "module-completed") {
            Json s = statement(id, "completed", module_activity(event.subject), event.at);
            s["result"] = {{"completion", true}};
            add(std::move(s));
        } else if (event.kind == "course-completed") {
            Json s = statement(id, "completed", course_activity(), event.at);
            s["result"] = {{"completion", true}};
            add(std::move(s));
        } else if (event.kind == "attempt-started" && detail.is_object()) {
            const Json& drawn = detail.value("questions", Json::array());
            m_questions_drawn[{event.subject, detail.value("number", 0)}] = drawn.is_array() ? int(drawn.size()) : 0;
        } else if (event.kind == "attempt-submitted" && detail.is_object()) {
            const bool passed = detail.value("passed", false);
            const double score = detail.value("score", 0.0);
            Json s = statement(id, passed ? "passed" : "failed", screen_activity(event.subject, "assessment"), event.at);
            s["result"] = {{"success", passed}, {"completion", true},
                           {"score", attempt_score(score, event.subject, detail.value("number", 0))}};
            add(std::move(s));
        } else if (event.kind == "conversation-ended" && detail.is_object()) {
            Json s = statement(id, "completed", screen_activity(event.subject, "simulation"), event.at);
            const double score = detail.value("score", 0.0);
            s["result"] = {{"completion", true}, {"success", detail.value("success", false)},
                           {"score", {{"scaled", score}, {"raw", score}, {"min", 0}, {"max", 1}}},
                           {"response", detail.value("ending", std::string())}};
            add(std::move(s));
        }
        // attempt-started (beyond its question count) and time-extended are in the database
        // for reports; no xAPI verb
        // says them better than the answered and passed/failed statements around them.
    }

    const Course& m_course;
    const LearnerHistory& m_history;
    const XapiSettings& m_settings;
    std::string m_language;
    int m_screens_seen = 0;
    std::map<std::pair<std::string, int>, int> m_questions_drawn;  // (screen, attempt) -> questions

    // An attempt's score in points (score_points.hpp); an attempt whose start is not in the
    // history (it cannot happen in Primer's own records) keeps the 0..1 scale. The bounds stay
    // whole numbers, as they always were: a statement's bytes must not change once written.
    Json attempt_score(double scaled, const std::string& screen, int number) const {
        const auto drawn = m_questions_drawn.find({screen, number});
        const ScorePoints points = score_points(scaled, drawn == m_questions_drawn.end() ? 0 : drawn->second);
        return {{"scaled", scaled}, {"raw", points.raw}, {"min", 0}, {"max", static_cast<int>(points.max)}};
    }
    std::vector<Json> m_statements;
};

}  // namespace

bool write_xapi(const Store& store, const Course& course, const ExportFilter& filter, const XapiSettings& settings,
                bool json_array, std::ostream& out, ExportCount& count) {
    if (json_array) out << "[";
    const auto wanted = [&](const Standing& standing) { return included(filter, standing); };
    const bool read_all = store.for_each_history(course.id, wanted, [&](const LearnerHistory& history) {
        for (const Json& statement : xapi_statements(course, history, settings)) {
            if (json_array && count.rows > 0) out << ",";
            out << statement.dump(-1, ' ', false, Json::error_handler_t::replace) << (json_array ? "" : "\n");
            ++count.rows;
        }
        ++count.learners;
        return true;
    });
    if (json_array) out << "]\n";
    return read_all;
}

std::vector<nlohmann::json> xapi_statements(const Course& course, const LearnerHistory& history,
                                            const XapiSettings& settings) {
    return Builder(course, history, settings).build();
}

}  // namespace primer
