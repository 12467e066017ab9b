// UTF-8 encoding shared by the readers that turn character references and case folds into
// text (Markdown entities, WebVTT references, answer matching).
#pragma once

#include <cstdint>
#include <string>

namespace primer {

// Appends `code` as UTF-8. NUL, surrogates and values past U+10FFFF become U+FFFD, as HTML
// and WebVTT do, so no reference can smuggle in an invalid sequence.
void append_utf8(std::string& out, std::uint32_t code);

}  // namespace primer
