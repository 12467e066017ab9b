// `primer certificate --learner ID`: the learner's certificate of completion as a PDF,
// from their latest signed completion.
#include "commands.hpp"

#include "args.hpp"
#include "brand_choice.hpp"
#include "certificate.hpp"
#include "course_loader.hpp"
#include "data_paths.hpp"
#include "learner_certificate.hpp"

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
    const Brand brand = choose_brand(args.value("--brand"), &*loaded.course,
                                     [](const std::string& said) { std::cerr << "primer: " << said << "\n"; });
    const std::optional<CertificateContent> content = learner_certificate(
        CertificateSource{*loaded.course, *store, locales, brand}, learner_id, args.value("--lang"), error);
    if (!content) {
        std::cerr << "primer: " << error << "\n";
        return 1;
    }
    const std::string output = args.value("--output", "certificate-" + learner_id + ".pdf");
    if (!write_certificate_pdf(*content, output, error)) {
        std::cerr << "primer: " << error << "\n";
        return 1;
    }
    std::cerr << "primer: wrote " << output << " (verification code " << verification_code(content->record) << ")\n";
    return 0;
}

}  // namespace primer::cli
