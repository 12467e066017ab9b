#include "args.hpp"

#include <charconv>
#include <iostream>

namespace primer::cli {

std::string Args::value(const std::string& name, const std::string& fallback) const {
    auto it = values.find(name);
    return it == values.end() ? fallback : it->second;
}

std::optional<std::uint64_t> seed_option(const Args& args, std::uint64_t fallback) {
    if (!args.has("--seed")) return fallback;
    const std::string text = args.value("--seed");
    std::uint64_t seed = 0;
    auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), seed);
    if (problem != std::errc() || end != text.data() + text.size()) {
        std::cerr << "primer: --seed takes a whole number, e.g. --seed 42.\n";
        return std::nullopt;
    }
    return seed;
}

std::optional<Args> parse_args(const std::vector<std::string>& words, const ArgSpec& spec, const std::string& command,
                               std::string& error) {
    Args args;
    for (size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word.rfind("--", 0) != 0 || word == "--") {
            args.positional.push_back(word);
            continue;
        }
        std::string name = word, inline_value;
        bool has_inline = false;
        if (auto equals = word.find('='); equals != std::string::npos) {
            name = word.substr(0, equals);
            inline_value = word.substr(equals + 1);
            has_inline = true;
        }
        if (spec.flags.count(name) && !has_inline) {
            args.flags.insert(name);
        } else if (spec.options.count(name)) {
            if (!has_inline && i + 1 >= words.size()) {
                error = "The option " + name + " needs a value. See 'primer " + command + " --help'.";
                return std::nullopt;
            }
            args.values[name] = has_inline ? inline_value : words[++i];
        } else {
            error = "'primer " + command + "' has no option " + name + ". See 'primer " + command + " --help'.";
            return std::nullopt;
        }
    }
    return args;
}

ParsedCommand parse_command(const std::vector<std::string>& words, const ArgSpec& spec, const std::string& command,
                            const char* help) {
    std::string error;
    ArgSpec with_help = spec;
    with_help.flags.insert("--help");
    auto args = parse_args(words, with_help, command, error);
    if (!args) {
        std::cerr << "primer: " << error << "\n";
        return {std::nullopt, 2};
    }
    if (args->has("--help")) {
        std::cout << help;
        return {std::nullopt, 0};
    }
    return {std::move(args), 0};
}

}  // namespace primer::cli
