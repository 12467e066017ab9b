#include "language_check.hpp"

#include "names.hpp"
#include "screen_parser.hpp"
#include "toml_string_positions.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <system_error>

namespace primer {
namespace {

namespace fs = std::filesystem;

// The blocks that may list allow_terms, as their dotted TOML names.
bool may_allow_terms(const std::string& path) { return path == "screen" || path == "screen.node" || path == "question"; }

struct Allowance {
    std::size_t term = 0;
    std::string written;
    SourceLoc where;
    bool used = false;
};

// The allow_terms in force: a block's own, then those of the blocks around it.
struct Scope {
    Scope* outer = nullptr;
    std::string block;  // how hints name the block that may list allow_terms: "[[screen]]"
    std::vector<Allowance> allowed;

    Allowance* find(std::size_t term) {
        for (Scope* scope = this; scope; scope = scope->outer)
            for (Allowance& allowance : scope->allowed)
                if (allowance.term == term) return &allowance;
        return nullptr;
    }
};

std::string one_line(std::string_view text) {
    std::string out;
    for (char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!space) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    return out;
}

class FileCheck {
public:
    FileCheck(std::string label, const std::vector<AvoidTerm>& terms, Diagnostics& diagnostics)
        : m_label(std::move(label)), m_terms(terms), m_diagnostics(diagnostics) {}

    // False when the file cannot be read or parsed; the parser has reported why.
    bool run(const fs::path& file) {
        std::ifstream in(file, std::ios::binary);
        if (!in) return false;
        m_text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        toml::table root;
        try {
            root = toml::parse(m_text, std::string_view(m_label));
        } catch (const toml::parse_error&) {
            return false;
        }
        table(root, "", nullptr);
        return true;
    }

    // Question files named by assessment screens, as written (module.toml only).
    const std::vector<std::string>& question_files() const { return m_question_files; }

private:
    void table(const toml::table& table, const std::string& path, Scope* outer) {
        Scope scope{outer, may_allow_terms(path) ? "[[" + path + "]]" : (outer ? outer->block : ""), {}};
        read_allowances(table, scope);
        note_question_files(table);
        for (const auto& [key, value] : table) {
            const std::string_view name = key.str();
            if (name == "allow_terms") continue;
            const std::string child = path.empty() ? std::string(name) : path + "." + std::string(name);
            const bool learner_text = std::find(learner_text_keys().begin(), learner_text_keys().end(), name) !=
                                      learner_text_keys().end();
            if (const auto* text = value.as_string()) {
                if (learner_text) check_text(*text, scope);
            } else if (const auto* list = value.as_array()) {
                for (const toml::node& item : *list) {
                    if (const auto* entry = item.as_string(); entry && learner_text) check_text(*entry, scope);
                    if (const auto* inner = item.as_table()) this->table(*inner, child, &scope);
                }
            } else if (const auto* inner = value.as_table()) {
                this->table(*inner, child, &scope);
            }
        }
        report_unused(scope);
    }

    void read_allowances(const toml::table& table, Scope& scope) {
        const auto* list = table.get_as<toml::array>("allow_terms");
        if (!list) return;
        for (const toml::node& item : *list) {
            const auto* text = item.as_string();
            if (!text) continue;  // the parser has reported it
            SourceLoc at = location(m_label, item.source());
            std::size_t term = find_term_named(text->get(), m_terms);
            if (term < m_terms.size()) {
                scope.allowed.push_back({term, text->get(), at, false});
                continue;
            }
            std::vector<std::string> names;
            for (const AvoidTerm& avoid : m_terms) names.push_back(avoid.term);
            std::string match = closest_match(text->get(), names);
            std::string hint = m_terms.empty() ? "this course lists no terms to avoid ([[avoid]] in course.toml); "
                                                 "remove allow_terms"
                               : match.empty() ? "the terms to avoid are " + join_names(names, "\"")
                                               : "did you mean \"" + match + "\"?";
            m_diagnostics.warning(at, "allow_terms lists \"" + text->get() + "\", which is not on the course's list of terms to avoid",
                                  std::move(hint));
        }
    }

    void note_question_files(const toml::table& table) {
        const auto* kind = table.get_as<std::string>("kind");
        const auto* files = table.get_as<toml::array>("questions");
        if (!kind || kind->get() != "assessment" || !files) return;
        for (const toml::node& item : *files)
            if (const auto* text = item.as_string()) m_question_files.push_back(text->get());
    }

    void check_text(const toml::value<std::string>& value, Scope& scope) {
        const std::string& text = value.get();
        std::optional<std::vector<TextPosition>> positions;
        bool positions_read = false;
        for (const TermHit& hit : find_terms(text, m_terms)) {
            if (Allowance* allowance = scope.find(hit.term)) {
                allowance->used = true;
                continue;
            }
            if (!positions_read) {
                const auto& begin = value.source().begin;
                positions = string_positions(m_text, static_cast<int>(begin.line), static_cast<int>(begin.column), text);
                positions_read = true;
            }
            SourceLoc at = location(m_label, value.source());
            if (positions) {
                at.line = (*positions)[hit.offset].line;
                at.column = (*positions)[hit.offset].column;
            }
            warn(at, one_line(std::string_view(text).substr(hit.offset, hit.length)), m_terms[hit.term], scope.block);
        }
    }

    void warn(const SourceLoc& at, const std::string& written, const AvoidTerm& term, const std::string& block) {
        std::string hint = term.why;
        if (!block.empty()) {
            if (!hint.empty()) hint += "; ";
            hint += "if the text quotes it on purpose, add allow_terms = [\"" + term.term + "\"] to this " + block;
        } else if (hint.empty()) {
            hint = "the terms to avoid, and what to say instead, are the [[avoid]] blocks of course.toml";
        }
        m_diagnostics.warning(at, "\"" + written + "\": prefer \"" + term.prefer + "\"", std::move(hint));
    }

    void report_unused(const Scope& scope) {
        for (const Allowance& allowance : scope.allowed)
            if (!allowance.used)
                m_diagnostics.warning(allowance.where,
                                      "allow_terms lists \"" + allowance.written + "\", but this " + scope.block +
                                          " does not use it",
                                      "remove it, so that a use written later is reported");
    }

    std::string m_label;
    const std::vector<AvoidTerm>& m_terms;
    Diagnostics& m_diagnostics;
    std::string m_text;
    std::vector<std::string> m_question_files;
};

bool is_file(const fs::path& path) {
    std::error_code error;
    return fs::is_regular_file(path, error);
}

// Captions are learner text too, read from their WebVTT files. A hit names the line its
// word is on (a cue's text starts on the line after its times) but no column: the cue's
// text has had its tags and character references taken out, so columns would not match.
void check_captions(const Course& course, Diagnostics& diagnostics) {
    for (const Module& module : course.modules)
        for (const Screen& screen : module.screens) {
            if (!screen.explainer) continue;
            for (const Cue& cue : screen.explainer->captions.cues)
                for (const TermHit& hit : find_terms(cue.text, course.avoid)) {
                    const std::string_view before = std::string_view(cue.text).substr(0, hit.offset);
                    const int text_line = cue.line + (cue.id.empty() ? 1 : 2) +
                                          static_cast<int>(std::count(before.begin(), before.end(), '\n'));
                    const AvoidTerm& term = course.avoid[hit.term];
                    std::string hint = term.why.empty() ? "" : term.why + "; ";
                    hint += "change the narration script (or the recording) and its captions together";
                    diagnostics.warning({screen.explainer->captions_file.string(), text_line, 0},
                                        "\"" + cue.text.substr(hit.offset, hit.length) + "\": prefer \"" + term.prefer + "\"",
                                        std::move(hint));
                }
        }
}

}  // namespace

const std::vector<std::string_view>& learner_text_keys() {
    static const std::vector<std::string_view> keys{
        "title",    "body",   "caption", "alt",    "prompt",  "explanation", "intro",       "text",
        "feedback", "correct", "partly", "incorrect", "true", "false",       "label",       "labels",
        "left",     "right",  "debrief", "placeholder", "outcomes", "for", "speaker",      "accepted",
    };
    return keys;
}

void check_language(const Course& course, const fs::path& course_file, Diagnostics& diagnostics) {
    if (!course_file.empty()) FileCheck(course_file.string(), course.avoid, diagnostics).run(course_file);
    for (const Module& module : course.modules) {
        const fs::path module_file = module.folder / "module.toml";
        FileCheck check(module_file.string(), course.avoid, diagnostics);
        if (!check.run(module_file)) continue;
        std::vector<fs::path> files;
        for (const std::string& written : check.question_files()) {
            if (written.empty() || leaves_folder(written)) continue;  // the parser has said why
            const fs::path file = (module.folder / written).lexically_normal();
            if (is_file(file) && std::find(files.begin(), files.end(), file) == files.end()) files.push_back(file);
        }
        for (const fs::path& file : files) FileCheck(file.string(), course.avoid, diagnostics).run(file);
    }
    check_captions(course, diagnostics);
}

}  // namespace primer
