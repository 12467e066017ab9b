#include "conversation_expressions.hpp"

#include <array>
#include <charconv>
#include <vector>

namespace primer {
namespace {

enum class Kind { Name, Number, Symbol, End, Unknown };

struct Token {
    Kind kind = Kind::End;
    std::string_view text;
    std::size_t offset = 0;

    bool is(std::string_view s) const { return (kind == Kind::Name || kind == Kind::Symbol) && text == s; }
};

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Longest first, so that ">=" is one token and not ">" then "=".
constexpr std::array kSymbols{"==", "!=", "<=", ">=", "+=", "-=", "&&", "||", "<", ">", "=", "+", "-", "!"};

std::vector<Token> tokenise(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t at = 0;
    while (at < text.size()) {
        char c = text[at];
        if (c == ' ' || c == '\t') {
            ++at;
            continue;
        }
        std::size_t start = at;
        Kind kind = Kind::Unknown;
        if (is_letter(c)) {
            while (at < text.size() && (is_letter(text[at]) || is_digit(text[at]) || text[at] == '-' ||
                                        static_cast<unsigned char>(text[at]) >= 0x80)) {
                // A hyphen belongs to the name only between letters ("self-blame"), so
                // "trust-1" still reads as trust minus one.
                if (text[at] == '-' && (at + 1 >= text.size() || !is_letter(text[at + 1]))) break;
                ++at;
            }
            kind = Kind::Name;
        } else if (is_digit(c)) {
            while (at < text.size() && is_digit(text[at])) ++at;
            kind = Kind::Number;
        } else {
            for (std::string_view symbol : kSymbols)
                if (text.substr(at, symbol.size()) == symbol) {
                    at += symbol.size();
                    kind = Kind::Symbol;
                    break;
                }
            if (kind == Kind::Unknown) {
                ++at;
                while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;  // whole UTF-8 character
            }
        }
        tokens.push_back({kind, text.substr(start, at - start), start});
    }
    tokens.push_back({Kind::End, {}, text.size()});
    return tokens;
}

bool is_keyword(std::string_view word) {
    return word == "and" || word == "or" || word == "not" || word == "true" || word == "false";
}

const char* const kConditionHelp =
    "a condition is a flag (rushed, not rushed) or a comparison (trust >= 2), joined by 'and'";
const char* const kEffectHelp = "write one change per entry: trust + 1, trust - 1, trust = 3 or rushed = true";

// Reads tokens left to right, reporting the first problem only: after one mistake the
// rest of a short expression rarely says anything useful.
class Reader {
public:
    Reader(std::string_view text, const StringPlace& place, Diagnostics& diagnostics)
        : m_text(text), m_tokens(tokenise(text)), m_place(place), m_diagnostics(diagnostics) {}

    const Token& peek() const { return m_tokens[m_at]; }
    const Token& take() { return m_tokens[m_at < m_tokens.size() - 1 ? m_at++ : m_at]; }

    bool fail(const Token& at, std::string message, std::string hint) {
        m_diagnostics.error(m_place.at(m_text, at.offset), std::move(message), std::move(hint));
        return false;
    }

    static std::string shown(const Token& token) {
        return token.kind == Kind::End ? "the end" : "'" + std::string(token.text) + "'";
    }

    // A variable name; `example` shows where one goes.
    bool name(std::string& out, const std::string& example) {
        const Token& token = take();
        if (token.kind == Kind::Name && !is_keyword(token.text) && is_variable_name(token.text)) {
            out = std::string(token.text);
            return true;
        }
        if (token.kind == Kind::Name && !is_keyword(token.text))
            return fail(token, "'" + std::string(token.text) + "' is not a valid variable name",
                        "variable names use lower-case letters, digits and underscores, and start with a letter");
        return fail(token, "expected the name of a variable here, but found " + shown(token), "for example: " + example);
    }

    // A number (with an optional minus) or, when `booleans`, true or false.
    bool value(int& out, bool& boolean, bool booleans, const std::string& after, const char* help) {
        const Token& token = take();
        boolean = token.is("true") || token.is("false");
        if (boolean && booleans) {
            out = token.is("true") ? 1 : 0;
            return true;
        }
        bool negative = token.is("-");
        const Token& digits = negative ? take() : token;
        if (digits.kind != Kind::Number) {
            std::string wanted = booleans ? "a number, true or false" : "a number";
            return fail(token, "expected " + wanted + " after '" + after + "', but found " + shown(token),
                        help);
        }
        long long parsed = 0;
        auto [end, error] = std::from_chars(digits.text.data(), digits.text.data() + digits.text.size(), parsed);
        if (error != std::errc() || end != digits.text.data() + digits.text.size() || parsed > 1000000)
            return fail(digits, "the number " + std::string(digits.text) + " is too large",
                        "scores and counters here go up to 1000000");
        out = static_cast<int>(negative ? -parsed : parsed);
        return true;
    }

    std::string_view text_between(std::size_t from, std::size_t to) const {
        std::string_view part = m_text.substr(from, to - from);
        while (!part.empty() && (part.back() == ' ' || part.back() == '\t')) part.remove_suffix(1);
        return part;
    }

    const StringPlace& place() const { return m_place; }
    std::string_view text() const { return m_text; }

private:
    std::string_view m_text;
    std::vector<Token> m_tokens;
    std::size_t m_at = 0;
    const StringPlace& m_place;
    Diagnostics& m_diagnostics;
};

std::optional<Condition::Op> comparison(const Token& token) {
    if (token.is("==") || token.is("=")) return Condition::Op::Eq;
    if (token.is("!=")) return Condition::Op::Ne;
    if (token.is("<")) return Condition::Op::Lt;
    if (token.is("<=")) return Condition::Op::Le;
    if (token.is(">")) return Condition::Op::Gt;
    if (token.is(">=")) return Condition::Op::Ge;
    return std::nullopt;
}

bool ends_clause(const Token& token) { return token.kind == Kind::End || token.is("and") || token.is("or"); }

bool read_clause(Reader& in, Condition::Clause& clause) {
    const Token start = in.peek();
    clause.where = in.place().at(in.text(), start.offset);
    if (start.is("!"))
        return in.fail(start, "write 'not' instead of '!'", "for example: not rushed");
    if (start.is("not")) {
        in.take();
        if (!in.name(clause.variable, "not rushed")) return false;
        clause.op = Condition::Op::Eq;
        clause.boolean = true;
    } else {
        if (!in.name(clause.variable, "trust >= 2")) return false;
        const Token op = in.peek();
        if (ends_clause(op)) {
            clause.op = Condition::Op::Ne;  // a bare flag: it is set
            clause.boolean = true;
        } else if (auto compared = comparison(op)) {
            in.take();
            clause.op = *compared;
            if (!in.value(clause.value, clause.boolean, true, std::string(op.text), kConditionHelp)) return false;
        } else if (op.is("+") || op.is("-") || op.is("+=") || op.is("-=")) {
            return in.fail(op, "a condition compares a variable; it cannot change one",
                           "to change '" + clause.variable + "' when this is chosen, use set = [\"" +
                               clause.variable + " " + std::string(op.text.substr(0, 1)) + " 1\"]");
        } else {
            return in.fail(op, "expected a comparison (==, !=, <, <=, >, >=) or 'and' after '" + clause.variable +
                                   "', but found " + Reader::shown(op),
                           kConditionHelp);
        }
    }
    clause.text = std::string(in.text_between(start.offset, in.peek().offset));
    return true;
}

}  // namespace

SourceLoc StringPlace::at(std::string_view text, std::size_t offset) const {
    if (!exact || value.line == 0) return value;
    int characters = 0;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++characters;
    return {value.file, value.line, value.column + 1 + characters};
}

StringPlace string_place(const SourceLoc& value, std::string_view text) {
    // Quotes, backslashes and line breaks can only have been written as escapes or over
    // several lines, where a character is no longer one column.
    bool plain = text.find_first_of("\"\\\n\r\t") == std::string_view::npos;
    return {value, plain};
}

bool is_variable_name(std::string_view name) {
    if (name.empty() || name[0] < 'a' || name[0] > 'z') return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || is_digit(c) || c == '_')) return false;
    return true;
}

std::optional<Condition> parse_condition(std::string_view text, const StringPlace& place, Diagnostics& diagnostics) {
    Reader in(text, place, diagnostics);
    Condition condition;
    condition.text = std::string(text);
    if (in.peek().kind == Kind::End) {
        diagnostics.error(place.value, "this condition is empty",
                          "leave out 'if' for a choice that is always open, or write one, e.g. if = \"trust >= 2\"");
        return std::nullopt;
    }
    while (true) {
        Condition::Clause clause;
        if (!read_clause(in, clause)) return std::nullopt;
        condition.clauses.push_back(std::move(clause));
        const Token joint = in.take();
        if (joint.kind == Kind::End) return condition;
        if (joint.is("and")) continue;
        if (joint.is("&&")) {
            in.fail(joint, "write 'and' instead of '&&'", "for example: trust >= 2 and not rushed");
        } else if (joint.is("or") || joint.is("||")) {
            in.fail(joint, "'or' is not supported in conditions",
                    "every part joined by 'and' must hold; for either-or, write two choices (or two next rules), "
                    "one for each case");
        } else {
            in.fail(joint, "expected 'and' or the end of the condition, but found " + Reader::shown(joint),
                    kConditionHelp);
        }
        return std::nullopt;
    }
}

std::optional<Effect> parse_effect(std::string_view text, const StringPlace& place, Diagnostics& diagnostics) {
    Reader in(text, place, diagnostics);
    Effect effect;
    effect.where = place.at(text, in.peek().offset);
    if (!in.name(effect.variable, "trust + 1")) return std::nullopt;
    const Token op = in.take();
    if (op.is("+") || op.is("+=") || op.is("-") || op.is("-=")) {
        effect.op = Effect::Op::Add;
        bool boolean = false;
        if (!in.value(effect.value, boolean, false, std::string(op.text), kEffectHelp)) return std::nullopt;
        if (op.text[0] == '-') effect.value = -effect.value;
    } else if (op.is("=")) {
        effect.op = Effect::Op::Set;
        if (!in.value(effect.value, effect.boolean, true, "=", kEffectHelp)) return std::nullopt;
    } else if (op.is("==")) {
        in.fail(op, "use one '=' to set a variable", "for example: " + effect.variable + " = 3");
        return std::nullopt;
    } else {
        in.fail(op, "expected '+', '-' or '=' after '" + effect.variable + "', but found " + Reader::shown(op),
                kEffectHelp);
        return std::nullopt;
    }
    const Token rest = in.take();
    if (rest.kind != Kind::End) {
        in.fail(rest, "expected the end of this change, but found " + Reader::shown(rest),
                "put each change in its own entry: set = [\"trust + 1\", \"rushed = true\"]");
        return std::nullopt;
    }
    effect.text = std::string(in.text_between(0, text.size()));
    while (!effect.text.empty() && effect.text.front() == ' ') effect.text.erase(0, 1);
    return effect;
}

}  // namespace primer
