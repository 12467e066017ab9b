#include "csv.hpp"

namespace primer {

std::string csv_field(std::string_view text, bool number) {
    std::string field(text);
    const bool formula_like = !number && !field.empty() &&
                              (field[0] == '=' || field[0] == '+' || field[0] == '-' || field[0] == '@' ||
                               field[0] == '\t' || field[0] == '\r' || field[0] == '\'');
    if (formula_like) field.insert(0, 1, '\'');
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string quoted = "\"";
    for (char c : field) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string field_value(std::string_view field) {
    if (!field.empty() && field[0] == '\'') field.remove_prefix(1);
    return std::string(field);
}

void CsvWriter::row(const std::vector<std::string>& fields, const std::vector<bool>& numbers) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) m_out << ',';
        m_out << csv_field(fields[i], i < numbers.size() && numbers[i]);
    }
    m_out << "\r\n";
}

std::vector<std::vector<std::string>> parse_csv(std::string_view text, std::string& error) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false, field_started = false;
    int line = 1;
    int quote_line = 1;  // where the open quoted field began, for the error
    auto end_field = [&] {
        record.push_back(std::move(field));
        field.clear();
        field_started = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
                if (i + 1 < text.size() && text[i + 1] != ',' && text[i + 1] != '\r' && text[i + 1] != '\n') {
                    error = "line " + std::to_string(line) + ": text after a closing quote";
                    return {};
                }
            } else {
                if (c == '\n') ++line;
                field += c;
            }
        } else if (c == '"' && !field_started) {
            quoted = field_started = true;
            quote_line = line;
        } else if (c == '"') {
            error = "line " + std::to_string(line) + ": a quote inside an unquoted field";
            return {};
        } else if (c == ',') {
            end_field();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')) {
                error = "line " + std::to_string(line) + ": a carriage return without a line feed";
                return {};
            }
            if (c == '\r') ++i;
            end_field();
            records.push_back(std::move(record));
            record.clear();
            ++line;
        } else {
            field += c;
            field_started = true;
        }
    }
    if (quoted) {
        error = "line " + std::to_string(quote_line) + ": a quoted field is never closed";
        return {};
    }
    if (field_started || !record.empty()) {
        end_field();
        records.push_back(std::move(record));
    }
    return records;
}

}  // namespace primer
