// XLIFF 2.0 out and back: texts survive escaping, foreign or broken files are refused with
// a line and column, imports merge without losing translations, and an imported
// translation is what the learner then reads.
#include "test_support.hpp"
#include "translation_apply.hpp"
#include "translation_import.hpp"
#include "xliff.hpp"

#include <catch2/catch.hpp>

using namespace primer;

namespace {

Module fire_safety() {
    LoadResult loaded = load_module(test::fixture_path("modules/fire-safety"));
    REQUIRE(loaded.course);
    return loaded.course->modules.front();
}

std::string xliff(const std::string& attributes, const std::string& units) {
    return "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" " + attributes +
           ">\n<file id=\"f\">\n" + units + "</file>\n</xliff>\n";
}

}  // namespace

TEST_CASE("texts survive XLIFF escaping", "[xliff]") {
    const std::vector<TranslationUnit> units{
        {"a.title", "Fish & chips <b> \"quoted\" 'single'", false},
        {"a.body", "Line one\n\n- **bold** [link](https://x.org/?a=1&b=2)\tend", true},
        {"a.bell", std::string("bell\x07") + "here", false}};
    TranslationFile existing{"cy", "cy.toml", {{"a.title", source_fingerprint(units[0].source), "Pysgod & sglodion <i>", {}, {}, {}}}};
    const std::string written = write_xliff("m", "en-GB", "cy", units, &existing);
    CHECK(written.find("<cp hex=\"0007\"/>") != std::string::npos);
    XliffRead read = read_xliff(written);
    INFO(read.error);
    REQUIRE(read.document);
    CHECK(read.document->source_language == "en-GB");
    CHECK(read.document->target_language == "cy");
    REQUIRE(read.document->units.size() == 3);
    for (std::size_t i = 0; i < units.size(); ++i) {
        CHECK(read.document->units[i].id == units[i].id);
        CHECK(read.document->units[i].source == units[i].source);
    }
    CHECK(read.document->units[0].target == "Pysgod & sglodion <i>");
    CHECK(read.document->units[1].target.empty());
}

TEST_CASE("XLIFF that is broken or not 2.0 is refused with where and why", "[xliff]") {
    CHECK(read_xliff("<xliff").error == "1:1: this is not well-formed XML (unclosed token)");
    CHECK(read_xliff("<xliff version=\"2.0\"/>").error.find("1:1: this is not an XLIFF 2.0 file") == 0);
    CHECK(read_xliff(xliff("version=\"1.2\" srcLang=\"en\" trgLang=\"cy\"", "")).error ==
          "2:1: this is XLIFF version 1.2; Primer reads XLIFF 2.0: export the translation as XLIFF 2.0 from the "
          "translation tool");
    CHECK(read_xliff(xliff("version=\"2.0\" srcLang=\"en\"", "")).error.find("must say both srcLang and trgLang") !=
          std::string::npos);
    const std::string twice = "<unit id=\"u\"><segment><source>a</source></segment></unit>\n";
    CHECK(read_xliff(xliff("version=\"2.0\" srcLang=\"en\" trgLang=\"cy\"", twice + twice)).error ==
          "5:1: unit 'u' appears twice");
}

TEST_CASE("a unit's segments and ignorables join into one text", "[xliff]") {
    XliffRead read = read_xliff(xliff("version=\"2.0\" srcLang=\"en-GB\" trgLang=\"cy\"",
                                      "<unit id=\"u\"><segment><source>One.</source><target>Un.</target></segment>"
                                      "<ignorable><source> </source><target> </target></ignorable>"
                                      "<segment><source>Two.</source><target><mrk id=\"m\">Dau.</mrk></target></segment>"
                                      "</unit>\n"));
    REQUIRE(read.document);
    CHECK(read.document->units[0].source == "One. Two.");
    CHECK(read.document->units[0].target == "Un. Dau.");
}

TEST_CASE("an import merges targets and keeps every other translation", "[xliff]") {
    const Module module = fire_safety();
    XliffDocument document{"en-GB", "cy",
                           {{"welcome.title", "What this module covers", "Cynnwys y modiwl", 3},
                            {"lifts.title", "True or false? (older)", "Gwir neu gau?", 4},
                            {"summary.title", "Key points", "", 5}}};
    TranslationFile existing{"cy", "cy.toml",
                             {{"summary.title", source_fingerprint("Key points"), "Pwyntiau allweddol", {}, {}, {}},
                              {"welcome.title", "00000000", "Hen gyfieithiad", {}, {}, {}},
                              {"gone.title", "11111111", "Wedi mynd", {}, {}, {}}}};
    TranslationImport merged = merge_xliff(module, "en-gb", document, &existing);
    REQUIRE(merged.error.empty());
    CHECK(merged.imported == 2);
    CHECK(merged.from_older == 1);
    CHECK(merged.untranslated == 33 - 3);
    REQUIRE(merged.entries.size() == 4);
    CHECK(merged.entries[0].id == "welcome.title");
    CHECK(merged.entries[0].text == "Cynnwys y modiwl");
    CHECK(merged.entries[0].source_hash == source_fingerprint("What this module covers"));
    CHECK(merged.entries[1].id == "lifts.title");
    CHECK(merged.entries[1].source_hash == source_fingerprint("True or false? (older)"));  // so validate calls it stale
    CHECK(merged.entries[2].text == "Pwyntiau allweddol");  // no target: the existing entry stays
    CHECK(merged.entries[3].id == "gone.title");             // kept for the author to resolve

    document.units.push_back({"stairs.title", "Stairs", "Grisiau", 9});
    CHECK(merge_xliff(module, "en-GB", document, &existing).error.find("has no text stairs.title (line 9)") !=
          std::string::npos);
    document.units.pop_back();
    CHECK(merge_xliff(module, "fr", document, &existing).error.find("translates from 'en-GB', but module "
                                                                    "'fire-safety' is written in 'fr'") !=
          std::string::npos);
}

TEST_CASE("an imported translation is what the learner reads", "[xliff]") {
    test::TempDir dir;
    std::filesystem::copy_file(test::fixture_path("modules/fire-safety/module.toml"), dir / "module.toml");
    Module module = fire_safety();
    module.folder = dir.path();
    const std::vector<TranslationUnit> units = translation_units(module);
    XliffRead read = read_xliff(write_xliff(module.id, "en-GB", "ga", units, nullptr));
    REQUIRE(read.document);
    for (XliffUnit& unit : read.document->units) unit.target = unit.source + " [ga]";
    TranslationImport merged = merge_xliff(module, "en-GB", *read.document, nullptr);
    REQUIRE(merged.error.empty());
    test::write_file(dir / "translations" / "ga.toml", write_translation_file(module.id, "ga", merged.entries));

    LoadResult loaded = load_course_in_language(dir.path(), "ga");
    REQUIRE(loaded.course);
    CHECK(loaded.diagnostics.all().empty());
    const Module& shown = loaded.course->modules.front();
    CHECK(shown.title == "Fire safety at work [ga]");
    CHECK(plain_text(shown.screens[5].body).find("there. [ga]") != std::string::npos);
    CHECK(plain_text(std::get<ChoiceTask>(shown.screens[2].question->body).options[0].text) == "Raise the alarm [ga]");
}

TEST_CASE("the fixture module reads in Welsh", "[xliff]") {
    LoadResult loaded = load_course_in_language(test::fixture_path("modules/fire-safety"), "cy");
    REQUIRE(loaded.course);
    CHECK(loaded.diagnostics.all().empty());
    const Module& module = loaded.course->modules.front();
    CHECK(module.title == "Diogelwch tân yn y gwaith");
    CHECK(module.screens[1].body.blocks[0].spans[1].text == "gwres");
    CHECK(module.screens[1].body.blocks[0].spans[1].bold);
    CHECK(module.screens[5].body.blocks.size() == 4);
    for (const Screen& screen : module.screens) CHECK(screen.id == fire_safety().find_screen(screen.id)->id);
}
