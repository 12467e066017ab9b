#include "rich_text_view.hpp"

#include "read_along.hpp"
#include "widgets.hpp"

#include <cfloat>
#include <utility>
#include <vector>

namespace primer::ui {

namespace {

// Links by keyboard: Tab and Shift+Tab move a focus through the links a view draws, in the
// order drawn (reading order), and Enter opens the focused one. One UI thread, and the links
// are numbered afresh each frame, so the focus is a number kept here; it resets when the
// links are drawn in another window (another screen) or when none are drawn. An answer that
// moves its own focus with Tab takes its turn after the links (see answer_tab()).
struct AnswerStops {
    int frame = -1;  // the frame the answer last said where its focus is
    bool focused = false, at_first = false, at_last = false, typing = false;
};
struct LinkFocus {
    int frame = -1;          // the frame the counts below are for
    int drawn = 0;           // links drawn so far this frame
    int drawn_before = 0;    // links the last frame drew
    int focused = -1;        // the focused link's number, -1 for none
    ImGuiID window = 0;      // where the first link was drawn
    bool moved = false;      // the focus moved this frame: scroll it into view
    AnswerStops answer;      // as the answer left its focus, last frame
    AnswerTab answer_turn = AnswerTab::None;  // what this frame's Tab means for the answer
};
LinkFocus g_links;

// Tab on a view with an answer: the links first, then the answer's stops, round again.
AnswerTab tab_with_answer(bool back, int count) {
    int& link = g_links.focused;
    const AnswerStops& answer = g_links.answer;
    if (link >= 0) {
        g_links.moved = true;
        const int next = link + (back ? -1 : 1);
        link = next >= 0 && next < count ? next : -1;
        if (link >= 0) return AnswerTab::None;
        return back ? AnswerTab::EnterLast : AnswerTab::EnterFirst;
    }
    if (answer.focused) {
        // With no links to go to, the answer keeps Tab (a rating stops at its end, regions go round).
        if (count == 0 || !(back ? answer.at_first : answer.at_last)) return back ? AnswerTab::Previous : AnswerTab::Next;
        link = back ? count - 1 : 0;
        g_links.moved = true;
        return AnswerTab::Leave;
    }
    if (count > 0 && !back) {
        link = 0;
        g_links.moved = true;
        return AnswerTab::None;
    }
    return back ? AnswerTab::EnterLast : AnswerTab::EnterFirst;
}

// Once per frame, at the first link drawn or the answer's first question: where this
// frame's Tab or Shift+Tab moves the focus.
void roll_link_frame() {
    const int frame = ImGui::GetFrameCount();
    if (g_links.frame == frame) return;
    const bool consecutive = g_links.frame == frame - 1;
    const bool with_answer = g_links.answer.frame == frame - 1;
    g_links.drawn_before = consecutive ? g_links.drawn : 0;
    g_links.frame = frame;
    g_links.drawn = 0;
    g_links.moved = false;
    g_links.answer_turn = AnswerTab::None;
    if (g_links.drawn_before == 0) g_links.focused = -1;
    // Tab typed in the answer's text box is ours too, though shortcuts are off while typing.
    const bool tab = pressed(ImGuiKey_Tab) ||
                     (with_answer && g_links.answer.typing && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab), false));
    if (!tab) return;
    const bool back = ImGui::GetIO().KeyShift;
    const int count = g_links.drawn_before;
    if (with_answer) {
        g_links.answer_turn = tab_with_answer(back, count);
        return;
    }
    if (count == 0) return;
    // After the last link (or before the first, going back) the focus leaves the links.
    g_links.focused = back ? (g_links.focused < 0 ? count - 1 : g_links.focused - 1)
                           : (g_links.focused + 1 < count ? g_links.focused + 1 : -1);
    g_links.moved = true;
}

constexpr float kLineSpacing = 1.45f;  // generous leading reads better for long passages

ImFont* face(const Theme& theme, ImFont* regular, const Span& span) {
    if (regular != theme.fonts.body) return regular;  // a caller's font (e.g. small) has no bold face
    if (span.bold && span.italic) return theme.fonts.bold_italic;
    if (span.bold) return theme.fonts.bold;
    if (span.italic) return theme.fonts.italic;
    return regular;
}

// Flows words across lines. With `draw` false it only measures, so layout and
// measurement can never disagree.
class Flow {
public:
    // `reading`, when given, is the sentence read aloud in this text: its words get a band behind them.
    Flow(const Theme& theme, const TextStyle& style, RequestQueue* requests, ImVec2 origin,
         const ReadItem* reading = nullptr)
        : m_theme(theme), m_style(style), m_requests(requests), m_origin(origin), m_y(origin.y), m_reading(reading) {}

    void block(const Block& block) {
        bool list_item = block.kind == BlockKind::BulletItem || block.kind == BlockKind::NumberedItem;
        // Space goes between blocks, never after the last, so measured heights are exact.
        if (m_blocks++ > 0) m_y += list_item && m_after_list_item ? m_theme.px(4) : m_theme.px(12);
        m_after_list_item = list_item;
        ImFont* regular = m_style.font;
        float indent = 0;
        if (block.kind == BlockKind::Heading) {
            regular = block.level <= 2 ? m_theme.fonts.heading : m_theme.fonts.bold;
            if (m_blocks > 1) m_y += m_theme.px(8);
        } else if (list_item) {
            indent = m_theme.px(28) * static_cast<float>(block.level + 1);
            std::string marker = block.kind == BlockKind::BulletItem ? "\xE2\x80\xA2" : std::to_string(block.number) + ".";
            float marker_width = text_width(regular, marker);
            put(regular, m_origin.x + indent - marker_width - m_theme.px(8), m_y, marker, m_style.color, nullptr);
        }
        m_line_left = m_origin.x + indent;
        m_x = m_line_left;
        // The learner's line spacing widens this leading (1.5 or 2 times), never narrows it.
        m_line_height = regular->FontSize * kLineSpacing * static_cast<float>(m_theme.comfort.line_spacing) / 100.0f;
        m_offset = 0;
        for (const Span& span : block.spans) {
            words_of_link_start(span);
            words(span, face(m_theme, regular, span));
            m_offset += span.text.size();
        }
        m_y += m_line_height;
        ++m_block_index;
    }

    float height() const { return m_y - m_origin.y; }

    // Draws what is drawn once the words are placed: the focused link's ring.
    void finish() const {
        for (const auto& [min, max] : m_ring)
            ImGui::GetWindowDrawList()->AddRect(min, max, ImGui::GetColorU32(m_theme.colors.focus), m_theme.px(4), 0,
                                                m_theme.px(2));
    }

private:
    void words(const Span& span, ImFont* font) {
        ImVec4 color = span.link.empty() ? m_style.color : m_theme.colors.link;
        const std::string& text = span.text;
        size_t start = 0;
        while (start < text.size()) {
            size_t word_end = text.find(' ', start);
            if (word_end == std::string::npos) word_end = text.size();
            size_t next = text.find_first_not_of(' ', word_end);
            if (next == std::string::npos) next = text.size();
            std::string_view word(text.data() + start, word_end - start);
            float word_width = text_width(font, word);
            float right = m_origin.x + m_style.width;
            if (m_x + word_width > right && m_x > m_line_left) {
                m_x = m_line_left;
                m_y += m_line_height;
            }
            if (in_reading(m_offset + start, m_offset + word_end)) {
                // A word after another on the same line joins its band over the space
                // between, so no band hangs past a line's end; square, so the joins do not show.
                const float pad = m_theme.px(2);
                const bool joins = m_band_y == m_y && m_band_right > 0;
                const float left = joins ? m_band_right : m_x - pad;
                m_band_right = m_x + word_width + pad;
                m_band_y = m_y;
                draw_reading_band(ImVec2(left, m_y), ImVec2(m_band_right, m_y + m_line_height), m_theme, 0.0f);
                if (ReadAlong* along = active_read_along()) along->keep_in_view(m_y, m_y + m_line_height);
            }
            put(font, m_x, m_y + (m_line_height - font->FontSize) * 0.5f, word, color, &span);
            m_x += text_width(font, std::string_view(text.data() + start, next - start));
            start = next;
        }
    }

    // Whether the bytes [begin, end) of the current block are in the sentence being read.
    bool in_reading(std::size_t begin, std::size_t end) const {
        return m_requests && m_reading && m_reading->part == m_block_index && begin < m_reading->range.end &&
               end > m_reading->range.begin;
    }

    float text_width(ImFont* font, std::string_view text) const {
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
    }

    void put(ImFont* font, float x, float y, std::string_view text, ImVec4 color, const Span* span) {
        if (!m_requests) return;  // measuring only
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddText(font, font->FontSize, ImVec2(x, y), ImGui::GetColorU32(color), text.data(),
                      text.data() + text.size());
        if (!span || span->link.empty()) return;
        ImVec2 min(x, y), max(x + text_width(font, text), y + font->FontSize);
        // A word after another of the same link on its line: the underline and ring run on
        // over the space between, so a link reads as one.
        const bool joins = m_joined_link == m_link && m_joined_y == y;
        if (joins) min.x = m_joined_right;
        m_joined_link = m_link;
        m_joined_y = y;
        m_joined_right = max.x;
        draw->AddLine(ImVec2(min.x, max.y), max, ImGui::GetColorU32(color), m_theme.px(1));
        if (m_link == g_links.focused) focused_link(*span, min, max, joins);
        // Only when nothing is in front: not under a dialog, not inside a clickable option.
        bool reachable = ImGui::IsWindowHovered() && !ImGui::IsAnyItemHovered();
        if (reachable && ImGui::IsMouseHoveringRect(min, max)) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) m_requests->push(OpenLink{span->link});
        }
    }

    const Theme& m_theme;
    const TextStyle& m_style;
    RequestQueue* m_requests;
    ImVec2 m_origin;
    float m_x = 0, m_y = 0, m_line_left = 0, m_line_height = 0;
    int m_blocks = 0;
    bool m_after_list_item = false;
    // The focused link's words get the focus ring, one around each line of them; Enter opens it.
    void focused_link(const Span& span, ImVec2 min, ImVec2 max, bool joins) {
        const float gap = m_theme.px(3);
        if (joins && !m_ring.empty())
            m_ring.back().second.x = max.x + gap;
        else
            m_ring.emplace_back(ImVec2(min.x - gap, min.y - gap), ImVec2(max.x + gap, max.y + gap));
        keep_enter_for_link();
        if (g_links.moved && !ImGui::IsRectVisible(min, max)) ImGui::SetScrollHereY(0.5f);
        if (!m_opened && pressed_for_link(ImGuiKey_Enter)) {
            m_requests->push(OpenLink{span.link});
            m_opened = true;  // one request for a link whose words wrap over several lines
        }
    }

    void words_of_link_start(const Span& span) {
        if (span.link.empty() || !m_requests) return;
        roll_link_frame();
        if (g_links.drawn == 0) {
            const ImGuiID window = ImGui::GetID("##links");
            if (window != g_links.window) g_links.focused = -1;
            g_links.window = window;
        }
        m_link = g_links.drawn++;
    }

    const ReadItem* m_reading;
    int m_link = -1;        // the number of the link being drawn
    int m_joined_link = -1;                 // the link whose word was drawn last, on line m_joined_y,
    float m_joined_y = -1, m_joined_right = 0;  // ending at m_joined_right
    std::vector<std::pair<ImVec2, ImVec2>> m_ring;  // around the focused link, a box per line
    bool m_opened = false;
    int m_block_index = 0;     // of the block being laid out
    std::size_t m_offset = 0;  // bytes into that block's text where the current span starts
    float m_band_right = 0, m_band_y = -1;  // the last highlighted word's band end, and its line
};

TextStyle resolved(const Theme& theme, TextStyle style) {
    if (!style.font) style.font = theme.fonts.body;
    if (style.color.w == 0) style.color = theme.colors.text;
    if (style.width <= 0) style.width = ImGui::GetContentRegionAvail().x;
    return style;
}

}  // namespace

AnswerTab answer_tab() {
    roll_link_frame();
    return g_links.answer_turn;
}

void answer_focus(bool focused, bool at_first, bool at_last, bool typing) {
    const int frame = ImGui::GetFrameCount();
    const bool had_it = g_links.answer.frame == frame - 1 && g_links.answer.focused;
    // Taken by the answer's own keys or a click: the link lets go.
    if (focused && !had_it) g_links.focused = -1;
    g_links.answer = AnswerStops{frame, focused, at_first, at_last, typing};
}

bool link_has_focus() { return g_links.focused >= 0 && g_links.frame >= ImGui::GetFrameCount() - 1; }

void draw_rich_text(const RichText& text, const Theme& theme, const TextStyle& style, RequestQueue& requests) {
    TextStyle s = resolved(theme, style);
    ReadAlong* along = active_read_along();
    const ReadItem* reading = along && along->wants_text() ? along->add(read_source(text)) : nullptr;
    Flow flow(theme, s, &requests, ImGui::GetCursorScreenPos(), reading);
    for (const Block& block : text.blocks) flow.block(block);
    flow.finish();
    ImGui::Dummy(ImVec2(s.width, flow.height()));
}

float measure_rich_text(const RichText& text, const Theme& theme, const TextStyle& style) {
    TextStyle s = resolved(theme, style);
    Flow flow(theme, s, nullptr, ImVec2(0, 0));
    for (const Block& block : text.blocks) flow.block(block);
    return flow.height();
}

}  // namespace primer::ui
