// The estimated duration as `primer validate` prints it after the problems: the rates
// used, one line per module, and the course's total beside its estimated_minutes.
#pragma once

#include "course.hpp"

#include <string>

namespace primer::cli {

std::string duration_report(const Course& course);

}  // namespace primer::cli
