// The player's own words (buttons, headings, messages) in the learner's language.
// A locale file is TOML: tables named after screens, each key one string, e.g.
//   [top_bar]
//   support = "Support"
// `{name}` in a string is a placeholder the player fills (format_text). English (en.toml)
// has every key; another language may lack some, and those are shown in English.
// Course content is not here: modules carry their own translations.
#pragma once

#include "diagnostics.hpp"

#include <filesystem>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace primer {

struct LocaleEntry {
    std::string text;
    SourceLoc where;  // the value in its file, for the check's messages
};

struct UiStrings {
    std::string tag;   // BCP 47, the file's name without .toml ("en", "cy")
    std::string name;  // the language's own name ([locale] name), for the selector
    std::map<std::string, LocaleEntry, std::less<>> entries;  // dotted key ("top_bar.support")
};

inline constexpr std::string_view kFallbackLanguage = "en";

// Reads one locale file; `label` is how diagnostics name it. Nullopt (with errors) when it
// cannot be read, has a value that is not text, or lacks [locale] name.
std::optional<UiStrings> read_ui_strings(const std::filesystem::path& file, const std::string& label,
                                         Diagnostics& diagnostics);

// Every readable *.toml in `folder`, English first and then by tag; the broken ones add their diagnostics.
std::vector<UiStrings> read_locale_folder(const std::filesystem::path& folder, Diagnostics& diagnostics);

// Lookup with English under it: a key the chosen language lacks is shown in English, and a key
// neither has is shown as itself, so a missing string is visible rather than blank.
class UiText {
public:
    UiText() = default;
    UiText(const UiStrings* chosen, const UiStrings* english) : m_chosen(chosen), m_english(english) {}
    const char* operator()(std::string_view key) const;
    const std::string& tag() const;

private:
    const UiStrings* m_chosen = nullptr;
    const UiStrings* m_english = nullptr;
};

using TextArgs = std::initializer_list<std::pair<std::string_view, std::string>>;

// Fills each {name} with its argument. "{{" and "}}" are literal braces. A placeholder with no
// argument stays as written ("{name}"), so a mistake shows on screen and never crashes.
std::string format_text(std::string_view pattern, TextArgs args);

// The placeholder names a string uses, sorted, each once.
std::vector<std::string> placeholders(std::string_view text);

// `locale` against English: keys it lacks (warnings: they show in English), keys English
// does not have (errors: a typo or a string no longer used), and strings whose placeholders
// differ from English's (errors: the player would show "{name}" or lose a value).
void check_locale(const UiStrings& english, const UiStrings& locale, Diagnostics& diagnostics);

}  // namespace primer
