// Typed reading of script files. Every problem becomes a diagnostic where the author
// will look: syntax errors where the parser stopped, wrong types at the value, missing
// keys at their table, unknown keys at the key with a "did you mean" hint.
#pragma once

#include "diagnostics.hpp"
#include "rich_text.hpp"

#include <toml++/toml.h>

#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace primer {

// Reads and parses one file; `label` is how diagnostics name it. A file that cannot be
// read or parsed gives one error and nullopt, so the caller skips it and goes on.
std::optional<toml::table> read_toml_file(const std::filesystem::path& file, const std::string& label,
                                          Diagnostics& diagnostics);

SourceLoc location(const std::string& file, const toml::source_region& region);

enum class Need { Optional, Required };

template <class T>
struct Located {
    T value;
    SourceLoc where;
};

// Reads the keys of one table. Each read also declares the key valid here, so once the
// reads are done, report_unknown() can flag every other key as a likely typo.
// `example` is a value as an author would write it ("80", "\"Before you start\""); hints show it.
class TableReader {
public:
    // Reads a whole file's top-level table; `file` is the file's label.
    TableReader(const toml::table& root, std::string file, Diagnostics& diagnostics);

    // Required strings must also not be blank.
    std::optional<std::string> string(std::string_view key, Need need, std::string_view example);
    std::optional<RichText> rich_text(std::string_view key, Need need, std::string_view example);
    std::optional<int> integer(std::string_view key, Need need, std::string_view example);
    // A whole or decimal number ("200", "0.75").
    std::optional<double> number(std::string_view key, Need need, std::string_view example);
    std::optional<bool> boolean(std::string_view key, std::string_view example);
    // A stable id under `key`, checked for form; `what` names it in messages ("screen").
    std::optional<Located<std::string>> id(std::string_view key, std::string_view what);
    std::vector<Located<std::string>> strings(std::string_view key, Need need, std::string_view example);
    std::vector<Located<double>> numbers(std::string_view key, Need need, std::string_view example);
    // The [key] table, or the [[key]] blocks (none when absent), each with its own reader.
    std::optional<TableReader> table(std::string_view key);
    std::vector<TableReader> tables(std::string_view key);

    // Declares keys valid here without reading them.
    void allow(std::initializer_list<std::string_view> keys);
    // Keys present in the table that no read or allow() has declared, with their positions.
    std::vector<Located<std::string>> undeclared() const;
    // Reports each undeclared key as an error, suggesting the declared key it most resembles.
    void report_unknown();

    bool has(std::string_view key) const;
    // The raw value, for tables whose keys are the author's own names (conversation variables).
    const toml::node* node(std::string_view key) const { return m_table.get(key); }
    SourceLoc where() const;                      // the table itself ([header] or file start)
    SourceLoc where(std::string_view key) const;  // the key's value, or the table when absent
    Diagnostics& diagnostics() { return m_diagnostics; }

private:
    TableReader(const TableReader& parent, const toml::table& table, std::string_view key, bool repeated);
    const toml::node* find(std::string_view key, Need need, std::string_view example);
    void wrong_type(std::string_view key, const toml::node& value, std::string_view expected, std::string hint);
    std::string child_path(std::string_view key) const;
    static std::string header(const std::string& path, bool repeated);
    static std::string example_line(std::string_view key, std::string_view example);

    const toml::table& m_table;
    std::string m_file;
    std::string m_path;     // dotted TOML name of this table ("screen.option"); empty for a file
    std::string m_context;  // how messages name it: "[[screen.option]]", "course.toml"
    Diagnostics& m_diagnostics;
    std::vector<std::string> m_declared;
};

}  // namespace primer
