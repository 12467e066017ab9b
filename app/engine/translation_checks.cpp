#include "translation_checks.hpp"

#include "translation_file.hpp"
#include "translation_units.hpp"

#include <algorithm>
#include <map>

namespace primer {
namespace {

struct Markup {
    std::vector<std::string> links;
    int bold = 0;
    int italic = 0;
    int list_items = 0;
    int headings = 0;
};

Markup markup_of(const RichText& text) {
    Markup markup;
    for (const Block& block : text.blocks) {
        if (block.kind == BlockKind::Heading) ++markup.headings;
        if (block.kind == BlockKind::BulletItem || block.kind == BlockKind::NumberedItem) ++markup.list_items;
        const Span* previous = nullptr;
        for (const Span& span : block.spans) {
            // Neighbouring spans of one link or one bold run count once.
            if (!span.link.empty() && (!previous || previous->link != span.link)) markup.links.push_back(span.link);
            if (span.bold && (!previous || !previous->bold)) ++markup.bold;
            if (span.italic && (!previous || !previous->italic)) ++markup.italic;
            previous = &span;
        }
    }
    std::sort(markup.links.begin(), markup.links.end());
    return markup;
}

std::string count(int n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string list_ids(const std::vector<std::string>& ids) {
    constexpr std::size_t shown = 5;
    std::string out;
    for (std::size_t i = 0; i < ids.size() && i < shown; ++i) out += (i ? ", " : "") + ids[i];
    if (ids.size() > shown) out += " and " + std::to_string(ids.size() - shown) + " more";
    return out;
}

// What a folder's translations translate: a module's texts, or the course's own.
struct Translated {
    std::string name;    // "module 'fire-safety'", "course 'fire-course'"
    std::string option;  // how `primer translate` names it: "--module DIR", "--course DIR"
    std::string renamed; // what renaming loses a text's id
};

void check_file(const Translated& what, const std::vector<TranslationUnit>& units, const TranslationFile& file,
                Diagnostics& diagnostics) {
    std::map<std::string, const TranslationUnit*> by_id;
    for (const TranslationUnit& unit : units) by_id[unit.id] = &unit;
    const std::string export_hint =
        "'primer translate export " + what.option + " --lang " + file.language + "' writes them for a translator";
    for (const TranslationEntry& entry : file.entries) {
        auto found = by_id.find(entry.id);
        if (found == by_id.end()) {
            diagnostics.warning(entry.where, what.name + " has no text '" + entry.id + "' to translate",
                                "the text was removed or " + what.renamed + "; delete this [[unit]] "
                                "or change its id to the text's new id");
            continue;
        }
        const TranslationUnit& unit = *found->second;
        const std::string fingerprint = source_fingerprint(unit.source);
        if (entry.source_hash != fingerprint) {
            diagnostics.warning(entry.hash_where,
                                "the translation of '" + entry.id + "' is stale: its source text has changed since",
                                "the player shows the source text instead; re-translate it from the current text and "
                                "set source_hash = \"" + fingerprint + "\" (or export and import it again)");
            continue;
        }
        if (!unit.rich) continue;
        Diagnostics ignored;  // the source's own markup problems are reported where it is written
        RichText source = parse_rich_text(unit.source, {}, ignored);
        RichText translated = parse_rich_text(entry.text, entry.text_where, diagnostics);
        const std::string difference = markup_difference(source, translated);
        if (!difference.empty())
            diagnostics.warning(entry.text_where, "the translation of '" + entry.id + "' does not keep the source's markup: " + difference,
                                "keep every **bold**, *italic*, [link](url) and list item of the source, in "
                                "the places the translated sentence needs them");
    }
    std::vector<std::string> missing;
    for (const TranslationUnit& unit : units)
        if (!file.find(unit.id)) missing.push_back(unit.id);
    if (!missing.empty())
        diagnostics.warning({file.file.string(), 0, 0},
                            count(static_cast<int>(missing.size()), "text", "texts") + " of " +
                                std::to_string(units.size()) + " in " + what.name + " " +
                                (missing.size() == 1 ? "has" : "have") + " no '" + file.language +
                                "' translation: " + list_ids(missing),
                            "the player shows them in the source language; " + export_hint);
}

}  // namespace

std::string markup_difference(const RichText& source, const RichText& translation) {
    const Markup a = markup_of(source), b = markup_of(translation);
    auto compare = [](int in_source, int in_translation, const std::string& one, const std::string& many) {
        if (in_source == in_translation) return std::string();
        return "the source has " + count(in_source, one, many) + " and this has " + std::to_string(in_translation);
    };
    for (const std::string& link : a.links)
        if (std::count(a.links.begin(), a.links.end(), link) != std::count(b.links.begin(), b.links.end(), link))
            return "the source links to " + link + " " + count(static_cast<int>(std::count(a.links.begin(), a.links.end(), link)), "time", "times") +
                   " and this " + count(static_cast<int>(std::count(b.links.begin(), b.links.end(), link)), "time", "times");
    for (const std::string& link : b.links)
        if (std::find(a.links.begin(), a.links.end(), link) == a.links.end())
            return "this links to " + link + ", which the source does not";
    for (const std::string& difference : {compare(a.bold, b.bold, "bold run", "bold runs"),
                                          compare(a.italic, b.italic, "italic run", "italic runs"),
                                          compare(a.list_items, b.list_items, "list item", "list items"),
                                          compare(a.headings, b.headings, "heading", "headings")})
        if (!difference.empty()) return difference;
    return {};
}

void check_translations(const Course& course, Diagnostics& diagnostics) {
    auto check_folder = [&](const std::filesystem::path& folder, const Translated& what, auto units_of) {
        std::vector<std::filesystem::path> files = translation_files(folder);
        if (files.empty()) return;
        const std::vector<TranslationUnit> units = units_of();
        for (const std::filesystem::path& path : files)
            if (std::optional<TranslationFile> file = read_translation_file(path, diagnostics))
                check_file(what, units, *file, diagnostics);
    };
    if (!course.file.empty())
        check_folder(course.folder,
                     {"course '" + course.id + "'", "--course " + course.folder.string(),
                      "its support contact moved in the list"},
                     [&course] { return course_translation_units(course); });
    for (const Module& module : course.modules)
        check_folder(module.folder,
                     {"module '" + module.id + "'", "--module " + module.folder.string(),
                      "its screen, option or node renamed"},
                     [&module] { return translation_units(module); });
}

}  // namespace primer
