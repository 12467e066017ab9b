// What `primer validate` says about the translations of each module, and of the course's own
// texts (course.toml's, in the course folder's translations), per translation file:
// texts not yet translated (one warning with a count), translations whose source text has
// changed since (stale), translations of texts the module no longer has, and translations
// that lost or gained the source's links or emphasis. A folder without translations has
// nothing to report.
#pragma once

#include "course.hpp"
#include "diagnostics.hpp"
#include "rich_text.hpp"

#include <string>

namespace primer {

void check_translations(const Course& course, Diagnostics& diagnostics);

// How `translation` differs from `source` in the markup a translation must keep (links,
// bold and italic runs, list items and headings), as a phrase ("the source has 2 links
// and this has 1"); empty when they agree.
std::string markup_difference(const RichText& source, const RichText& translation);

}  // namespace primer
