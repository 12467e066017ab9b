// The course's language guidance as data: terms to avoid, what to say instead, and a
// pure matcher that finds them in what an author wrote. `primer validate` reports each
// use as a warning (language_check.hpp); this file knows nothing of files or TOML.
#pragma once

#include "diagnostics.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace primer {

// One [[avoid]] block of course.toml.
struct AvoidTerm {
    std::string term;                 // a word or a phrase: "perpetrator", "no further action"
    std::vector<std::string> forms;   // other forms that count as the term: "disclosed", "disclosing"
    std::string prefer;               // what to say instead
    std::string why;                  // optional reason, shown in the hint
    bool case_sensitive = false;      // "CSA" but not "csa"
    std::vector<std::string> except;  // phrases in which the term is fine: "CSA Centre"
    SourceLoc where;
};

struct TermHit {
    std::size_t offset = 0;  // byte offset of the first character in the text
    std::size_t length = 0;  // bytes, as written
    std::size_t term = 0;    // index into the list searched
};

// Every use of the terms in `text`, in order of offset. A term matches as whole words,
// ignoring case unless it is case-sensitive; the spaces in a phrase match any run of
// spaces, tabs and line breaks; the term or one of its forms may end in "s" or "es"
// (simple plurals). Words inside web or email addresses are never matched, nor is a use
// inside one of the term's `except` phrases.
std::vector<TermHit> find_terms(std::string_view text, const std::vector<AvoidTerm>& terms);

// The index of the term that `written` names (the term or one of its forms, in any case),
// or terms.size() when it names none.
std::size_t find_term_named(std::string_view written, const std::vector<AvoidTerm>& terms);

}  // namespace primer
