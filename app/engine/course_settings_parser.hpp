// The parts of course.toml that tell `primer validate` how to check the content rather than
// what the learner sees: the terms to avoid ([[avoid]]) and the duration rates ([duration]).
#pragma once

#include "avoid_terms.hpp"
#include "duration.hpp"
#include "toml_reader.hpp"

#include <vector>

namespace primer {

// The [[avoid]] blocks of course.toml (`course` reads its top-level table).
std::vector<AvoidTerm> read_avoid_terms(TableReader& course);

// The [duration] table; the defaults where it or a key is absent.
DurationRates read_duration_rates(TableReader& course);

}  // namespace primer
