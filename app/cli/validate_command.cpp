// `primer validate PATH...`: every problem in every course or module named, printed like
// a compiler's diagnostics, then one summary line per path. Exit 1 on any error.
#include "commands.hpp"

#include "args.hpp"
#include "brand.hpp"
#include "course_loader.hpp"
#include "data_paths.hpp"
#include "duration_report.hpp"
#include "course_library.hpp"
#include "module_package.hpp"
#include "stb_font_checker.hpp"
#include "stb_image_checker.hpp"
#include "ui_strings.hpp"

#include <iostream>

namespace primer::cli {

namespace {

constexpr const char* kHelp = R"(Usage: primer validate PATH... [--data-dir DIR]
       primer validate --locale FILE

Checks each course folder (with course.toml), module folder (with module.toml) or brand
folder (with brand.toml: its logo, fonts and the contrast of every colour pair the player
draws text with) and prints every problem as file:line:col: severity: message, with a hint. Exits 1 if any
path has an error; warnings alone exit 0. Without errors, it then prints how long the
content takes, estimated per module (the rates are in course.toml's [duration]).
Modules a course adds with [[library]] are looked up in the data folder's module library.

--locale FILE checks a file of the player's own words (e.g. assets/locales/cy.toml) against
English (the en.toml beside it, else the player's own): keys it lacks show in English
(warnings); keys English does not have and changed {placeholders} are errors.
)";

// The locale file against English; true when it has no errors.
bool validate_locale(const std::filesystem::path& file) {
    Diagnostics diagnostics;
    const std::filesystem::path beside = file.parent_path() / "en.toml";
    const std::filesystem::path english_file = std::filesystem::exists(beside) ? beside : locales_dir() / "en.toml";
    std::optional<UiStrings> locale = read_ui_strings(file, file.string(), diagnostics);
    std::optional<UiStrings> english = read_ui_strings(english_file, english_file.string(), diagnostics);
    if (locale && english) check_locale(*english, *locale, diagnostics);
    for (const Diagnostic& d : diagnostics.all()) std::cout << format_diagnostic(d) << "\n";
    std::cout << file.string() << ": " << diagnostics.error_count() << " errors, " << diagnostics.warning_count()
              << " warnings";
    if (locale && english) std::cout << " (" << locale->entries.size() << " of " << english->entries.size() << " strings)";
    std::cout << "\n";
    return !diagnostics.has_errors();
}

}  // namespace

int validate_command(const Words& words) {
    auto parsed = parse_command(words, ArgSpec{{"--data-dir", "--locale"}}, "validate", kHelp);
    if (!parsed.args) return parsed.exit_code;
    const auto& args = parsed.args;
    if (args->has("--locale") && args->positional.empty()) return validate_locale(args->value("--locale")) ? 0 : 1;
    if (args->positional.empty()) {
        std::cerr << "primer: name at least one course or module folder to validate, e.g. 'primer validate modules'.\n";
        return 2;
    }
    StbImageChecker images;
    StbFontChecker fonts;
    const std::filesystem::path library = module_library_dir(resolve_data_dir(args->value("--data-dir")));
    bool any_errors = false;
    auto summary = [&](const std::string& path, const Diagnostics& diagnostics) {
        for (const Diagnostic& d : diagnostics.all()) std::cout << format_diagnostic(d) << "\n";
        int errors = diagnostics.error_count();
        int warnings = diagnostics.warning_count();
        any_errors |= errors > 0;
        std::cout << path << ": " << errors << (errors == 1 ? " error, " : " errors, ") << warnings
                  << (warnings == 1 ? " warning" : " warnings");
    };
    for (const std::string& path : args->positional) {
        if (is_brand_path(path)) {
            summary(path, load_brand(path, &images, &fonts).diagnostics);
            std::cout << "\n";
            continue;
        }
        LoadResult result = load_course_or_module_with_library(path, library, &images);
        summary(path, result.diagnostics);
        if (result.course)
            std::cout << " (" << result.course->modules.size() << " modules, " << result.course->screen_count()
                      << " screens)";
        std::cout << "\n";
        if (result.course) std::cout << duration_report(*result.course);
        // The brand its manifest names is part of the course an author hands over.
        if (result.course && !result.course->brand.empty()) {
            summary(result.course->brand.string(), load_brand(result.course->brand, &images, &fonts).diagnostics);
            std::cout << "\n";
        }
    }
    return any_errors ? 1 : 0;
}

}  // namespace primer::cli
