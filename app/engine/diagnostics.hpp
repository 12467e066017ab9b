// Diagnostics: what the script parser and validator report about content.
// Content mistakes are never exceptions; they are collected here, all in one pass,
// and printed like a compiler's (file:line:col: severity: message) with a hint.
#pragma once

#include <string>
#include <vector>

namespace primer {

struct SourceLoc {
    std::string file;  // path as given to the parser, so messages point where the author looks
    int line = 0;      // 1-based; 0 when the problem is the file as a whole
    int column = 0;    // 1-based; 0 when unknown
};

enum class Severity { Warning, Error };

struct Diagnostic {
    SourceLoc where;
    Severity severity = Severity::Error;
    std::string message;
    std::string hint;  // how to fix it; may be empty
};

class Diagnostics {
public:
    void error(SourceLoc where, std::string message, std::string hint = {});
    void warning(SourceLoc where, std::string message, std::string hint = {});

    const std::vector<Diagnostic>& all() const { return m_items; }
    bool has_errors() const;
    int error_count() const;
    int warning_count() const;

    // Orders by file, line and column so output reads top to bottom like a compiler's.
    void sort();

private:
    std::vector<Diagnostic> m_items;
};

// "file:line:col: error: message\n    hint: ..." (line and col omitted when unknown).
std::string format_diagnostic(const Diagnostic& d);

}  // namespace primer
