// Names in scripts: well-formed ids, "did you mean" suggestions for typos, and where
// a name was first used, so a duplicate can point back at the original.
#pragma once

#include "diagnostics.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace primer {

// ^[a-z][a-z0-9-]*$ : what stable ids look like.
bool is_valid_id(std::string_view id);

// A well-formed id made from `text` ("Why Children_Don't tell" -> "why-children-don-t-tell"),
// or empty when nothing usable is left.
std::string id_from(std::string_view text);

// The candidate a typo of `word` most likely meant, or empty when none is close.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// "a", "a and b", "a, b and c", each quoted with `quote` when given.
std::string join_names(const std::vector<std::string>& names, std::string_view quote = "");

// Remembers where each name was first used.
class FirstUse {
public:
    // Where `name` was seen before, or nullopt when this is its first use (which is remembered).
    std::optional<SourceLoc> see(const std::string& name, const SourceLoc& where);

private:
    std::map<std::string, SourceLoc> m_first;
};

// "line 7" within the same file as `from`; otherwise "path/module.toml:7".
std::string place_name(const SourceLoc& place, const SourceLoc& from);

}  // namespace primer
