// Opens a web or mail link from course text in the learner's own browser or mail app,
// and files the player saved for the learner in the app the desktop has for them.
#pragma once

#include <filesystem>
#include <string>

namespace primer {

// Only http, https and mailto links are opened; anything else is ignored, so course
// text cannot launch programs. Returns false when nothing was opened. With the environment
// variable PRIMER_OPEN_URL_LOG set (tests), the link is appended to that file as a line instead.
bool open_url(const std::string& url);

// A file as a file:// URL, its path percent-encoded ("file:///home/sam/Documents/Certificate%20-%20...").
std::string file_url(const std::filesystem::path& file);

// Opens a file the player itself wrote (a saved certificate) in the desktop's app for it,
// the same way as a link, and logged the same way in tests (as its file_url).
bool open_file(const std::filesystem::path& file);

}  // namespace primer
