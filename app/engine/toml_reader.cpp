#include "toml_reader.hpp"

#include "names.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <limits>

namespace primer {
namespace {

// toml++ describes what it expected; these say what an author most likely got wrong.
std::string syntax_hint(std::string_view description) {
    if (description.find("could not determine value type") != std::string_view::npos)
        return "put text in double quotes, e.g. title = \"My title\"; numbers and true/false take no quotes";
    if (description.find("cannot redefine") != std::string_view::npos)
        return "a key or [table] may appear only once; blocks that repeat use double brackets, e.g. [[screen]]";
    if (description.find("end-of-file") != std::string_view::npos)
        return "something is not closed: look above for a missing closing quote (\"\"\" for long text) or bracket";
    if (description.find("control characters") != std::string_view::npos)
        return "a string in \"quotes\" must end on the same line; use \"\"\" quotes for text over several lines";
    return "fix the TOML syntax here; modules/README.md shows how each file is written";
}

// "Error while parsing value: could not determine value type" reads as a fault of the
// parser; authors need to hear what in their file could not be read.
std::string syntax_message(std::string_view description) {
    constexpr std::string_view prefix = "Error while parsing ";
    if (description.substr(0, prefix.size()) != prefix) return std::string(description);
    std::string_view rest = description.substr(prefix.size());
    size_t colon = rest.find(": ");
    if (colon == std::string_view::npos) return std::string(description);
    return "cannot read this " + std::string(rest.substr(0, colon)) + ": " + std::string(rest.substr(colon + 2));
}

std::string describe(const toml::node& value) {
    switch (value.type()) {
    case toml::node_type::string: return "text in quotes";
    case toml::node_type::integer: return "a whole number";
    case toml::node_type::floating_point: return "a decimal number";
    case toml::node_type::boolean: return "true or false";
    case toml::node_type::array: return value.is_array_of_tables() ? "a list of tables" : "a list";
    case toml::node_type::table: return "a table";
    default: return "a date or time";
    }
}

bool is_blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

}  // namespace

std::optional<toml::table> read_toml_file(const std::filesystem::path& file, const std::string& label,
                                          Diagnostics& diagnostics) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        diagnostics.error({label, 0, 0}, "cannot open this file", "check that it exists and that you may read it");
        return std::nullopt;
    }
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    try {
        return toml::parse(text, std::string_view(label));
    } catch (const toml::parse_error& error) {
        diagnostics.error(location(label, error.source()), syntax_message(error.description()),
                          syntax_hint(error.description()));
        return std::nullopt;
    }
}

SourceLoc location(const std::string& file, const toml::source_region& region) {
    return {file, static_cast<int>(region.begin.line), static_cast<int>(region.begin.column)};
}

TableReader::TableReader(const toml::table& root, std::string file, Diagnostics& diagnostics)
    : m_table(root), m_file(std::move(file)), m_context(std::filesystem::path(m_file).filename().string()),
      m_diagnostics(diagnostics) {}

TableReader::TableReader(const TableReader& parent, const toml::table& table, std::string_view key, bool repeated)
    : m_table(table), m_file(parent.m_file), m_path(parent.child_path(key)),
      m_context(header(m_path, repeated)), m_diagnostics(parent.m_diagnostics) {}

std::string TableReader::child_path(std::string_view key) const {
    return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

std::string TableReader::header(const std::string& path, bool repeated) {
    return repeated ? "[[" + path + "]]" : "[" + path + "]";
}

std::string TableReader::example_line(std::string_view key, std::string_view example) {
    return std::string(key) + " = " + std::string(example);
}

const toml::node* TableReader::find(std::string_view key, Need need, std::string_view example) {
    allow({key});
    const toml::node* value = m_table.get(key);
    if (!value && need == Need::Required)
        m_diagnostics.error(where(), "missing required key '" + std::string(key) + "' in " + m_context,
                            "add a line like: " + example_line(key, example));
    return value;
}

void TableReader::wrong_type(std::string_view key, const toml::node& value, std::string_view expected,
                             std::string hint) {
    m_diagnostics.error(location(m_file, value.source()),
                        "'" + std::string(key) + "' must be " + std::string(expected) + ", but it is " +
                            describe(value),
                        std::move(hint));
}

std::optional<std::string> TableReader::string(std::string_view key, Need need, std::string_view example) {
    const toml::node* value = find(key, need, example);
    if (!value) return std::nullopt;
    const auto* text = value->as_string();
    if (!text) {
        wrong_type(key, *value, "text in quotes", "write it like this: " + example_line(key, example));
        return std::nullopt;
    }
    if (need == Need::Required && is_blank(text->get()))
        m_diagnostics.error(where(key), "'" + std::string(key) + "' is empty",
                            "write something, for example: " + example_line(key, example));
    return text->get();
}

std::optional<RichText> TableReader::rich_text(std::string_view key, Need need, std::string_view example) {
    std::optional<std::string> text = string(key, need, example);
    if (!text) return std::nullopt;
    return parse_rich_text(*text, where(key), m_diagnostics);
}

std::optional<int> TableReader::integer(std::string_view key, Need need, std::string_view example) {
    const toml::node* value = find(key, need, example);
    if (!value) return std::nullopt;
    const auto* number = value->as_integer();
    if (!number) {
        std::string hint = "write it like this: " + example_line(key, example);
        if (const auto* text = value->as_string()) {
            const std::string& digits = text->get();
            long long parsed = 0;
            auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), parsed);
            if (error == std::errc() && end == digits.data() + digits.size())
                hint = "remove the quotes: " + example_line(key, digits);
        }
        wrong_type(key, *value, "a whole number", std::move(hint));
        return std::nullopt;
    }
    int64_t raw = number->get();
    if (raw < std::numeric_limits<int>::min() || raw > std::numeric_limits<int>::max()) {
        m_diagnostics.error(where(key), "'" + std::string(key) + "' is far too large",
                            "for example: " + example_line(key, example));
        return std::nullopt;
    }
    return static_cast<int>(raw);
}

std::optional<double> TableReader::number(std::string_view key, Need need, std::string_view example) {
    const toml::node* value = find(key, need, example);
    if (!value) return std::nullopt;
    if (const auto* whole = value->as_integer()) return static_cast<double>(whole->get());
    const auto* decimal = value->as_floating_point();
    if (decimal && std::isfinite(decimal->get())) return decimal->get();
    if (decimal)
        m_diagnostics.error(where(key), "'" + std::string(key) + "' must be an ordinary number, not inf or nan",
                            "write it like this: " + example_line(key, example));
    else
        wrong_type(key, *value, "a number", "write it like this: " + example_line(key, example));
    return std::nullopt;
}

std::optional<bool> TableReader::boolean(std::string_view key, std::string_view example) {
    const toml::node* value = find(key, Need::Optional, example);
    if (!value) return std::nullopt;
    const auto* flag = value->as_boolean();
    if (!flag) {
        std::string hint = "write it like this: " + example_line(key, example);
        if (const auto* text = value->as_string(); text && (text->get() == "true" || text->get() == "false"))
            hint = "remove the quotes: " + example_line(key, text->get());
        wrong_type(key, *value, "true or false", std::move(hint));
        return std::nullopt;
    }
    return flag->get();
}

std::optional<Located<std::string>> TableReader::id(std::string_view key, std::string_view what) {
    std::optional<std::string> value = string(key, Need::Required, "\"my-" + std::string(what) + "\"");
    if (!value || is_blank(*value)) return std::nullopt;
    SourceLoc at = where(key);
    if (!is_valid_id(*value)) {
        std::string suggestion = id_from(*value);
        std::string hint = "ids use lower-case letters, digits and hyphens, and start with a letter";
        if (!suggestion.empty()) hint += ", e.g. \"" + suggestion + "\"";
        m_diagnostics.error(at, "'" + *value + "' is not a valid " + std::string(what) + " id", std::move(hint));
    }
    return Located<std::string>{std::move(*value), std::move(at)};
}

std::vector<Located<std::string>> TableReader::strings(std::string_view key, Need need, std::string_view example) {
    std::vector<Located<std::string>> out;
    const toml::node* value = find(key, need, example);
    if (!value) return out;
    const auto* list = value->as_array();
    if (!list) {
        wrong_type(key, *value, "a list of texts in quotes", "write it like this: " + example_line(key, example));
        return out;
    }
    for (const toml::node& item : *list) {
        SourceLoc at = location(m_file, item.source());
        if (const auto* text = item.as_string())
            out.push_back({text->get(), at});
        else
            m_diagnostics.error(at, "each entry in '" + std::string(key) + "' must be text in quotes, but this is " +
                                        describe(item),
                                "write it like this: " + example_line(key, example));
    }
    return out;
}

std::vector<Located<double>> TableReader::numbers(std::string_view key, Need need, std::string_view example) {
    std::vector<Located<double>> out;
    const toml::node* value = find(key, need, example);
    if (!value) return out;
    const auto* list = value->as_array();
    if (!list) {
        wrong_type(key, *value, "a list of numbers", "write it like this: " + example_line(key, example));
        return out;
    }
    for (const toml::node& item : *list) {
        SourceLoc at = location(m_file, item.source());
        if (const auto* whole = item.as_integer())
            out.push_back({static_cast<double>(whole->get()), at});
        else if (const auto* real = item.as_floating_point(); real && std::isfinite(real->get()))
            out.push_back({real->get(), at});
        else
            m_diagnostics.error(at, "each entry in '" + std::string(key) + "' must be a number, but this is " +
                                        describe(item),
                                "write numbers without quotes or commas: " + example_line(key, example));
    }
    return out;
}

std::optional<TableReader> TableReader::table(std::string_view key) {
    const toml::node* value = find(key, Need::Optional, "");
    if (!value) return std::nullopt;
    if (const auto* child = value->as_table()) return TableReader(*this, *child, key, false);
    wrong_type(key, *value, "a table",
               "start it with a line " + header(child_path(key), false) + " and put its keys below");
    return std::nullopt;
}

std::vector<TableReader> TableReader::tables(std::string_view key) {
    std::vector<TableReader> out;
    const toml::node* value = find(key, Need::Optional, "");
    if (!value) return out;
    const auto* list = value->as_array();
    if (!list || !list->is_array_of_tables()) {
        std::string blocks = header(child_path(key), true);
        wrong_type(key, *value, blocks + " blocks",
                   "start each block with a line " + blocks + " (double brackets), then its keys");
        return out;
    }
    for (const toml::node& item : *list) out.push_back(TableReader(*this, *item.as_table(), key, true));
    return out;
}

void TableReader::allow(std::initializer_list<std::string_view> keys) {
    for (std::string_view key : keys)
        if (std::find(m_declared.begin(), m_declared.end(), key) == m_declared.end()) m_declared.emplace_back(key);
}

std::vector<Located<std::string>> TableReader::undeclared() const {
    std::vector<Located<std::string>> out;
    for (const auto& [key, value] : m_table)
        if (std::find(m_declared.begin(), m_declared.end(), key.str()) == m_declared.end())
            out.push_back({std::string(key.str()), location(m_file, key.source())});
    return out;
}

void TableReader::report_unknown() {
    for (const auto& [key, at] : undeclared()) {
        std::string match = closest_match(key, m_declared);
        std::string hint = match.empty() ? "the keys " + m_context + " can have are " + join_names(m_declared, "'")
                                         : "did you mean '" + match + "'?";
        m_diagnostics.error(at, "unknown key '" + key + "' in " + m_context, std::move(hint));
    }
}

bool TableReader::has(std::string_view key) const { return m_table.contains(key); }

SourceLoc TableReader::where() const { return location(m_file, m_table.source()); }

SourceLoc TableReader::where(std::string_view key) const {
    const toml::node* value = m_table.get(key);
    return value ? location(m_file, value->source()) : where();
}

}  // namespace primer
