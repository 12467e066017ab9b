// The response a scripted learner gives to a question under each autoplay strategy.
#pragma once

#include "grading.hpp"

#include <random>

namespace primer {

enum class Strategy { Correct, Wrong, Random };

// A well-formed response: fully correct (Correct), not fully correct where the question
// allows one (Wrong; a different one on each attempt where there are several), or either
// at random (Random). Ungraded kinds get a plain rating or sentence.
Response scripted_response(const Question& question, Strategy strategy, int attempt, std::mt19937_64& random);

}  // namespace primer
