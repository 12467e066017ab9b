// What the three sorting inputs (ordering, categorise, matching) share: item cards that
// are clicked, dragged with the mouse and marked right or wrong after a check; boxes that
// take dropped cards; the keyboard focus ring; and the live line saying what is happening.
//
// Dragging is our own press-drag-release on each card's button (ImGui keeps a pressed
// button active while the mouse moves away), so a drop is resolved against the boxes of
// the same frame, after they are all laid out.
#pragma once

#include "views.hpp"

#include <string>

namespace primer::ui {

struct Rect {
    ImVec2 min, max;

    bool contains(ImVec2 point) const {
        return point.x >= min.x && point.y >= min.y && point.x < max.x && point.y < max.y;
    }
};

enum class CardLook {
    Plain,   // waiting to be moved
    Picked,  // picked up with the keyboard or a click, waiting for a place
    Right,   // marked after a check: a tick
    Wrong,   // marked after a check: a cross
    Faded,   // in use elsewhere (a matching answer already given)
};

struct Card {
    explicit Card(const RichText& card_text) : text(card_text) {}

    const RichText& text;
    CardLook look = CardLook::Plain;
    bool focused = false;       // the keyboard is on it: a ring round it
    std::string badge;          // a short number at the left ("1"), or empty
    std::string note;           // the right answer, revealed under the text ("Belongs in: Do"), or empty
    std::string tag;            // a short word at the right end ("given to A"), or empty
    float tag_room = 0;         // room kept for a tag even without one, so text does not reflow
    bool movable = true;        // can be dragged (a grip at its left); if not, only clicked
    float reserve_right = 0;    // room kept free at the right, for buttons drawn over the card
};

struct CardInput {
    bool clicked = false;   // pressed and released in place
    bool dragging = false;  // held and moved: follows the mouse this frame
    bool dropped = false;   // let go after a drag this frame; the drop is at the mouse
    Rect rect;
};

float card_height(const Theme& theme, const Card& card, float width);

// Draws `card` at the cursor and moves the cursor below it. `id` is unique among the
// cards of the input; a card that is not `interactive` (locked) takes no mouse input.
CardInput draw_card(const Context& context, const std::string& id, const Card& card, float width, bool interactive);

// The card being dragged, drawn above everything at the mouse.
void draw_dragged_card(const Theme& theme, const RichText& text, float width);

// A box that takes cards: a tinted background and border under everything drawn in
// `rect` (call between begin_boxes and end_boxes); `highlight` when a drop or the
// keyboard's choice would land in it.
struct Boxes {
    ImDrawList* draw = nullptr;
};
Boxes begin_boxes();  // cards drawn from here on sit above the boxes
void draw_box(const Boxes& boxes, const Theme& theme, const Rect& rect, bool highlight, bool focused);
void end_boxes(const Boxes& boxes);

// A box's heading, with its number key in a small badge when `key` is not empty.
void draw_box_heading(const Theme& theme, const std::string& key, const std::string& heading, float width);

void draw_focus_ring(const Theme& theme, const Rect& rect);

// Scrolls the window so that `rect` is in view, when it is not: after a key moved the
// focus, what it landed on must be visible.
void keep_in_view(const Rect& rect);

// The live line, `width` wide: what was picked up, what the keys do now.
void draw_status_line(const Theme& theme, const std::string& text, float width);

// A card's text, short enough to quote in the live line ("Listen carefully and let…").
std::string quoted(const RichText& text);

}  // namespace primer::ui
