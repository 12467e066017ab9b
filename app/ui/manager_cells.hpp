// Small pieces the manager view's tables and panels share: a time as they show it, and a
// table cell of plain text.
#pragma once

#include "time_format.hpp"

#include <imgui.h>

#include <string>

namespace primer::ui {

// A record's time to the minute, UTC, as the tables show it: "2026-03-01 10:15"; "" for none.
inline std::string when(Millis at) {
    if (at == 0) return "";
    std::string text = format_utc(at).substr(0, 16);  // "2026-03-01T10:15"
    text[10] = ' ';
    return text;
}

// The next column of the table being drawn, holding `text`.
inline void cell(const std::string& text) {
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(text.c_str());
}

}  // namespace primer::ui
