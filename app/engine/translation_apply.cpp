#include "translation_apply.hpp"

#include "translation_file.hpp"
#include "translation_units.hpp"

#include <type_traits>

namespace primer {
namespace {

// A broken translation file must not stop the course, so its errors come back as warnings.
void add_as_warnings(const Diagnostics& from, Diagnostics& to) {
    for (const Diagnostic& d : from.all()) to.warning(d.where, d.message, d.hint);
}

// Lays `folder`'s translation into `language` over the texts walk(visit) visits: a module's
// texts from its folder, the course's own texts from the course folder.
template <class Walk>
void translate_texts(const std::filesystem::path& folder, const std::string& language, TranslatedCourse& result,
                     Walk&& walk) {
    std::optional<std::filesystem::path> file = translation_file_for(folder, language);
    if (!file) return;
    Diagnostics read;
    std::optional<TranslationFile> translation = read_translation_file(*file, read);
    add_as_warnings(read, result.diagnostics);
    if (!translation) return;
    walk([&](const std::string& id, auto& text) {
        using Text = std::remove_cvref_t<decltype(text)>;
        std::string source;
        if constexpr (std::is_same_v<Text, RichText>) source = unit_text(text.source);
        else source = unit_text(text);
        if (source.empty()) return;
        const TranslationEntry* entry = translation->find(id);
        if (!entry || entry->source_hash != source_fingerprint(source)) {
            ++result.untranslated;
            return;
        }
        if constexpr (std::is_same_v<Text, RichText>) {
            Diagnostics parsed;
            text = parse_rich_text(entry->text, entry->text_where, parsed);
            add_as_warnings(parsed, result.diagnostics);
        } else {
            text = entry->text;
        }
        ++result.translated;
    });
}

}  // namespace

TranslatedCourse translate_course(Course course, const std::string& language) {
    TranslatedCourse result;
    if (!language.empty() && !same_language_tag(language, course.language)) {
        if (!course.file.empty())  // a module on its own has its folder as the course's, and no course-level texts
            translate_texts(course.folder, language, result,
                            [&course](auto&& visit) { walk_course_translatable(course, visit); });
        for (Module& module : course.modules)
            translate_texts(module.folder, language, result, [&module](auto&& visit) { walk_translatable(module, visit); });
        // The copy now reads in `language` (read aloud picks its voice by it); with nothing
        // translated it is still the source, and says so.
        if (result.translated > 0) course.language = language;
    }
    result.course = std::move(course);
    return result;
}

void apply_language(LoadResult& loaded, const std::string& language) {
    if (!loaded.course) return;
    TranslatedCourse translated = translate_course(std::move(*loaded.course), language);
    loaded.course = std::move(translated.course);
    for (const Diagnostic& d : translated.diagnostics.all()) loaded.diagnostics.warning(d.where, d.message, d.hint);
    loaded.diagnostics.sort();
}

LoadResult load_course_in_language(const std::filesystem::path& path, const std::string& language,
                                   const ImageChecker* images, Checks checks) {
    LoadResult loaded = load_course_or_module(path, images, checks);
    apply_language(loaded, language);
    return loaded;
}

}  // namespace primer
