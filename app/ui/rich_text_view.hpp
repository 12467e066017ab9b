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

// An answer that moves its own focus with Tab (a rating, regions, a text box) shares Tab with
// the links in the view's text: Tab goes through the links first, in reading order, then into
// the answer and along it, and from its last stop back to the first link (Shift+Tab the other
// way round). With no links the answer keeps Tab to itself. Each frame the answer asks
// answer_tab() before reading its keys, then tells answer_focus() where its focus ended up.
enum class AnswerTab {
    None,        // no Tab this frame, or it moved between links
    Next,        // along the answer to its next stop
    Previous,    // Shift+Tab: to its previous stop
    EnterFirst,  // into the answer from before it: its first stop (or what is chosen)
    EnterLast,   // Shift+Tab into the answer from after it: its last stop (or what is chosen)
    Leave,       // the focus went on to a link: the answer lets go of it
};
AnswerTab answer_tab();
// `focused`: the answer holds the keyboard focus; `at_first`, `at_last`: on its first or last
// stop; `typing`: in a text box, where Tab is read even though shortcuts are off. Taking the
// focus by other means (a click, a digit, an arrow) takes it from the focused link.
void answer_focus(bool focused, bool at_first, bool at_last, bool typing = false);
// A link in the view has the keyboard focus: the answer shows no focus of its own.
bool link_has_focus();

// Height `text` will take at `style.width`, without drawing (for sizing cards).
float measure_rich_text(const RichText& text, const Theme& theme, const TextStyle& style);

}  // namespace primer::ui
