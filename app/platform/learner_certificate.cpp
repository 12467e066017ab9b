#include "learner_certificate.hpp"

#include "certificate.hpp"
#include "translation_apply.hpp"
#include "translation_file.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>

namespace primer {

namespace {

// The folder user-dirs.dirs names for DOCUMENTS ("$HOME/Documents" expanded), as
// xdg-user-dir reads it; empty when it names none, or only the home folder (which means "none").
std::filesystem::path xdg_documents(const std::filesystem::path& home) {
    const char* config = std::getenv("XDG_CONFIG_HOME");
    const std::filesystem::path dirs =
        (config && *config ? std::filesystem::path(config) : home / ".config") / "user-dirs.dirs";
    std::ifstream in(dirs);
    const std::string key = "XDG_DOCUMENTS_DIR=\"";
    for (std::string line; std::getline(in, line);) {
        if (line.rfind(key, 0) != 0 || line.back() != '"') continue;
        std::string value = line.substr(key.size(), line.size() - key.size() - 1);
        if (value.rfind("$HOME", 0) == 0) value = home.string() + value.substr(5);
        const std::filesystem::path folder(value);
        if (folder.is_absolute() && (folder / "").lexically_normal() != (home / "").lexically_normal()) return folder;
    }
    return {};
}

// The learner id a certificate PDF carries; empty when the file is not a certificate.
std::string certificate_owner(const std::filesystem::path& pdf) {
    std::string ignored;
    const std::optional<std::string> payload = read_certificate_payload(pdf, ignored);
    const std::optional<CompletionRecord> record = payload ? parse_certificate_payload(*payload) : std::nullopt;
    return record ? record->learner_id : "";
}

}  // namespace

const UiStrings* find_locale(const std::vector<UiStrings>& locales, const std::string& language) {
    for (const std::string& tag : {language, language.substr(0, language.find('-'))}) {
        auto it = std::find_if(locales.begin(), locales.end(),
                               [&](const UiStrings& strings) { return same_language_tag(strings.tag, tag); });
        if (it != locales.end()) return &*it;
    }
    return nullptr;
}

std::optional<CertificateContent> learner_certificate(const CertificateSource& source, const std::string& learner_id,
                                                      const std::string& language, std::string& problem) {
    const std::optional<Learner> learner = source.store.find_learner(learner_id);
    const std::optional<CompletionRecord> record = source.store.latest_completion(learner_id, source.course.id);
    const NoCertificate why = why_no_certificate(learner.has_value(), record);
    if (why != NoCertificate::None) {
        problem = learner_id + " has no certificate to print for " + source.course.id + ": " +
                  (why == NoCertificate::NoLearner      ? "there is no learner with that staff id."
                   : why == NoCertificate::NotCompleted ? "they have not completed the course yet."
                                                        : "they have not passed the final assessment yet.");
        return std::nullopt;
    }
    std::string chosen = language;
    if (chosen.empty()) {
        const std::optional<ComfortSettings> comfort = source.store.comfort_settings(learner_id);
        chosen = comfort ? comfort->language : std::string(kFallbackLanguage);
    }
    // A language without player words (a file removed since it was chosen) falls back to English.
    const UiText text(find_locale(source.locales, chosen), find_locale(source.locales, std::string(kFallbackLanguage)));
    const Brand& brand = source.brand;
    CertificateContent content;
    content.record = *record;
    content.learner_name = learner->name;
    content.course_title = translate_course(source.course, chosen).course.title;
    content.organisation = learner->organisation;
    content.issuer = brand.name.empty() ? "Primer" : brand.name;
    content.words = certificate_words(text, *record, content.issuer, content.course_title);
    content.logo = brand.logo;
    content.primary = brand.colours.primary;
    content.wording = brand.certificate.wording;
    content.signatory = brand.certificate.signatory;
    content.signatory_role = brand.certificate.role;
    return content;
}

std::filesystem::path documents_folder(const std::filesystem::path& fallback) {
    const char* home_variable = std::getenv("HOME");
    if (!home_variable || !*home_variable) return fallback;
    const std::filesystem::path home(home_variable);
    std::error_code ignored;
    if (std::filesystem::path xdg = xdg_documents(home); !xdg.empty() && std::filesystem::is_directory(xdg, ignored))
        return xdg;
    if (std::filesystem::is_directory(home / "Documents", ignored)) return home / "Documents";
    return fallback;
}

std::string certificate_file_name(const std::string& course_title, const std::string& learner_name) {
    std::string name = "Certificate - " + course_title + " - " + learner_name;
    for (char& c : name)
        if (static_cast<unsigned char>(c) < 0x20 || std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos)
            c = '-';
    // Well inside the usual 255-byte limit with " (NN).pdf" added, cut at a whole UTF-8 character.
    constexpr std::size_t kMostBytes = 200;
    if (name.size() > kMostBytes) {
        std::size_t cut = kMostBytes;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
        name.resize(cut);
    }
    return name + ".pdf";
}

std::filesystem::path certificate_path(const std::filesystem::path& folder, const std::string& file_name,
                                       const std::string& learner_id) {
    const std::string stem = file_name.substr(0, file_name.size() - 4);  // without ".pdf"
    for (int n = 1;; ++n) {
        const std::filesystem::path file = folder / (n == 1 ? file_name : stem + " (" + std::to_string(n) + ").pdf");
        std::error_code ignored;
        if (!std::filesystem::exists(file, ignored) || certificate_owner(file) == learner_id) return file;
    }
}

std::optional<std::filesystem::path> save_learner_certificate(const CertificateSource& source,
                                                              const std::string& learner_id,
                                                              const std::string& language,
                                                              const std::filesystem::path& data_dir,
                                                              std::string& problem) {
    const std::optional<CertificateContent> content = learner_certificate(source, learner_id, language, problem);
    if (!content) return std::nullopt;
    const std::filesystem::path folder = documents_folder(data_dir);
    const std::filesystem::path file =
        certificate_path(folder, certificate_file_name(content->course_title, content->learner_name), learner_id);
    if (!write_certificate_pdf(*content, file, problem)) return std::nullopt;
    return file;
}

}  // namespace primer
