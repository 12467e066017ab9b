#include "read_along.hpp"

#include "widgets.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>

namespace primer::ui {

namespace {
ReadAlong* g_active = nullptr;
}

ReadAlong* active_read_along() { return g_active; }
void set_active_read_along(ReadAlong* read_along) { g_active = read_along; }

std::vector<std::string> ReadAlong::take_start() {
    m_collecting = false;
    m_read_sources = m_sources;
    m_read_covered = m_covered;
    m_items = reading_list(m_read_sources);
    m_status = SpeechStatus{};
    m_scrolled_for = -1;
    std::vector<std::string> sentences;
    for (const ReadItem& item : m_items) sentences.push_back(item.text);
    return sentences;
}

void ReadAlong::stop() {
    m_collecting = false;
    m_items.clear();
    m_read_sources.clear();
    m_status = SpeechStatus{};
}

const ReadItem* ReadAlong::add(ReadSource source) {
    const std::size_t ordinal = m_sources.size();
    m_sources.push_back(std::move(source));
    const int current = m_status.sentence;
    if (m_covered != m_read_covered) return nullptr;  // the view under a panel, or the other way round
    if (current < 0 || static_cast<std::size_t>(current) >= m_items.size()) return nullptr;
    const ReadItem& item = m_items[static_cast<std::size_t>(current)];
    // The same text in the same place as when reading started; anything else (the screen
    // has changed under the reading) is left unmarked rather than marked wrongly.
    if (static_cast<std::size_t>(item.source) != ordinal || ordinal >= m_read_sources.size() ||
        m_read_sources[ordinal].parts != m_sources.back().parts)
        return nullptr;
    return &item;
}

void ReadAlong::keep_in_view(float min_y, float max_y) {
    if (m_scrolled_for == m_status.sentence) return;
    m_scrolled_for = m_status.sentence;
    // A card (a course map's module) hugs its content: the list it sits in is what scrolls.
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    while ((window->Flags & ImGuiWindowFlags_ChildWindow) && window->ScrollMax.y <= 0 && window->ParentWindow)
        window = window->ParentWindow;
    const float top = window->Pos.y;
    const float height = window->Size.y;
    if (min_y >= top && max_y <= top + height) return;
    // A third of the way down, so what follows is in view too.
    ImGui::SetScrollY(window, window->Scroll.y + (min_y - top) - height * 0.3f);
}

std::string read_aloud_label(const Theme& theme, bool key) {
    const ReadAlong* along = active_read_along();
    std::string label = theme.text(along && along->reading() ? "top_bar.stop_reading" : "top_bar.read_aloud");
    // One id whatever it says, so a click that starts reading is not lost when the label changes.
    return label + (key ? " (A)###read" : "###read");
}

bool read_aloud_button(const Theme& theme, bool key, float width) {
    if (!active_read_along()) return false;
    return secondary_button(read_aloud_label(theme, key).c_str(), theme, true, width) || (key && typed('a'));
}

void draw_reading_band(ImVec2 min, ImVec2 max, const Theme& theme, float rounding) {
    ImGui::GetWindowDrawList()->AddRectFilled(min, max, ImGui::GetColorU32(theme.colors.reading),
                                              theme.px(rounding < 0 ? 4.0f : rounding));
}

const ReadItem* read_along_add(ReadSource source) {
    ReadAlong* along = active_read_along();
    return along && along->wants_text() ? along->add(std::move(source)) : nullptr;
}

void read_along_band(ImVec2 min, ImVec2 max, const Theme& theme) {
    const float pad = theme.px(4);
    draw_reading_band(ImVec2(min.x - pad, min.y - pad * 0.5f), ImVec2(max.x + pad, max.y + pad * 0.5f), theme);
    if (ReadAlong* along = active_read_along()) along->keep_in_view(min.y, max.y);
}

void read_along_row(ReadSource source, ImVec2 size, const Theme& theme) {
    if (!read_along_add(std::move(source))) return;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    read_along_band(at, ImVec2(at.x + size.x, at.y + size.y), theme);
}

namespace {

// Highlights the bytes [begin, end) of `text` as ImGui will draw it from `at`, wrapped at
// `wrap_width`: a band on each line the sentence touches, so a paragraph of several sentences
// shows which one is being read. The line breaks follow ImGui's own RenderText: a wrap
// skips the blanks after it (and one newline), a newline starts a line at once.
void band_over_bytes(const std::string& text, std::size_t begin, std::size_t end, ImVec2 at, float wrap_width,
                     const Theme& theme) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const float scale = size / font->FontSize;
    const char* const start = text.data();
    const char* const text_end = start + text.size();
    const char* line = start;
    float y = at.y, top = -1, bottom = -1;
    const float pad = theme.px(4);
    while (line < text_end) {
        const char* wrap = font->CalcWordWrapPositionA(scale, line, text_end, wrap_width);
        if (wrap == line) ++wrap;  // a word wider than the line still takes one character
        const char* line_end = line;
        while (line_end < wrap && *line_end != '\n') ++line_end;
        const char* from = std::max(line, start + begin);
        const char* to = std::min(line_end, start + end);
        if (from < to) {
            const float x0 = at.x + font->CalcTextSizeA(size, FLT_MAX, 0.0f, line, from).x;
            const float x1 = at.x + font->CalcTextSizeA(size, FLT_MAX, 0.0f, line, to).x;
            draw_reading_band(ImVec2(x0 - pad, y - pad * 0.5f), ImVec2(x1 + pad, y + size + pad * 0.5f), theme);
            if (top < 0) top = y;
            bottom = y + size;
        }
        y += size;
        if (line_end < wrap) {  // a newline: the next line starts after it
            line = line_end + 1;
            continue;
        }
        line = wrap;
        while (line < text_end && (*line == ' ' || *line == '\t')) ++line;
        if (line < text_end && *line == '\n') ++line;
    }
    if (top >= 0)
        if (ReadAlong* along = active_read_along()) along->keep_in_view(top, bottom);
}

}  // namespace

void read_along_text(const std::string& text, float wrap_width, const Theme& theme) {
    if (const ReadItem* item = read_along_add(read_source(text)))
        band_over_bytes(text, item->range.begin, item->range.end, ImGui::GetCursorScreenPos(), wrap_width, theme);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_width);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

}  // namespace primer::ui
