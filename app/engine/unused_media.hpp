// Authoring lint: media files in a module's folder that no screen uses. A package carries
// the whole folder, so a forgotten draft ships to every learner; and a file meant for a
// screen but misnamed there shows up here as well as missing at the screen.
#pragma once

#include "course.hpp"
#include "diagnostics.hpp"

namespace primer {

void check_unused_media(const Course& course, Diagnostics& diagnostics);

}  // namespace primer
