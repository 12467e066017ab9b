// Plays a course in another language: each module's translations/<language>.toml laid over
// its texts, and the course folder's over course.toml's own texts (title, content notice,
// support contacts). Ids are untouched, so progress and records (which point at ids) carry over
// when the learner switches language. Anything untranslated, stale (its source changed
// since it was translated) or unreadable keeps the source text: a learner never meets a
// blank, and never an out-of-date translation of content that was corrected.
#pragma once

#include "course.hpp"
#include "course_loader.hpp"
#include "diagnostics.hpp"

#include <filesystem>
#include <string>

namespace primer {

struct TranslatedCourse {
    Course course;
    Diagnostics diagnostics;  // warnings only: a translation problem never stops the course
    int translated = 0;       // texts shown translated
    int untranslated = 0;     // texts left in the source language
};

// `language` is a BCP 47 tag; empty, or the course's own language, changes nothing. When any
// text was translated, the copy's `language` becomes `language`.
TranslatedCourse translate_course(Course course, const std::string& language);

// Translates a loaded course in place (nothing when it did not load); the translation's
// warnings join the load's diagnostics. For callers that load another way (with a module
// library, say): load, then apply_language(result, learner's language).
void apply_language(LoadResult& loaded, const std::string& language);

// load_course_or_module(), then apply_language().
LoadResult load_course_in_language(const std::filesystem::path& path, const std::string& language,
                                   const ImageChecker* images = nullptr, Checks checks = Checks::Play);

}  // namespace primer
