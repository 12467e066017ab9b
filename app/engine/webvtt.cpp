#include "webvtt.hpp"
#include "utf8.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>

namespace primer {
namespace {

constexpr std::string_view kArrow = "-->";
constexpr std::string_view kTimeHint = "write mm:ss.ttt or hh:mm:ss.ttt, for example 00:04.500 or 01:02:03.000";

struct Line {
    std::string_view text;
    int number = 0;  // 1-based
};

// Splits on LF, CR LF or CR, as the spec allows all three.
std::vector<Line> split_lines(std::string_view text) {
    std::vector<Line> lines;
    std::size_t start = 0;
    int number = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        lines.push_back({text.substr(start, i - start), number++});
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    if (start < text.size()) lines.push_back({text.substr(start), number});
    return lines;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_blank(std::string_view line) { return std::all_of(line.begin(), line.end(), is_space); }
bool has_arrow(std::string_view line) { return line.find(kArrow) != std::string_view::npos; }

// "NOTE", "NOTE text" or "NOTE\ttext" (not "NOTES").
bool starts_block(std::string_view line, std::string_view keyword) {
    return line.substr(0, keyword.size()) == keyword && (line.size() == keyword.size() || is_space(line[keyword.size()]));
}

std::size_t skip_spaces(std::string_view line, std::size_t pos) {
    while (pos < line.size() && is_space(line[pos])) ++pos;
    return pos;
}

// Columns count characters (UTF-8 code points), as an editor shows them.
int column_of(std::string_view line, std::size_t byte) {
    int column = 1;
    for (std::size_t i = 0; i < byte && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    return column;
}

// Author text quoted in a message: at most ~40 bytes, never cutting a character in two.
std::string quoted(std::string_view text) {
    constexpr std::size_t limit = 40;
    if (text.size() <= limit) return "'" + std::string(text) + "'";
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return "'" + std::string(text.substr(0, cut)) + "...'";
}


std::optional<std::uint32_t> named_reference(std::string_view name) {
    static const std::map<std::string_view, std::uint32_t> names = {
        {"amp", '&'},     {"lt", '<'},      {"gt", '>'},       {"quot", '"'},
        {"apos", '\''},   {"nbsp", 0x00A0}, {"lrm", 0x200E},   {"rlm", 0x200F},
    };
    auto found = names.find(name);
    if (found == names.end()) return std::nullopt;
    return found->second;
}

struct Timestamp {
    std::int64_t ms = 0;
    std::string_view written;
};

struct TimeProblem {
    std::string why;
    std::size_t at = 0;  // byte in the line
    std::string hint{kTimeHint};
};

std::size_t digits_at(std::string_view line, std::size_t pos) {
    std::size_t n = 0;
    while (pos + n < line.size() && is_digit(line[pos + n])) ++n;
    return n;
}

std::int64_t number(std::string_view digits) {
    std::int64_t value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
}

// Reads [hh:]mm:ss.ttt at `pos` and moves `pos` past it; on failure says why and where.
std::optional<Timestamp> read_timestamp(std::string_view line, std::size_t& pos, TimeProblem& problem) {
    const std::size_t begin = pos;
    auto fail = [&](std::string why, std::size_t at) {
        problem.why = std::move(why);
        problem.at = at;
        return std::nullopt;
    };
    const std::size_t n1 = digits_at(line, pos);
    if (n1 == 0) return fail("a time must start with a digit", pos);
    if (n1 > 9) return fail("the hours have too many digits", pos);
    const std::int64_t first = number(line.substr(pos, n1));
    pos += n1;
    if (pos >= line.size() || line[pos] != ':') return fail("expected ':' after the first number", pos);
    ++pos;
    if (digits_at(line, pos) != 2) return fail("expected two digits after ':'", pos);
    const std::int64_t second = number(line.substr(pos, 2));
    pos += 2;
    std::int64_t hours = 0, minutes = 0, seconds = 0;
    if (pos < line.size() && line[pos] == ':') {
        ++pos;
        if (digits_at(line, pos) != 2) return fail("expected two digits for the seconds", pos);
        if (n1 < 2) return fail("the hours need at least two digits", begin);
        if (second > 59) return fail("the minutes must be 00 to 59", begin + n1 + 1);
        hours = first;
        minutes = second;
        seconds = number(line.substr(pos, 2));
        pos += 2;
    } else {
        if (n1 != 2) return fail("the minutes need two digits", begin);
        if (first > 59) {
            fail("the minutes must be 00 to 59", begin);
            problem.hint = "for an hour or more, write hh:mm:ss.ttt, for example 01:02:03.000";
            return std::nullopt;
        }
        minutes = first;
        seconds = second;
    }
    if (seconds > 59) return fail("the seconds must be 00 to 59", pos - 2);
    if (pos < line.size() && line[pos] == ',') {
        fail("a comma before the milliseconds (as in SRT files)", pos);
        problem.hint = "WebVTT puts a full stop before the milliseconds: 00:04.500, not 00:04,500";
        return std::nullopt;
    }
    if (pos >= line.size() || line[pos] != '.') return fail("expected '.' and three digits of milliseconds", pos);
    ++pos;
    if (digits_at(line, pos) != 3) return fail("the milliseconds need exactly three digits", pos);
    const std::int64_t millis = number(line.substr(pos, 3));
    pos += 3;
    return Timestamp{((hours * 60 + minutes) * 60 + seconds) * 1000 + millis, line.substr(begin, pos - begin)};
}

// The word an author wrote where a time was expected, for messages: up to a space or "-->".
std::string_view token_at(std::string_view line, std::size_t pos) {
    std::size_t end = pos;
    while (end < line.size() && !is_space(line[end]) && line.substr(end, kArrow.size()) != kArrow) ++end;
    return line.substr(pos, end - pos);
}

class Parser {
public:
    Parser(std::string_view text, const std::string& file, Captions& out, Diagnostics& diagnostics)
        : m_lines(split_lines(text)), m_file(file), m_out(out), m_diagnostics(diagnostics) {}

    void parse() {
        if (m_lines.empty() || !starts_block(m_lines[0].text, "WEBVTT")) {
            error(1, 1, "the file does not start with WEBVTT",
                  "the first line of a WebVTT file is WEBVTT in capitals, optionally followed by a space and a title");
            return;
        }
        std::size_t i = skip_header();
        while (i < m_lines.size()) {
            if (is_blank(m_lines[i].text)) {
                ++i;
            } else if (starts_block(m_lines[i].text, "NOTE")) {
                i = skip_block(i, "a NOTE");
            } else if (starts_block(m_lines[i].text, "STYLE") || starts_block(m_lines[i].text, "REGION")) {
                if (m_cue_blocks > 0)
                    warning(m_lines[i], 0, "a " + std::string(token_at(m_lines[i].text, 0)) +
                                               " block after the first cue is ignored by players",
                            "put STYLE and REGION blocks before the first cue");
                i = skip_block(i, "a " + std::string(token_at(m_lines[i].text, 0)));
            } else {
                ++m_cue_blocks;
                i = read_cue(i);
            }
        }
    }

private:
    // Header text after WEBVTT runs to the first blank line; returns the first line after it.
    std::size_t skip_header() {
        std::size_t i = 1;
        for (; i < m_lines.size() && !is_blank(m_lines[i].text); ++i) {
            if (has_arrow(m_lines[i].text)) {
                error(m_lines[i], 0, "a cue must be separated from the WEBVTT line by a blank line",
                      "leave an empty line after the WEBVTT header");
                break;  // read it as a cue anyway, so its own problems are reported too
            }
        }
        return i;
    }

    // Skips a NOTE/STYLE/REGION block; none may contain "-->" (the spec forbids it).
    std::size_t skip_block(std::size_t i, const std::string& what) {
        for (; i < m_lines.size() && !is_blank(m_lines[i].text); ++i) {
            const std::size_t arrow = m_lines[i].text.find(kArrow);
            if (arrow != std::string_view::npos)
                error(m_lines[i], arrow, "'-->' inside " + what + " block",
                      "leave a blank line before the next cue, or reword the comment without '-->'");
        }
        return i;
    }

    std::size_t skip_to_blank(std::size_t i) {
        while (i < m_lines.size() && !is_blank(m_lines[i].text)) ++i;
        return i;
    }

    // Reads the cue block starting at line i; returns the first line after it.
    std::size_t read_cue(std::size_t i) {
        const int errors_before = m_diagnostics.error_count();
        Cue cue;
        cue.line = m_lines[i].number;
        std::size_t timing = i;
        if (!has_arrow(m_lines[i].text)) {
            cue.id = std::string(m_lines[i].text);
            timing = i + 1;
            if (timing >= m_lines.size() || is_blank(m_lines[timing].text) || !has_arrow(m_lines[timing].text)) {
                report_missing_timing(i);
                return skip_to_blank(i);
            }
        }
        const std::optional<Timestamp> start = read_timing(m_lines[timing], cue);
        std::size_t next = timing + 1;
        std::vector<std::string_view> text_lines;
        for (; next < m_lines.size() && !is_blank(m_lines[next].text); ++next) {
            const std::size_t arrow = m_lines[next].text.find(kArrow);
            if (arrow != std::string_view::npos) {
                error(m_lines[next], arrow, "cue text may not contain '-->'",
                      "leave a blank line between cues; for an arrow in the text, write --&gt;");
                break;  // read this line as the next cue's timing, as players do
            }
            if (!text_lines.empty()) cue.text += '\n';
            append_text(m_lines[next], cue.text);
            text_lines.push_back(m_lines[next].text);
        }
        if (start && text_lines.empty())
            warning(m_lines[timing], 0, "the cue has no text", "put the caption text on the lines after the timing line");
        if (start && !cue.id.empty()) {
            auto [seen, inserted] = m_ids.emplace(cue.id, cue.line);
            if (!inserted)
                error(m_lines[i], 0,
                      "cue id " + quoted(cue.id) + " is used twice (first at line " + std::to_string(seen->second) + ")",
                      "give every cue its own id");
        }
        if (start && m_diagnostics.error_count() == errors_before) {
            m_last_start = *start;
            m_last_start_line = m_lines[timing].number;
            m_out.cues.push_back(std::move(cue));
        }
        return next;
    }

    void report_missing_timing(std::size_t id_line) {
        const std::string id{m_lines[id_line].text};
        // A typo'd arrow ("->", "- ->", "—>") is the likeliest cause when the line starts like a time.
        const bool looks_like_timing = !id.empty() && is_digit(id[0]) && id.find(':') != std::string::npos;
        const std::string hint = looks_like_timing
                                     ? "a timing line has '-->' (two hyphens and '>') between the times: "
                                       "00:01.000 --> 00:04.500"
                                     : "a cue is an optional id line, a timing line like 00:01.000 --> 00:04.500, "
                                       "then its text; start a comment with NOTE";
        if (id_line + 1 < m_lines.size() && !is_blank(m_lines[id_line + 1].text)) {
            error(m_lines[id_line + 1], 0,
                  "expected a timing line (start --> end) after " + quoted(id) + ", found " +
                      quoted(m_lines[id_line + 1].text),
                  hint);
        } else {
            error(m_lines[id_line], 0, quoted(id) + " is not followed by a timing line (start --> end)", hint);
        }
    }

    // Reads "start --> end [settings]" into the cue; returns the start time when all is well.
    std::optional<Timestamp> read_timing(const Line& line, Cue& cue) {
        const std::string_view text = line.text;
        std::size_t pos = skip_spaces(text, 0);
        TimeProblem problem;
        const std::optional<Timestamp> start = read_timestamp(text, pos, problem);
        if (!start) {
            error(line, problem.at,
                  "start time " + quoted(token_at(text, skip_spaces(text, 0))) + " is not a WebVTT time: " + problem.why,
                  problem.hint);
            return std::nullopt;
        }
        pos = skip_spaces(text, pos);
        if (text.substr(pos, kArrow.size()) != kArrow) {
            error(line, pos, "expected '-->' after the start time " + std::string(start->written),
                  "a timing line reads: 00:01.000 --> 00:04.500");
            return std::nullopt;
        }
        pos = skip_spaces(text, pos + kArrow.size());
        const std::size_t end_at = pos;
        const std::optional<Timestamp> end = read_timestamp(text, pos, problem);
        if (!end) {
            error(line, problem.at,
                  "end time " + quoted(token_at(text, end_at)) + " is not a WebVTT time: " + problem.why, problem.hint);
            return std::nullopt;
        }
        if (pos < text.size() && !is_space(text[pos])) {
            error(line, pos, "unexpected " + quoted(token_at(text, pos)) + " after the end time " + std::string(end->written),
                  "put a space between the end time and any cue settings");
            return std::nullopt;
        }
        // Cue settings (position, align, ...) may follow; the player lays captions out itself.
        if (end->ms < start->ms) {
            error(line, end_at,
                  "end time " + std::string(end->written) + " is before start time " + std::string(start->written),
                  "a cue must end after it starts; check whether the two times are swapped");
            return std::nullopt;
        }
        if (end->ms == start->ms) {
            error(line, end_at, "end time " + std::string(end->written) + " is the same as the start time",
                  "a cue must last longer than zero; make the end time later");
            return std::nullopt;
        }
        if (m_last_start && start->ms < m_last_start->ms) {
            error(line, skip_spaces(text, 0),
                  "cue starts at " + std::string(start->written) + ", before the cue above it (" +
                      std::string(m_last_start->written) + " at line " + std::to_string(m_last_start_line) + ")",
                  "put the cues in order of their start times");
            return std::nullopt;
        }
        cue.start_seconds = static_cast<double>(start->ms) / 1000.0;
        cue.end_seconds = static_cast<double>(end->ms) / 1000.0;
        return start;
    }

    // Appends a text line with tags dropped and character references decoded.
    void append_text(const Line& line, std::string& out) {
        const std::string_view text = line.text;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '<') {
                const std::size_t close = text.find('>', i);
                if (close == std::string_view::npos) {
                    error(line, i, "'<' starts a tag that is never closed, so players drop the rest of the line",
                          "write &lt; for a less-than sign, or close the tag with '>'");
                    return;
                }
                i = close;
            } else if (c == '&') {
                i = append_reference(line, i, out);
            } else if (c == '\0') {
                append_utf8(out, 0xFFFD);  // the spec replaces NUL
            } else {
                out += c;
            }
        }
    }

    // Decodes the reference at `amp` (&name; &#NN; &#xHH;) into `out`; returns the index of
    // its last byte. Anything else is a plain '&'.
    std::size_t append_reference(const Line& line, std::size_t amp, std::string& out) {
        const std::string_view text = line.text;
        std::size_t pos = amp + 1;
        if (pos < text.size() && text[pos] == '#') {
            ++pos;
            const bool hex = pos < text.size() && (text[pos] == 'x' || text[pos] == 'X');
            if (hex) ++pos;
            const std::size_t digits_begin = pos;
            std::uint32_t value = 0;
            for (; pos < text.size(); ++pos) {
                const char d = text[pos];
                int digit = -1;
                if (is_digit(d)) digit = d - '0';
                else if (hex && d >= 'a' && d <= 'f') digit = d - 'a' + 10;
                else if (hex && d >= 'A' && d <= 'F') digit = d - 'A' + 10;
                if (digit < 0) break;
                value = std::min<std::uint32_t>(value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit), 0x110000);
            }
            if (pos > digits_begin && pos < text.size() && text[pos] == ';') {
                append_utf8(out, value);
                return pos;
            }
            out += '&';
            return amp;
        }
        while (pos < text.size() && is_alnum(text[pos])) ++pos;
        if (pos > amp + 1 && pos < text.size() && text[pos] == ';') {
            const std::string_view name = text.substr(amp + 1, pos - amp - 1);
            if (const std::optional<std::uint32_t> cp = named_reference(name)) {
                append_utf8(out, *cp);
                return pos;
            }
            warning(line, amp, "unknown character reference " + quoted(text.substr(amp, pos - amp + 1)) + ", shown as written",
                    "use &amp; &lt; &gt; &nbsp; &lrm; &rlm; &quot; &apos; or &#NN;, or type the character itself");
        }
        out += '&';
        return amp;
    }

    void error(int line, int column, std::string message, std::string hint) {
        m_diagnostics.error({m_file, line, column}, std::move(message), std::move(hint));
    }
    void error(const Line& line, std::size_t byte, std::string message, std::string hint) {
        error(line.number, column_of(line.text, byte), std::move(message), std::move(hint));
    }
    void warning(const Line& line, std::size_t byte, std::string message, std::string hint) {
        m_diagnostics.warning({m_file, line.number, column_of(line.text, byte)}, std::move(message), std::move(hint));
    }

    std::vector<Line> m_lines;
    const std::string& m_file;
    Captions& m_out;
    Diagnostics& m_diagnostics;
    std::map<std::string, int> m_ids;  // id -> line, for repeats
    std::optional<Timestamp> m_last_start;
    int m_last_start_line = 0;
    int m_cue_blocks = 0;
};

}  // namespace

bool parse_webvtt(std::string_view text, const std::string& file_for_messages, Captions& out,
                  Diagnostics& diagnostics) {
    out.cues.clear();
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (text.substr(0, bom.size()) == bom) text.remove_prefix(bom.size());
    const int errors_before = diagnostics.error_count();
    Parser(text, file_for_messages, out, diagnostics).parse();
    return diagnostics.error_count() == errors_before;
}

int cue_at(const Captions& captions, double seconds) {
    if (std::isnan(seconds)) return -1;
    const auto& cues = captions.cues;
    // Past the last cue that has started; walk back to the latest one still showing. The walk
    // is linear in the worst case, which is nothing for a screen's few dozen captions.
    auto it = std::upper_bound(cues.begin(), cues.end(), seconds,
                               [](double t, const Cue& cue) { return t < cue.start_seconds; });
    while (it != cues.begin()) {
        --it;
        if (seconds < it->end_seconds) return static_cast<int>(it - cues.begin());
    }
    return -1;
}

}  // namespace primer
