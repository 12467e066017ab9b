#include "translation_units.hpp"

#include <cstdint>
#include <cstdio>
#include <type_traits>

namespace primer {

std::string unit_text(const std::string& text) {
    const char* space = " \t\r\n";
    const std::size_t first = text.find_first_not_of(space);
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

namespace {

// The units a walk visits: walk(visit) calls visit(id, text) for each text.
template <class Walk>
std::vector<TranslationUnit> units_of(Walk&& walk) {
    std::vector<TranslationUnit> units;
    walk([&units](const std::string& id, const auto& text) {
        constexpr bool rich = std::is_same_v<std::remove_cvref_t<decltype(text)>, RichText>;
        std::string source;
        if constexpr (rich) source = unit_text(text.source);
        else source = unit_text(text);
        if (!source.empty()) units.push_back({id, std::move(source), rich});
    });
    return units;
}

}  // namespace

std::vector<TranslationUnit> translation_units(const Module& module) {
    return units_of([&module](auto&& visit) { walk_translatable(module, visit); });
}

std::vector<TranslationUnit> course_translation_units(const Course& course) {
    return units_of([&course](auto&& visit) { walk_course_translatable(course, visit); });
}

std::string source_fingerprint(const std::string& source) {
    std::uint32_t hash = 2166136261u;
    for (unsigned char c : source) {
        hash ^= c;
        hash *= 16777619u;
    }
    char hex[9];
    std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(hash));
    return hex;
}

}  // namespace primer
