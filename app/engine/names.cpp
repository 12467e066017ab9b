#include "names.hpp"

#include <algorithm>
#include <cctype>

namespace primer {
namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Levenshtein distance, case-insensitive: "Title" is as good a guess as "titel".
size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t above = row[j];
            size_t substitution = diagonal + (lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// Breaks ties between equally distant candidates: "fone" shares "one" with "phone"
// but only "fo" with "for".
size_t longest_common_run(std::string_view a, std::string_view b) {
    size_t best = 0;
    std::vector<size_t> previous(b.size() + 1), current(b.size() + 1);
    for (size_t i = 1; i <= a.size(); ++i) {
        for (size_t j = 1; j <= b.size(); ++j) {
            current[j] = lower(a[i - 1]) == lower(b[j - 1]) ? previous[j - 1] + 1 : 0;
            best = std::max(best, current[j]);
        }
        std::swap(previous, current);
    }
    return best;
}

}  // namespace

bool is_valid_id(std::string_view id) {
    if (id.empty() || id.front() < 'a' || id.front() > 'z') return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::string id_from(std::string_view text) {
    std::string id;
    for (char c : text) {
        char l = lower(c);
        bool word_char = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9');
        if (word_char && (!id.empty() || (l >= 'a' && l <= 'z')))
            id += l;
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    return id;
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
    // Allow about one slip per three letters, so "tilte" finds "title" but "for" is not "id".
    size_t limit = word.size() <= 3 ? 1 : word.size() <= 6 ? 2 : 3;
    std::string best;
    size_t best_distance = limit + 1;
    size_t best_run = 0;
    for (const std::string& candidate : candidates) {
        size_t distance = edit_distance(word, candidate);
        size_t run = longest_common_run(word, candidate);
        if (distance < best_distance || (distance == best_distance && run > best_run)) {
            best = candidate;
            best_distance = distance;
            best_run = run;
        }
    }
    return best;
}

std::string join_names(const std::vector<std::string>& names, std::string_view quote) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
        out += quote;
        out += names[i];
        out += quote;
    }
    return out;
}

std::optional<SourceLoc> FirstUse::see(const std::string& name, const SourceLoc& where) {
    auto [it, inserted] = m_first.emplace(name, where);
    if (inserted) return std::nullopt;
    return it->second;
}

std::string place_name(const SourceLoc& place, const SourceLoc& from) {
    if (place.file == from.file) return "line " + std::to_string(place.line);
    return place.file + ":" + std::to_string(place.line);
}

}  // namespace primer
