// The language lint's pure parts: the term matcher and the map from a TOML string's bytes
// back to where they were written. The file-walking part is covered by the invalid
// fixture "language-terms" (course_loader_tests.cpp).
#include "avoid_terms.hpp"
#include "course_loader.hpp"
#include "language_check.hpp"
#include "toml_string_positions.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>

using namespace primer;

namespace {

AvoidTerm term(std::string written, std::vector<std::string> forms = {}, bool case_sensitive = false,
               std::vector<std::string> except = {}) {
    AvoidTerm out;
    out.term = std::move(written);
    out.forms = std::move(forms);
    out.case_sensitive = case_sensitive;
    out.except = std::move(except);
    out.prefer = "something else";
    return out;
}

// Each hit as "text@offset", so a table row reads like what an author sees.
std::vector<std::string> hits(std::string_view text, const std::vector<AvoidTerm>& terms) {
    std::vector<std::string> out;
    for (const TermHit& hit : find_terms(text, terms))
        out.push_back(std::string(text.substr(hit.offset, hit.length)) + "@" + std::to_string(hit.offset));
    return out;
}

using Found = std::vector<std::string>;

// The text at a diagnostic's line and column (columns count characters, as toml++ does).
std::string text_at(const SourceLoc& at, std::size_t length) {
    std::ifstream in(at.file, std::ios::binary);
    std::string line;
    for (int i = 0; i < at.line && std::getline(in, line); ++i) {
    }
    std::size_t byte = 0;
    for (int column = 1; column < at.column && byte < line.size(); ++column) {
        ++byte;
        while (byte < line.size() && (static_cast<unsigned char>(line[byte]) & 0xC0) == 0x80) ++byte;
    }
    return line.substr(byte, length);
}

}  // namespace

TEST_CASE("a term matches whole words only, in any case unless it is case-sensitive", "[language]") {
    const std::vector<AvoidTerm> terms{term("perpetrator"), term("CSA", {}, true)};
    struct Row {
        std::string text;
        Found found;
    };
    const std::vector<Row> rows{
        {"The perpetrator left.", {"perpetrator@4"}},
        {"PERPETRATOR and Perpetrator", {"PERPETRATOR@0", "Perpetrator@16"}},
        {"perpetratorship and superperpetrator", {}},               // longer words never match
        {"the perpetrator's car", {"perpetrator@4"}},               // an apostrophe ends the word
        {"the perpetrator\xE2\x80\x99s car", {"perpetrator@4"}},    // so does a curly one
        {"a perpetrator\xE2\x80\x94then", {"perpetrator@2"}},       // and a dash
        {"caf\xC3\xA9perpetrator", {}},                              // an accented letter does not
        {"_perpetrator_ and **perpetrator**", {"perpetrator@1", "perpetrator@20"}},  // Markdown marks do
        {"CSA, csa and Csa", {"CSA@0"}},                            // case-sensitive as written
        {"CSAs", {"CSAs@0"}},
        {"", {}},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        CHECK(hits(row.text, terms) == row.found);
    }
}

TEST_CASE("a phrase matches across line breaks and runs of spaces", "[language]") {
    const std::vector<AvoidTerm> terms{term("no further action")};
    CHECK(hits("There was no further action.", terms) == Found{"no further action@10"});
    CHECK(hits("There was no  further\n   action.", terms) == Found{"no  further\n   action@10"});
    CHECK(hits("There was No Further\r\n\tAction.", terms) == Found{"No Further\r\n\tAction@10"});
    CHECK(hits("no furtheraction", terms).empty());
    CHECK(hits("no further actions", terms) == Found{"no further actions@0"});
    CHECK(hits("no further police action", terms).empty());
}

TEST_CASE("simple plurals and listed forms count as the term", "[language]") {
    const std::vector<AvoidTerm> terms{term("disclosure", {"disclose", "disclosed", "disclosing"}),
                                       term("witness")};
    CHECK(hits("Two disclosures; she disclosed it; disclosing; to disclose", terms) ==
          Found{"disclosures@4", "disclosed@21", "disclosing@35", "disclose@50"});
    CHECK(hits("witnesses and witness", terms) == Found{"witnesses@0", "witness@14"});
    CHECK(hits("discloser and disclosured", terms).empty());  // only "s" and "es" are added
}

TEST_CASE("except phrases and web or email addresses are not uses of the term", "[language]") {
    const std::vector<AvoidTerm> terms{term("CSA", {}, true, {"CSA Centre"})};
    CHECK(hits("The CSA Centre says CSA is a short form", terms) == Found{"CSA@20"});
    CHECK(hits("The CSA\nCentre", terms).empty());
    CHECK(hits("see https://example.org/CSA/page and www.CSA.org.uk", terms).empty());
    CHECK(hits("write to CSA@example.org or visit CSA.org.uk", terms).empty());
    CHECK(hits("[CSA](https://example.org) and (CSA)", terms) == Found{"CSA@1", "CSA@32"});
    CHECK(hits("CSA. Then", terms) == Found{"CSA@0"});
}

TEST_CASE("each term is reported at each use, in order, when terms overlap", "[language]") {
    const std::vector<AvoidTerm> terms{term("offender"), term("sex offender")};
    CHECK(hits("a sex offender and an offender", terms) ==
          Found{"sex offender@2", "offender@6", "offender@22"});
}

TEST_CASE("allow_terms entries name a term by the term or a form, in any case", "[language]") {
    const std::vector<AvoidTerm> terms{term("disclosure", {"disclosed"}), term("CSA", {}, true)};
    CHECK(find_term_named("disclosure", terms) == 0);
    CHECK(find_term_named("Disclosed", terms) == 0);
    CHECK(find_term_named("csa", terms) == 1);
    CHECK(find_term_named("disclose", terms) == terms.size());
}

TEST_CASE("string positions point each byte at where it was written", "[language]") {
    // Line 1: a basic string with escapes; lines 2-5: a multi-line string; line 6: a literal one.
    const std::string file = "a = \"x\\ty \\u00e9 z\"\n"
                             "b = \"\"\"\n"
                             "one \\\n"
                             "    two\r\n"
                             "\xC3\xA9 three\"\"\"\n"
                             "c = 'it''s'\n";
    auto a = string_positions(file, 1, 5, "x\ty \xC3\xA9 z");
    REQUIRE(a);
    CHECK(a->at(0).column == 6);  // x
    CHECK(a->at(1).column == 7);  // \t: at its backslash
    CHECK(a->at(2).column == 9);  // y
    CHECK(a->at(4).column == 11);  // both bytes of the é point at \u
    CHECK(a->at(5).column == 11);
    CHECK(a->at(7).column == 18);  // z

    auto b = string_positions(file, 2, 5, "one two\n\xC3\xA9 three");
    REQUIRE(b);
    CHECK((b->at(0).line == 3 && b->at(0).column == 1));  // the line break after """ is left out
    CHECK((b->at(4).line == 4 && b->at(4).column == 5));  // "two", after the line-ending backslash
    CHECK((b->at(7).line == 4 && b->at(7).column == 8));  // \r\n reads as one line break
    CHECK((b->at(11).line == 5 && b->at(11).column == 3));  // "three", after the two-byte é

    CHECK_FALSE(string_positions(file, 6, 5, "it's"));  // not what the file holds: no guess
    CHECK_FALSE(string_positions(file, 1, 5, "something else"));
    CHECK_FALSE(string_positions(file, 40, 1, "x"));
}

TEST_CASE("up to two quotes before the closing three belong to a multi-line string", "[language]") {
    const std::string file = "q = \"\"\"say \"yes\"\"\"\"\"\n";
    auto q = string_positions(file, 1, 5, "say \"yes\"\"");
    REQUIRE(q);
    CHECK(q->at(q->size() - 2).column == 16);
    CHECK(q->back().column == 17);
}

// Every use of a common word in the built-in course, wherever and however it is written
// (escapes, accented letters, long """ text, lists), is reported at the word itself.
TEST_CASE("warnings point at the word itself throughout the built-in course", "[language]") {
    LoadResult loaded = load_course(PRIMER_MODULES);
    REQUIRE(loaded.course);
    Course course = *loaded.course;
    course.avoid = {term("the"), term("child")};
    Diagnostics diagnostics;
    check_language(course, std::string(PRIMER_MODULES) + "/course.toml", diagnostics);
    std::map<std::string, int> checked;  // per word
    for (const Diagnostic& d : diagnostics.all()) {
        if (d.message.find("\": prefer") == std::string::npos) continue;  // allow_terms the course lists
        const std::string word = d.message.substr(1, d.message.find('"', 1) - 1);
        INFO(format_diagnostic(d));
        if (d.where.file.ends_with(".vtt")) {  // captions: the line only (tags are gone from the text)
            std::string line = text_at({d.where.file, d.where.line, 1}, std::string::npos);
            line = line.substr(0, line.find('\n'));
            for (char& c : line) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            std::string wanted = word;
            for (char& c : wanted) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            CHECK(line.find(wanted) != std::string::npos);
            ++checked["captions"];
            continue;
        }
        REQUIRE(d.where.column > 0);
        std::string written = text_at(d.where, word.size());
        for (char& c : written) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::string wanted = word;
        for (char& c : wanted) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        CHECK(written == wanted);
        ++checked[wanted.substr(0, 3)];
    }
    CHECK(checked["the"] > 400);
    CHECK(checked["chi"] > 100);
    CHECK(checked["captions"] > 50);  // the three explainers' captions are checked too
}
