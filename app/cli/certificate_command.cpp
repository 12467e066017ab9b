// `primer certificate --learner ID`: the learner's certificate of completion as a PDF,
// from their latest signed completion.
#include "commands.hpp"

#include "args.hpp"
#include "brand_choice.hpp"
#include "certificate.hpp"
#include "certificate_pdf.hpp"
#include "course_loader.hpp"
#include "data_paths.hpp"
#include "store.hpp"
#include "translation_apply.hpp"
#include "translation_file.hpp"
#include "ui_strings.hpp"

#include <algorithm>
#include <iostream>

namespace primer::cli {

namespace {

constexpr const char* kHelp = R"(Usage: primer certificate --learner ID [--course-dir DIR] [--brand DIR] [--output FILE]
                          [--lang TAG] [--data-dir DIR]

Writes the learner's certificate of completion for the course (default: the built-in
course) as a PDF, from their latest signed completion: their name, the course, the date,
the final assessment score, a certificate id, a verification code and a QR code that
carries the signed record. Only a completed course (and a passed assessment, where the
course has one) earns a certificate. The logo, colour, wording and signatory come from the
brand: --brand DIR, else the course's brand = "...", else the default, and are shown as the
brand wrote them. The rest of the wording, and the course's title where the course has a
translation, is in the learner's language (the one they chose in the player's Settings),
or in --lang TAG (en, cy); the signed record and its verification code are the same in
every language.
)";

// The player's words in `language`, else in its first subtag ("cy-GB": "cy"); nullptr when neither has a file.
const UiStrings* find_locale(const std::vector<UiStrings>& locales, const std::string& language) {
    for (const std::string& tag : {language, language.substr(0, language.find('-'))}) {
        auto it = std::find_if(locales.begin(), locales.end(),
                               [&](const UiStrings& strings) { return same_language_tag(strings.tag, tag); });
        if (it != locales.end()) return &*it;
    }
    return nullptr;
}

}  // namespace

int certificate_command(const Words& words) {
    auto parsed =
        parse_command(words, ArgSpec{{"--learner", "--course-dir", "--brand", "--output", "--lang", "--data-dir"}}, "certificate", kHelp);
    if (!parsed.args) return parsed.exit_code;
    const Args& args = *parsed.args;
    if (!args.has("--learner")) {
        std::cerr << "primer: say whose certificate to make with --learner ID (their staff id).\n";
        return 2;
    }
    Diagnostics locale_problems;
    const std::vector<UiStrings> locales = read_locale_folder(locales_dir(), locale_problems);
    for (const Diagnostic& problem : locale_problems.all()) std::cerr << format_diagnostic(problem) << "\n";
    if (args.has("--lang") && !find_locale(locales, args.value("--lang"))) {
        std::cerr << "primer: there are no player words in \"" << args.value("--lang") << "\" (" << locales_dir().string()
                  << "); name a language that has a file there, such as en or cy.\n";
        return 2;
    }
    const std::string course_dir = args.value("--course-dir", builtin_course_dir().string());
    LoadResult loaded = load_course(course_dir, nullptr, Checks::Play);
    if (!loaded.course) {
        std::cerr << "primer: " << course_dir << " has errors; run 'primer validate " << course_dir << "'.\n";
        return 1;
    }
    std::string error;
    auto store = Store::open(database_path(resolve_data_dir(args.value("--data-dir"))), error);
    if (!store) {
        std::cerr << "primer: " << error << "\n";
        return 1;
    }
    const std::string learner_id = args.value("--learner");
    auto learner = store->find_learner(learner_id);
    auto record = store->latest_completion(learner_id, loaded.course->id);
    if (!learner || !record || record->completed_at == 0 || record->success == "failed") {
        std::cerr << "primer: " << learner_id << " has no certificate to print for " << loaded.course->id << ": "
                  << (!learner ? "there is no learner with that staff id."
                      : !record || record->completed_at == 0 ? "they have not completed the course yet."
                                                             : "they have not passed the final assessment yet.")
                  << "\n";
        return 1;
    }
    const std::optional<ComfortSettings> comfort = store->comfort_settings(learner_id);
    const std::string language = args.value("--lang", comfort ? comfort->language : std::string(kFallbackLanguage));
    // A saved language without player words (a file removed since) falls back to English.
    const UiText text(find_locale(locales, language), find_locale(locales, std::string(kFallbackLanguage)));
    const Brand brand = choose_brand(args.value("--brand"), &*loaded.course,
                                     [](const std::string& said) { std::cerr << "primer: " << said << "\n"; });
    CertificateContent content;
    content.record = *record;
    content.learner_name = learner->name;
    content.course_title = translate_course(*loaded.course, language).course.title;
    content.organisation = learner->organisation;
    content.issuer = brand.name.empty() ? "Primer" : brand.name;
    content.words = certificate_words(text, *record, content.issuer, content.course_title);
    content.logo = brand.logo;
    content.primary = brand.colours.primary;
    content.wording = brand.certificate.wording;
    content.signatory = brand.certificate.signatory;
    content.signatory_role = brand.certificate.role;
    const std::string output = args.value("--output", "certificate-" + learner_id + ".pdf");
    if (!write_certificate_pdf(content, output, error)) {
        std::cerr << "primer: " << error << "\n";
        return 1;
    }
    std::cerr << "primer: wrote " << output << " (verification code " << verification_code(*record) << ")\n";
    return 0;
}

}  // namespace primer::cli
