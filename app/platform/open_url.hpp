// Opens a web or mail link from course text in the learner's own browser or mail app.
#pragma once

#include <string>

namespace primer {

// Only http, https and mailto links are opened; anything else is ignored, so course
// text cannot launch programs. Returns false when nothing was opened. With the environment
// variable PRIMER_OPEN_URL_LOG set (tests), the link is appended to that file as a line instead.
bool open_url(const std::string& url);

}  // namespace primer
