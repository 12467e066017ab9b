// A small command-line reader: positional words, `--option value` and `--flag`.
// Unknown options are an error with a sentence, never silently ignored.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace primer::cli {

struct ArgSpec {
    std::set<std::string> options = {};  // take a value: --course DIR
    std::set<std::string> flags = {};    // stand alone: --verbose (--help is always known)
};

struct Args {
    std::vector<std::string> positional;
    std::map<std::string, std::string> values;
    std::set<std::string> flags;

    bool has(const std::string& name) const { return values.count(name) || flags.count(name); }
    std::string value(const std::string& name, const std::string& fallback = "") const;
};

// nullopt with `error` set when an option is unknown or lacks its value.
std::optional<Args> parse_args(const std::vector<std::string>& words, const ArgSpec& spec, const std::string& command,
                               std::string& error);

// What every subcommand does first: parse its words, and answer --help or a mistake
// itself. `args` is empty when the command should stop and return `exit_code`.
struct ParsedCommand {
    std::optional<Args> args;
    int exit_code = 0;
};
// --seed N for the shuffles and draws of a fresh start: `fallback` when absent, nullopt (and
// a sentence on stderr) when it is not a whole number.
std::optional<std::uint64_t> seed_option(const Args& args, std::uint64_t fallback);

ParsedCommand parse_command(const std::vector<std::string>& words, const ArgSpec& spec, const std::string& command,
                            const char* help);

}  // namespace primer::cli
