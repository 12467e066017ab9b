// The player's own words: the {name} format, lookup with English under it, locale files read
// with file:line:col diagnostics, the check of a locale against English, and every shipped
// locale complete and every key the screens ask for present in English.
#include "csv_export.hpp"
#include "test_support.hpp"
#include "ui_strings.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>

using namespace primer;

namespace {

const std::filesystem::path kSourceDir = std::filesystem::path(PRIMER_MODULES).parent_path();

UiStrings strings_of(std::string tag, std::initializer_list<std::pair<std::string, std::string>> entries) {
    UiStrings strings{tag, tag, {}};
    for (const auto& [key, text] : entries) strings.entries[key] = LocaleEntry{text, {tag + ".toml", 1, 1}};
    return strings;
}

std::optional<UiStrings> read_text(const test::TempDir& dir, const std::string& name, const std::string& text,
                                   Diagnostics& diagnostics) {
    const std::filesystem::path file = dir.path() / name;
    test::write_file(file, text);
    return read_ui_strings(file, name, diagnostics);
}

}  // namespace

TEST_CASE("format_text fills each {name} and leaves what it cannot fill as written", "[ui_strings]") {
    struct Row {
        std::string pattern;
        std::string expected;
    };
    const std::vector<Row> rows{
        {"Screen {index} of {count}", "Screen 2 of 25"},
        {"{count}{count}", "2525"},                       // used twice
        {"Hello {name}", "Hello {name}"},                 // missing argument: stays visible
        {"{unknown} of {count}", "{unknown} of 25"},      // a placeholder no argument fills
        {"{{literal}} and {index}", "{literal} and 2"},   // doubled braces are braces
        {"a } alone and {{", "a } alone and {"},
        {"open {index", "open {index"},                   // never closed: literal
        {"", ""},
        {"no placeholders", "no placeholders"},
        {"Sgrin {index} o {count}", "Sgrin 2 o 25"},
    };
    for (const Row& row : rows) {
        INFO(row.pattern);
        CHECK(format_text(row.pattern, {{"index", "2"}, {"count", "25"}}) == row.expected);
    }
    CHECK(format_text("{a}{b}", {}) == "{a}{b}");
}

TEST_CASE("placeholders lists a string's names once each, not its literal braces", "[ui_strings]") {
    CHECK(placeholders("{b} {a} {b}") == std::vector<std::string>{"a", "b"});
    CHECK(placeholders("{{not}} {yes}") == std::vector<std::string>{"yes"});
    CHECK(placeholders("none").empty());
}

TEST_CASE("A key the chosen language lacks is shown in English, and one neither has as itself", "[ui_strings]") {
    const UiStrings english = strings_of("en", {{"top_bar.support", "Support"}, {"top_bar.help", "Help"}});
    const UiStrings welsh = strings_of("cy", {{"top_bar.support", "Cymorth"}});
    const UiText text(&welsh, &english);
    CHECK(std::string(text("top_bar.support")) == "Cymorth");
    CHECK(std::string(text("top_bar.help")) == "Help");
    CHECK(std::string(text("top_bar.nothing")) == "top_bar.nothing");
    CHECK(text.tag() == "cy");
    CHECK(std::string(UiText(nullptr, &english)("top_bar.support")) == "Support");
    CHECK(std::string(UiText()("top_bar.support")) == "top_bar.support");
    CHECK(UiText().tag() == "en");
}

TEST_CASE("A locale file is read into dotted keys, named by its file", "[ui_strings]") {
    test::TempDir dir;
    Diagnostics diagnostics;
    auto strings = read_text(dir, "cy.toml",
                             "[locale]\nname = \"Cymraeg\"\n\n[top_bar]\nsupport = \"Cymorth\"\n\n"
                             "[help.everywhere]\ntitle = \"Ym mhob rhan o'r cwrs\"\n",
                             diagnostics);
    REQUIRE(strings);
    CHECK(diagnostics.all().empty());
    CHECK(strings->tag == "cy");
    CHECK(strings->name == "Cymraeg");
    REQUIRE(strings->entries.count("help.everywhere.title"));
    CHECK(strings->entries.at("top_bar.support").text == "Cymorth");
    CHECK(strings->entries.at("top_bar.support").where.line == 5);
    CHECK(strings->entries.at("top_bar.support").where.column == 11);
}

TEST_CASE("A bad locale file gives file:line:col diagnostics with a hint", "[ui_strings]") {
    test::TempDir dir;
    struct Row {
        std::string name, text, expected;
    };
    const std::vector<Row> rows{
        {"cy.toml", "[locale]\nname = \"Cymraeg\"\n[top_bar]\nsupport = Cymorth\n",
         "cy.toml:4:11: error: cannot read this value: could not determine value type\n"
         "    hint: put text in double quotes, e.g. title = \"My title\"; numbers and true/false take no quotes"},
        {"cy.toml", "[locale]\nname = \"Cymraeg\"\n[top_bar]\nsupport = 3\n",
         "cy.toml:4:11: error: \"top_bar.support\" is not text\n"
         "    hint: every string of the player's is in double quotes, e.g. support = \"Next\""},
        {"cy.toml", "[top_bar]\nsupport = \"Cymorth\"\n",
         "cy.toml:1:1: error: the language's own name is missing\n"
         "    hint: add [locale] with name = \"Cymraeg\" (the name as its speakers write it) at the top"},
        {"cy wales.toml", "[locale]\nname = \"Cymraeg\"\n",
         "cy wales.toml: error: \"cy wales\" is not a language tag\n"
         "    hint: name the file after its BCP 47 language tag, e.g. cy.toml for Welsh"},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        Diagnostics diagnostics;
        CHECK_FALSE(read_text(dir, row.name, row.text, diagnostics));
        REQUIRE(diagnostics.all().size() == 1);
        CHECK(format_diagnostic(diagnostics.all()[0]) == row.expected);
    }
}

TEST_CASE("A locale is checked against English: missing, unknown and changed placeholders", "[ui_strings]") {
    const UiStrings english = strings_of("en", {{"locale.name", "English"},
                                                {"screen.position", "Screen {index} of {count}"},
                                                {"top_bar.support", "Support"},
                                                {"top_bar.help", "Help"}});
    UiStrings welsh = strings_of("cy", {{"locale.name", "Cymraeg"},
                                        {"screen.position", "Sgrin {index} o {cyfanswm}"},
                                        {"top_bar.suport", "Cymorth"}});
    welsh.entries["screen.position"].where = {"cy.toml", 12, 12};
    welsh.entries["top_bar.suport"].where = {"cy.toml", 20, 11};
    Diagnostics diagnostics;
    check_locale(english, welsh, diagnostics);
    diagnostics.sort();
    std::vector<std::string> said;
    for (const Diagnostic& d : diagnostics.all()) said.push_back(format_diagnostic(d));
    CHECK(said == std::vector<std::string>{
                      "cy.toml: warning: \"top_bar.help\" is missing, so it shows in English: \"Help\"\n"
                      "    hint: add help = \"...\" under [top_bar]",
                      "cy.toml: warning: \"top_bar.support\" is missing, so it shows in English: \"Support\"\n"
                      "    hint: add support = \"...\" under [top_bar]",
                      "cy.toml:12:12: error: \"screen.position\" has {cyfanswm}, {index} where English has "
                      "{count}, {index}\n"
                      "    hint: keep each {name} exactly as English writes it; only the words around it change",
                      "cy.toml:20:11: error: \"top_bar.suport\" is not a string the player shows\n"
                      "    hint: did you mean \"top_bar.support\"? en.toml lists every key",
                  });
}

TEST_CASE("Every shipped locale has every English string, with the same placeholders", "[ui_strings]") {
    Diagnostics diagnostics;
    const std::vector<UiStrings> locales = read_locale_folder(kSourceDir / "assets" / "locales", diagnostics);
    CHECK(diagnostics.all().empty());
    REQUIRE(locales.size() >= 2);
    REQUIRE(locales.front().tag == "en");  // English first: the selector's first choice and the fallback
    for (const UiStrings& locale : locales) {
        INFO(locale.tag);
        Diagnostics checked;
        check_locale(locales.front(), locale, checked);
        for (const Diagnostic& d : checked.all()) UNSCOPED_INFO(format_diagnostic(d));
        CHECK(checked.all().empty());
    }
}

TEST_CASE("Every key the player's screens ask for is in English", "[ui_strings]") {
    Diagnostics diagnostics;
    const std::optional<UiStrings> english =
        read_ui_strings(kSourceDir / "assets" / "locales" / "en.toml", "en.toml", diagnostics);
    REQUIRE(english);
    // Keys are string literals of dotted lower-case words ("top_bar.support"); the screens
    // pick them in ternaries and tables too (the manager's status choices in a header), so
    // every such literal in app/ui's sources and headers is checked.
    const std::regex key(R"re("([a-z_]+(\.[a-z0-9_]+)+)")re");
    int found = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kSourceDir / "app" / "ui")) {
        if (entry.path().extension() != ".cpp" && entry.path().extension() != ".hpp") continue;
        std::ifstream in(entry.path());
        const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        for (std::sregex_iterator it(text.begin(), text.end(), key), end; it != end; ++it) {
            const std::string name = (*it)[1];
            if (name.ends_with(".hpp") || name.ends_with(".toml")) continue;
            if (name.ends_with("_")) continue;  // a prefix a name is added to, checked by its own test
            INFO(entry.path().filename().string() << ": " << name);
            CHECK(english->entries.count(name) == 1);
            ++found;
        }
    }
    CHECK(found > 300);
}

TEST_CASE("Every export format the manager view offers is described in English", "[ui_strings]") {
    Diagnostics diagnostics;
    const std::optional<UiStrings> english =
        read_ui_strings(kSourceDir / "assets" / "locales" / "en.toml", "en.toml", diagnostics);
    REQUIRE(english);
    // The panel looks the description up by the format's name: a new CSV preset needs its words.
    std::vector<std::string> formats{"xapi"};
    for (const CsvPreset& preset : csv_presets()) formats.emplace_back(preset.name);
    REQUIRE(formats.size() >= 5);
    for (const std::string& format : formats) {
        INFO(format);
        CHECK(english->entries.count("manager_export.preset_" + format) == 1);
    }
}
