// Read aloud on the screen side: while a screen draws, every text it shows joins a list in
// the order drawn (so options come in their shown order, feedback once given); that list is
// what gets read. While reading, the text holding the current sentence gets its words
// highlighted and scrolled into view.
//
// The player makes one ReadAlong active around the view it draws and the panels over it, so
// draw_rich_text and the other text drawers take part without a parameter through every
// view, much as ImGui keeps its current window.
#pragma once

#include "read_aloud.hpp"
#include "speech_output.hpp"
#include "theme.hpp"

#include <string>
#include <vector>

namespace primer::ui {

class ReadAlong {
public:
    // The next frame collects the screen's texts; after it, take_start() hands them over.
    void request_start() { m_collecting = true; }
    bool start_requested() const { return m_collecting; }
    // The sentences of what the last frame drew, now being read; empty when there was nothing.
    std::vector<std::string> take_start();
    void stop();
    // Where the voice is: the sentence to highlight, and whether it can be heard.
    void follow(const SpeechStatus& status) { m_status = status; }
    const SpeechStatus& status() const { return m_status; }
    bool reading() const { return !m_items.empty(); }
    // Whether what is being read was drawn in a panel over the view (support, settings, help).
    bool reading_panel() const { return m_read_covered; }

    void begin_frame() {
        m_sources.clear();
        m_covered = false;
    }
    // A modal panel (support) is drawn over the view from here on: what the view drew is
    // behind it, so reading started now reads the panel alone, and the view's texts are
    // never highlighted while the panel is read.
    void cover() {
        m_sources.clear();
        m_covered = true;
    }
    // Whether texts drawn now are wanted: only while collecting or reading, so drawing
    // costs nothing extra otherwise.
    bool wants_text() const { return m_collecting || !m_items.empty(); }
    // A text the screen draws now; returns the sentence to highlight in it, or nullptr.
    const ReadItem* add(ReadSource source);
    // Scrolls the current window (or, in a card that never scrolls, the nearest window around
    // it that does) so that a highlight from min_y to max_y (screen coordinates) is in view,
    // once per sentence.
    void keep_in_view(float min_y, float max_y);

private:
    bool m_collecting = false;
    bool m_covered = false;       // this frame has drawn a panel over the view
    bool m_read_covered = false;  // the reading list was made from such a panel
    std::vector<ReadSource> m_sources;       // drawn this frame, in order
    std::vector<ReadSource> m_read_sources;  // what the reading list was made from
    std::vector<ReadItem> m_items;
    SpeechStatus m_status;
    int m_scrolled_for = -1;
};

// The ReadAlong taking part in this frame's drawing; nullptr outside a screen.
ReadAlong* active_read_along();
void set_active_read_along(ReadAlong* read_along);

// Text drawn with ImGui (a screen's title): wrapped at `wrap_width` in the current font,
// with its highlight when it is being read.
void read_along_text(const std::string& text, float wrap_width, const Theme& theme);

// Any other text a screen draws: joins the list in drawing order, and returns the sentence to
// highlight in it (nullptr when none or when nothing is being read or collected).
const ReadItem* read_along_add(ReadSource source);
// A row drawn from pieces side by side (a label and its value), `size` from the cursor, read
// as one line with its highlight across the row; call it before drawing the row.
void read_along_row(ReadSource source, ImVec2 size, const Theme& theme);
// The highlight behind a whole text or control from `min` to `max` (screen coordinates), kept in view.
void read_along_band(ImVec2 min, ImVec2 max, const Theme& theme);

// The Read aloud (Stop reading) button of a view without the top bar, `width` wide (0: its
// label's), with " (A)" when `key`, which then works too. True when pressed; nothing is drawn
// when the player has no voice.
bool read_aloud_button(const Theme& theme, bool key, float width = 0);
std::string read_aloud_label(const Theme& theme, bool key);  // that button's, as it is now

// The highlight behind a sentence: a soft band from `min` to `max`, its corners rounded by
// `rounding` pixels (unscaled; -1 for the theme's usual 4).
void draw_reading_band(ImVec2 min, ImVec2 max, const Theme& theme, float rounding = -1.0f);

}  // namespace primer::ui
