#include "diagnostics.hpp"

#include <algorithm>
#include <tuple>

namespace primer {

void Diagnostics::error(SourceLoc where, std::string message, std::string hint) {
    m_items.push_back({std::move(where), Severity::Error, std::move(message), std::move(hint)});
}

void Diagnostics::warning(SourceLoc where, std::string message, std::string hint) {
    m_items.push_back({std::move(where), Severity::Warning, std::move(message), std::move(hint)});
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

int Diagnostics::error_count() const {
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(),
                                          [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

int Diagnostics::warning_count() const { return static_cast<int>(m_items.size()) - error_count(); }

void Diagnostics::sort() {
    std::stable_sort(m_items.begin(), m_items.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.file, a.where.line, a.where.column) <
               std::tie(b.where.file, b.where.line, b.where.column);
    });
}

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.where.file;
    if (d.where.line > 0) {
        out += ':' + std::to_string(d.where.line);
        if (d.where.column > 0) out += ':' + std::to_string(d.where.column);
    }
    out += d.severity == Severity::Error ? ": error: " : ": warning: ";
    out += d.message;
    if (!d.hint.empty()) out += "\n    hint: " + d.hint;
    return out;
}

}  // namespace primer
