#include "translation_import.hpp"

#include "translation_units.hpp"

#include <algorithm>
#include <map>

namespace primer {
TranslationImport merge_xliff(const std::vector<TranslationUnit>& units, const std::string& name,
                              const std::string& source_language, const XliffDocument& xliff,
                              const TranslationFile* existing) {
    TranslationImport result;
    if (!same_language_tag(xliff.source_language, source_language)) {
        result.error = "this XLIFF translates from '" + xliff.source_language + "', but " + name +
                       " is written in '" + source_language + "'; make a new XLIFF from " + name +
                       " with 'primer translate export'";
        return result;
    }
    if (!is_language_tag(xliff.target_language)) {
        result.error = "its trgLang '" + xliff.target_language + "' is not a language tag such as cy or pt-BR";
        return result;
    }
    std::map<std::string, const XliffUnit*> targets;
    std::vector<std::string> unknown;
    for (const XliffUnit& unit : xliff.units) {
        const bool known = std::any_of(units.begin(), units.end(), [&](const TranslationUnit& u) { return u.id == unit.id; });
        if (!known) unknown.push_back(unit.id + " (line " + std::to_string(unit.line) + ")");
        else if (!unit_text(unit.target).empty()) targets[unit.id] = &unit;
    }
    if (!unknown.empty()) {
        result.error = name + " has no text " + unknown.front() +
                       (unknown.size() > 1 ? " nor " + std::to_string(unknown.size() - 1) + " more of its units" : "") +
                       "; was it exported from another module or course, or from an older version of this one? "
                       "Export it again from this one";
        return result;
    }
    for (const TranslationUnit& unit : units) {
        auto target = targets.find(unit.id);
        if (target != targets.end()) {
            const std::string source = unit_text(target->second->source);
            result.entries.push_back({unit.id, source_fingerprint(source), unit_text(target->second->target), {}, {}, {}});
            ++result.imported;
            if (source != unit.source) ++result.from_older;
        } else if (const TranslationEntry* kept = existing ? existing->find(unit.id) : nullptr) {
            result.entries.push_back(*kept);
        } else {
            ++result.untranslated;
        }
    }
    if (existing)
        for (const TranslationEntry& entry : existing->entries)
            if (std::none_of(units.begin(), units.end(), [&](const TranslationUnit& u) { return u.id == entry.id; }))
                result.entries.push_back(entry);
    return result;
}

TranslationImport merge_xliff(const Module& module, const std::string& source_language, const XliffDocument& xliff,
                              const TranslationFile* existing) {
    return merge_xliff(translation_units(module), "module '" + module.id + "'", source_language, xliff, existing);
}

}  // namespace primer
