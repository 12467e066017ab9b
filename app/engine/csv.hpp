// Writing CSV for spreadsheets and LMS imports: RFC 4180 (fields with commas, quotes or
// line breaks are quoted, quotes doubled, CRLF between records), UTF-8 throughout.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace primer {

// One field as written. A field a spreadsheet would run as a formula (starting with =,
// +, -, @, a tab or a carriage return) gets a leading apostrophe, so opening an export
// never runs a learner's typed text; so does a field that starts with an apostrophe, so
// that field_value() can undo it exactly. `number` fields (our own figures) are left alone.
std::string csv_field(std::string_view text, bool number = false);

// The value csv_field() was given, from the field as read (one leading apostrophe removed).
std::string field_value(std::string_view field);

class CsvWriter {
public:
    explicit CsvWriter(std::ostream& out) : m_out(out) {}

    // Writes one record; `numbers` marks the fields that hold our own figures.
    void row(const std::vector<std::string>& fields, const std::vector<bool>& numbers = {});

private:
    std::ostream& m_out;
};

// Reads RFC 4180 text back into records (for `primer verify` and the tests); strict:
// the first malformed record empties the result and sets `error`.
std::vector<std::vector<std::string>> parse_csv(std::string_view text, std::string& error);

}  // namespace primer
