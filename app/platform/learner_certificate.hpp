// A learner's certificate of completion, made one way for `primer certificate` and the
// player's "Save my certificate": who has earned one, its wording in their language and the
// brand's look, and, for the player, a file in the learner's own documents folder.
#pragma once

#include "brand.hpp"
#include "certificate_pdf.hpp"
#include "course.hpp"
#include "store.hpp"
#include "ui_strings.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace primer {

// The player's words in `language`, else in its first subtag ("cy-GB": "cy"); nullptr when neither has a file.
const UiStrings* find_locale(const std::vector<UiStrings>& locales, const std::string& language);

struct CertificateSource {
    const Course& course;                  // as loaded; its translation into the language is made here
    const Store& store;
    const std::vector<UiStrings>& locales;  // the player's words (read_locale_folder)
    const Brand& brand;
};

// `learner_id`'s certificate from their latest signed completion, in `language` (empty: the
// one they chose in the player's Settings, else English); nullopt and a sentence saying why
// when they have none to print.
std::optional<CertificateContent> learner_certificate(const CertificateSource& source, const std::string& learner_id,
                                                      const std::string& language, std::string& problem);

// Where a learner's own documents go: the folder xdg-user-dir names for DOCUMENTS (from
// user-dirs.dirs), else ~/Documents when it exists, else `fallback` (the data folder).
std::filesystem::path documents_folder(const std::filesystem::path& fallback);

// "Certificate - <course title> - <learner name>.pdf", without the characters file systems
// refuse or treat specially (/ \ : * ? " < > |, control characters).
std::string certificate_file_name(const std::string& course_title, const std::string& learner_name);

// The file in `folder` for `learner_id`'s certificate: `file_name` when it is free or holds
// their own earlier certificate; otherwise "... (2).pdf" and on, so another learner's file
// (or any other file of that name) is never written over.
std::filesystem::path certificate_path(const std::filesystem::path& folder, const std::string& file_name,
                                       const std::string& learner_id);

// Writes `learner_id`'s certificate into their documents folder (whole or not at all): the
// file, or nullopt and one sentence saying what went wrong and what to do.
std::optional<std::filesystem::path> save_learner_certificate(const CertificateSource& source,
                                                              const std::string& learner_id,
                                                              const std::string& language,
                                                              const std::filesystem::path& data_dir,
                                                              std::string& problem);

}  // namespace primer
