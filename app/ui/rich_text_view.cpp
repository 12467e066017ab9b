#include "rich_text_view.hpp"

#include "read_along.hpp"

#include <cfloat>

namespace primer::ui {

namespace {

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
            words(span, face(m_theme, regular, span));
            m_offset += span.text.size();
        }
        m_y += m_line_height;
        ++m_block_index;
    }

    float height() const { return m_y - m_origin.y; }

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
        draw->AddLine(ImVec2(min.x, max.y), max, ImGui::GetColorU32(color), m_theme.px(1));
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
    const ReadItem* m_reading;
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

void draw_rich_text(const RichText& text, const Theme& theme, const TextStyle& style, RequestQueue& requests) {
    TextStyle s = resolved(theme, style);
    ReadAlong* along = active_read_along();
    const ReadItem* reading = along && along->wants_text() ? along->add(read_source(text)) : nullptr;
    Flow flow(theme, s, &requests, ImGui::GetCursorScreenPos(), reading);
    for (const Block& block : text.blocks) flow.block(block);
    ImGui::Dummy(ImVec2(s.width, flow.height()));
}

float measure_rich_text(const RichText& text, const Theme& theme, const TextStyle& style) {
    TextStyle s = resolved(theme, style);
    Flow flow(theme, s, nullptr, ImVec2(0, 0));
    for (const Block& block : text.blocks) flow.block(block);
    return flow.height();
}

}  // namespace primer::ui
