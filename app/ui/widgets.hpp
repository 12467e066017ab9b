// Small building blocks every screen shares: buttons, the reading column, cards.
#pragma once

#include "theme.hpp"

#include <cstddef>
#include <string>

namespace primer::ui {

// A filled button for the one main action on a screen. Disabled buttons are drawn
// faded and never report a click.
bool primary_button(const char* label, const Theme& theme, bool enabled = true, float width = 0);
bool secondary_button(const char* label, const Theme& theme, bool enabled = true, float width = 0);

// Text in the muted colour and the small font, wrapped at `width` from the cursor (at
// the window's edge when 0).
void small_text(const std::string& text, const Theme& theme, float width = 0);

// A column of readable width centred in the current window.
struct Column {
    float left = 0;
    float width = 0;
};
Column begin_column(const Theme& theme);
void end_column(const Column& column);

// Positions the next widget so that one of width `width` sits at the right edge.
void align_right(float width);

float button_width(const char* label, const Theme& theme);

// Puts the next item of `width` beside the last one when it fits there, else on the next
// line: rows of buttons wrap instead of running off the window at large text sizes.
void same_line_if_room(float width);

// Keyboard shortcuts. Both answer false while a text field has focus or while
// shortcuts are blocked (a dialog is open over the view that asks).
bool pressed(ImGuiKey key);  // arrows, Enter, Escape
// While a link has the keyboard focus it calls keep_enter_for_link each frame, and Enter is
// its own: pressed(ImGuiKey_Enter) answers false for the view; the link reads it with pressed_for_link.
void keep_enter_for_link();
bool pressed_for_link(ImGuiKey key);
bool typed(char key);        // characters ("s", "1"), whatever the keyboard layout
bool typed_in_panel(char key);  // the same inside a panel, where the view's shortcuts are blocked
void block_shortcuts(bool blocked);
bool pressed_with_ctrl(char upper_case_letter);  // Ctrl+Q and the like; never blocked

// Draws the keyboard-focus ring around the last widget.
void focus_ring(const Theme& theme);

// A card centred across the window `top` pixels down, at most `max_width` wide, that hugs its
// content (measured into `height` at end_card, for the next frame) and scrolls when the
// window is too short for it. Returns the card's inner width.
float begin_card(const Theme& theme, const char* id, float max_width, float top, float height);
void end_card(float& height);

// A modal panel over the whole window (support, keyboard help), opened while it is drawn.
// Returns false when it is not shown this frame; otherwise end it with end_panel.
bool begin_panel(const Theme& theme, const char* title, float max_width);
// The panel's Close (Esc) button; true when it was pressed, and the panel is then closed.
bool panel_close_button(const Theme& theme);
void end_panel();
// Inside a panel's scrolling list, where nothing is chosen: Up and Down scroll it a step,
// Page Up and Page Down a page, so a keyboard reaches all of it.
void scroll_panel_by_keys(const Theme& theme);

// A text field under a bold label, one of a form's fields numbered from 0. The form keeps
// `focus_field` (the field to give the keyboard on this frame; -1 for none) and
// `active_field` (the one being typed in, for Tab). True when Enter is pressed in it.
// `ring` draws the focus ring while it is typed in.
bool labelled_text_field(const Theme& theme, int index, const char* label, char* buffer, std::size_t size, float width,
                         int& focus_field, int& active_field, ImGuiInputTextFlags flags = 0, bool ring = false);

// The text typed in a field, without spaces at either end.
std::string trimmed(const char* text);

}  // namespace primer::ui
