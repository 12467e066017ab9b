// Opens a web or mail link from course text in the learner's own browser or mail app.
#pragma once

#include <string>

namespace primer {

// Only http, https and mailto links are opened; anything else is ignored, so course
// text cannot launch programs. Returns false when nothing was opened.
bool open_url(const std::string& url);

}  // namespace primer
