#include "progress_codec.hpp"

#include "progress_migration.hpp"

#include <array>
#include <cstdint>
#include <limits>

namespace primer {
namespace {

using Json = nlohmann::json;

// Format 1 answers said `correct: true|false`; format 2 says what kind of right (a
// verdict) and how right (a score), and adds the seed, conversations and assessments.
// Format 1 saves predate shuffling, so seed 0 keeps any order they showed.
bool from_format_1(Json& document, std::string& error) {
    Json& answers = document["answers"];
    if (!answers.is_object()) {
        error = "The saved progress has no list of answers to upgrade.";
        return false;
    }
    for (auto& [screen, answer] : answers.items()) {
        if (!answer.is_object() || !answer.contains("correct") || !answer["correct"].is_boolean()) {
            error = "The saved answer for \"" + screen + "\" cannot be upgraded: it does not say whether it was correct.";
            return false;
        }
        const bool correct = answer["correct"].get<bool>();
        answer.erase("correct");
        answer["verdict"] = correct ? "correct" : "incorrect";
        answer["score"] = correct ? 1.0 : 0.0;
    }
    document["seed"] = std::uint64_t{0};
    document["conversations"] = Json::object();
    document["assessments"] = Json::object();
    return true;
}

// Format 3 adds the screens skipped from content notes.
bool from_format_2(Json& document, std::string&) {
    document["skipped"] = Json::array();
    return true;
}

// Entry i upgrades format i + 1.
constexpr std::array<ProgressMigration, 2> kMigrations{&from_format_1, &from_format_2};
static_assert(kMigrations.size() == kProgressFormat - 1, "each older format needs its migration step");

// Names a value the way a person reading the error would look for it in the file.
std::string shown(const Json& value) {
    switch (value.type()) {
    case Json::value_t::string:
        return "text";
    case Json::value_t::array:
        return "a list";
    case Json::value_t::object:
        return "an object";
    default:
        return value.dump();
    }
}

// Reads the fields of one JSON object with their types checked. The first problem becomes
// a sentence in `error` and makes every later read a no-op, so callers check once.
class Fields {
public:
    Fields(const Json& object, std::string owner, std::string& error)
        : m_object(object), m_owner(std::move(owner)), m_error(error) {}

    void text(const char* key, std::string& out) {
        if (const Json* value = field(key, value_is<&Json::is_string>, "text")) out = value->get<std::string>();
    }

    void millis(const char* key, Millis& out) {
        const Json* value = field(key, value_is<&Json::is_number_integer>, "a whole number of milliseconds");
        if (value == nullptr) return;
        if (value->is_number_unsigned() && value->get<std::uint64_t>() > std::numeric_limits<Millis>::max()) {
            wrong(key, "a time Primer can hold", *value);
            return;
        }
        out = value->get<Millis>();
    }

    void count(const char* key, int& out) {
        const Json* value = field(key, value_is<&Json::is_number_integer>, "a whole number from 0 up");
        if (value == nullptr) return;
        // Parsed JSON holds every integer without a minus sign as unsigned.
        if (!value->is_number_unsigned() && value->get<std::int64_t>() < 0) {
            wrong(key, "a whole number from 0 up", *value);
            return;
        }
        if (value->get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<int>::max())) {
            wrong(key, "a whole number Primer can hold", *value);
            return;
        }
        out = value->get<int>();
    }

    void integer(const char* key, int& out) {
        const Json* value = field(key, value_is<&Json::is_number_integer>, "a whole number");
        if (value == nullptr) return;
        const bool fits_int = value->is_number_unsigned()
                                  ? value->get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<int>::max())
                                  : value->get<std::int64_t>() >= std::numeric_limits<int>::min() &&
                                        value->get<std::int64_t>() <= std::numeric_limits<int>::max();
        if (!fits_int) {
            wrong(key, "a whole number Primer can hold", *value);
            return;
        }
        out = value->get<int>();
    }

    void seed(const char* key, std::uint64_t& out) {
        if (const Json* value = field(key, value_is<&Json::is_number_unsigned>, "a whole number from 0 up"))
            out = value->get<std::uint64_t>();
    }

    // A fraction from 0 to 1, such as a score.
    void fraction(const char* key, double& out) {
        const Json* value = field(key, value_is<&Json::is_number>, "a number from 0 to 1");
        if (value == nullptr) return;
        const double number = value->get<double>();
        if (!(number >= 0 && number <= 1)) {
            wrong(key, "a number from 0 to 1", *value);
            return;
        }
        out = number;
    }

    void verdict(const char* key, Verdict& out) {
        std::string name;
        text(key, name);
        if (!m_error.empty()) return;
        for (Verdict v : {Verdict::Correct, Verdict::Partly, Verdict::Incorrect, Verdict::Ungraded})
            if (name == to_string(v)) {
                out = v;
                return;
            }
        m_error = m_owner + " has a wrong \"" + key + "\": \"" + name +
                  "\" is not one of correct, partly, incorrect or ungraded.";
    }

    const Json* list(const std::string& key) { return field(key, value_is<&Json::is_array>, "a list"); }

    void flag(const char* key, bool& out) {
        if (const Json* value = field(key, value_is<&Json::is_boolean>, "true or false")) out = value->get<bool>();
    }

    // Fills a std::vector or std::set of strings.
    template <typename Strings>
    void texts(const char* key, const char* expected, Strings& out) {
        const Json* list = field(key, value_is<&Json::is_array>, expected);
        if (list == nullptr) return;
        for (const Json& item : *list) {
            if (!item.is_string()) {
                wrong(key, expected, item, "a list holding ");
                return;
            }
            out.insert(out.end(), item.get<std::string>());
        }
    }

    const Json* object(const std::string& key) { return field(key, value_is<&Json::is_object>, "an object"); }

private:
    template <bool (Json::*is)() const noexcept>
    static bool value_is(const Json& value) {
        return (value.*is)();
    }

    const Json* field(const std::string& key, bool (*fits)(const Json&), const char* expected) {
        if (!m_error.empty()) return nullptr;
        const auto found = m_object.find(key);
        if (found == m_object.end()) {
            m_error = m_owner + " lacks the field \"" + key + "\".";
            return nullptr;
        }
        if (!fits(*found)) {
            wrong(key, expected, *found);
            return nullptr;
        }
        return &*found;
    }

    void wrong(const std::string& key, const std::string& expected, const Json& value, const char* found = "") {
        m_error = m_owner + " has a wrong \"" + key + "\": it should be " + expected + ", not " + found +
                  shown(value) + ".";
    }

    const Json& m_object;
    std::string m_owner;
    std::string& m_error;
};

TaskAnswer read_answer(const Json& entry, const std::string& owner, std::string& error) {
    TaskAnswer answer;
    Fields fields(entry, owner, error);
    fields.texts("response", "a list of answers", answer.response);
    fields.verdict("verdict", answer.verdict);
    fields.fraction("score", answer.score);
    fields.count("attempts", answer.attempts);
    fields.millis("answered_at", answer.answered_at);
    return answer;
}

// Reads an object of answers keyed by screen or question id.
std::map<std::string, TaskAnswer> read_answers(const Json& answers, const std::string& owner, std::string& error) {
    std::map<std::string, TaskAnswer> result;
    Fields by_id(answers, owner, error);
    for (const auto& item : answers.items()) {
        const Json* entry = by_id.object(item.key());
        if (entry == nullptr) break;
        result.emplace(item.key(), read_answer(*entry, "The saved answer for \"" + item.key() + "\"", error));
        if (!error.empty()) break;
    }
    return result;
}

ConversationProgress read_conversation(const Json& entry, const std::string& owner, std::string& error) {
    ConversationProgress conversation;
    Fields fields(entry, owner, error);
    fields.text("node", conversation.node);
    fields.texts("endings", "a list of ending ids", conversation.endings);
    if (const Json* variables = fields.object("variables")) {
        Fields values(*variables, owner + "'s variables", error);
        for (const auto& item : variables->items()) values.integer(item.key().c_str(), conversation.variables[item.key()]);
    }
    if (const Json* path = fields.list("path")) {
        for (const Json& step_json : *path) {
            if (!error.empty()) break;
            if (!step_json.is_object()) {
                error = owner + " has a step that is not an object.";
                break;
            }
            ConversationStep step;
            Fields step_fields(step_json, owner + "'s path", error);
            step_fields.text("node", step.node);
            step_fields.text("choice", step.choice);
            step_fields.millis("at", step.at);
            conversation.path.push_back(std::move(step));
        }
    }
    return conversation;
}

AssessmentAttempt read_attempt(const Json& entry, const std::string& owner, std::string& error) {
    AssessmentAttempt attempt;
    Fields fields(entry, owner, error);
    fields.count("number", attempt.number);
    fields.texts("questions", "a list of question ids", attempt.questions);
    if (const Json* answers = fields.object("answers")) attempt.answers = read_answers(*answers, owner, error);
    fields.millis("started_at", attempt.started_at);
    fields.millis("submitted_at", attempt.submitted_at);
    fields.millis("time_allowed", attempt.time_allowed);
    fields.count("extensions", attempt.extensions);
    fields.fraction("score", attempt.score);
    fields.flag("passed", attempt.passed);
    return attempt;
}

std::optional<Progress> read_current(const Json& document, std::string& error) {
    Progress progress;
    Fields fields(document, "The saved progress", error);
    fields.text("course_id", progress.course_id);
    fields.text("course_version", progress.course_version);
    fields.seed("seed", progress.seed);
    fields.text("current", progress.current);
    fields.texts("visited", "a list of screen ids", progress.visited);
    fields.texts("skipped", "a list of screen ids", progress.skipped);
    fields.millis("started_at", progress.started_at);
    fields.millis("updated_at", progress.updated_at);
    fields.millis("completed_at", progress.completed_at);
    if (const Json* answers = fields.object("answers"))
        progress.answers = read_answers(*answers, "The list of saved answers", error);
    if (const Json* conversations = fields.object("conversations")) {
        Fields by_screen(*conversations, "The list of saved conversations", error);
        for (const auto& item : conversations->items()) {
            const Json* entry = by_screen.object(item.key());
            if (entry == nullptr) break;
            progress.conversations.emplace(
                item.key(), read_conversation(*entry, "The saved conversation \"" + item.key() + "\"", error));
        }
    }
    if (const Json* assessments = fields.object("assessments")) {
        Fields by_screen(*assessments, "The list of saved assessments", error);
        for (const auto& item : assessments->items()) {
            const Json* attempts = by_screen.list(item.key());
            if (attempts == nullptr) break;
            std::vector<AssessmentAttempt>& list = progress.assessments[item.key()];
            for (const Json& attempt : *attempts) {
                if (!error.empty()) break;
                if (!attempt.is_object()) {
                    error = "The saved assessment \"" + item.key() + "\" has an attempt that is not an object.";
                    break;
                }
                list.push_back(read_attempt(attempt, "The saved attempt at \"" + item.key() + "\"", error));
            }
        }
    }
    if (!error.empty()) return std::nullopt;
    return progress;
}

Json answer_json(const TaskAnswer& answer) {
    return {{"response", answer.response},
            {"verdict", to_string(answer.verdict)},
            {"score", answer.score},
            {"attempts", answer.attempts},
            {"answered_at", answer.answered_at}};
}

Json answers_json(const std::map<std::string, TaskAnswer>& answers) {
    Json result = Json::object();
    for (const auto& [id, answer] : answers) result[id] = answer_json(answer);
    return result;
}

Json conversation_json(const ConversationProgress& conversation) {
    Json path = Json::array();
    for (const ConversationStep& step : conversation.path)
        path.push_back({{"node", step.node}, {"choice", step.choice}, {"at", step.at}});
    return {{"node", conversation.node},
            {"variables", conversation.variables},
            {"path", std::move(path)},
            {"endings", conversation.endings}};
}

Json attempt_json(const AssessmentAttempt& attempt) {
    return {{"number", attempt.number},
            {"questions", attempt.questions},
            {"answers", answers_json(attempt.answers)},
            {"started_at", attempt.started_at},
            {"submitted_at", attempt.submitted_at},
            {"time_allowed", attempt.time_allowed},
            {"extensions", attempt.extensions},
            {"score", attempt.score},
            {"passed", attempt.passed}};
}

}  // namespace

std::span<const ProgressMigration> progress_migrations() { return kMigrations; }

bool migrate_progress(Json& document, int from, std::span<const ProgressMigration> steps, std::string& error) {
    const int target = static_cast<int>(steps.size()) + 1;
    if (from < 1 || from > target) {
        error = "The saved progress has format " + std::to_string(from) + ", which no version of Primer wrote.";
        return false;
    }
    for (int format = from; format < target; ++format) {
        if (!steps[static_cast<std::size_t>(format - 1)](document, error)) return false;
        if (!document.is_object()) {
            error = "The saved progress could not be upgraded from format " + std::to_string(format) + ".";
            return false;
        }
        document["format"] = format + 1;
    }
    return true;
}

std::string encode_progress(const Progress& progress) {
    Json conversations = Json::object();
    for (const auto& [screen, conversation] : progress.conversations) conversations[screen] = conversation_json(conversation);
    Json assessments = Json::object();
    for (const auto& [screen, attempts] : progress.assessments) {
        Json list = Json::array();
        for (const AssessmentAttempt& attempt : attempts) list.push_back(attempt_json(attempt));
        assessments[screen] = std::move(list);
    }
    const Json document = {{"format", kProgressFormat},
                           {"course_id", progress.course_id},
                           {"course_version", progress.course_version},
                           {"seed", progress.seed},
                           {"current", progress.current},
                           {"visited", progress.visited},
                           {"skipped", progress.skipped},
                           {"answers", answers_json(progress.answers)},
                           {"conversations", std::move(conversations)},
                           {"assessments", std::move(assessments)},
                           {"started_at", progress.started_at},
                           {"updated_at", progress.updated_at},
                           {"completed_at", progress.completed_at}};
    // Invalid UTF-8 in an id becomes U+FFFD rather than an exception: a save with one odd
    // character beats a lost save.
    return document.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::optional<Progress> decode_progress(const std::string& text, std::string& error) {
    error.clear();
    try {
        Json document;
        try {
            document = Json::parse(text);
        } catch (const Json::parse_error& problem) {
            error = "The saved progress is not valid JSON (the problem is near byte " + std::to_string(problem.byte) +
                    "); it may have been damaged.";
            return std::nullopt;
        }
        if (!document.is_object()) {
            error = "The saved progress should be a JSON object, not " + shown(document) + ".";
            return std::nullopt;
        }
        int format = 0;
        Fields(document, "The saved progress", error).count("format", format);
        if (!error.empty()) return std::nullopt;
        if (format > kProgressFormat) {
            error = "The saved progress was written by a newer version of Primer (format " + std::to_string(format) +
                    "; this version reads up to " + std::to_string(kProgressFormat) + "). Update Primer to resume it.";
            return std::nullopt;
        }
        if (!migrate_progress(document, format, progress_migrations(), error)) return std::nullopt;
        return read_current(document, error);
    } catch (const Json::exception& problem) {
        error = std::string("The saved progress could not be read (") + problem.what() + ").";
        return std::nullopt;
    }
}

}  // namespace primer
