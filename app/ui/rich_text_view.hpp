// Lays out parsed Markdown: word-wrapped runs in regular, bold and italic faces,
// headings and nested lists, and clickable links.
#pragma once

#include "requests.hpp"
#include "rich_text.hpp"
#include "theme.hpp"

namespace primer::ui {

struct TextStyle {
    float width = 0;          // wrap width in pixels
    ImFont* font = nullptr;   // the regular face; nullptr means the theme's body font
    ImVec4 color{0, 0, 0, 0}; // zero alpha means the theme's text colour
};

// Draws `text` at the cursor and advances it past the text. Link clicks become
// OpenLink requests, and so does Enter on a link focused with Tab (in reading order).
void draw_rich_text(const RichText& text, const Theme& theme, const TextStyle& style, RequestQueue& requests);

// An answer that reads Tab itself (a rating, blanks) calls this as it draws, so Tab on that
// view stays with it rather than also moving through links.
void claim_tab();

// Height `text` will take at `style.width`, without drawing (for sizing cards).
float measure_rich_text(const RichText& text, const Theme& theme, const TextStyle& style);

}  // namespace primer::ui
