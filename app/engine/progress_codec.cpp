#include "progress_codec.hpp"

#include "progress_migration.hpp"

#include <array>
#include <cstdint>
#include <limits>

namespace primer {
namespace {

using Json = nlohmann::json;

// Entry i upgrades format i + 1. Format 2 adds `bool from_format_1(Json&, std::string&)`
// here, bumps kProgressFormat, and teaches encode_progress and read_current its shape.
constexpr std::array<ProgressMigration, 0> kMigrations{};
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

std::optional<Progress> read_current(const Json& document, std::string& error) {
    Progress progress;
    Fields fields(document, "The saved progress", error);
    fields.text("course_id", progress.course_id);
    fields.text("course_version", progress.course_version);
    fields.text("current", progress.current);
    fields.texts("visited", "a list of screen ids", progress.visited);
    fields.millis("started_at", progress.started_at);
    fields.millis("updated_at", progress.updated_at);
    fields.millis("completed_at", progress.completed_at);
    if (const Json* answers = fields.object("answers")) {
        Fields by_screen(*answers, "The list of saved answers", error);
        for (const auto& item : answers->items()) {
            const Json* entry = by_screen.object(item.key());
            if (entry == nullptr) break;
            TaskAnswer answer;
            Fields answer_fields(*entry, "The saved answer for \"" + item.key() + "\"", error);
            answer_fields.texts("response", "a list of option ids", answer.response);
            answer_fields.flag("correct", answer.correct);
            answer_fields.count("attempts", answer.attempts);
            answer_fields.millis("answered_at", answer.answered_at);
            progress.answers.emplace(item.key(), std::move(answer));
        }
    }
    if (!error.empty()) return std::nullopt;
    return progress;
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
    Json answers = Json::object();
    for (const auto& [screen, answer] : progress.answers) {
        answers[screen] = {{"response", answer.response},
                           {"correct", answer.correct},
                           {"attempts", answer.attempts},
                           {"answered_at", answer.answered_at}};
    }
    const Json document = {{"format", kProgressFormat},
                           {"course_id", progress.course_id},
                           {"course_version", progress.course_version},
                           {"current", progress.current},
                           {"visited", progress.visited},
                           {"answers", std::move(answers)},
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
