// Comfort settings: the defaults, the one place values are clamped, and their row in the
// store (saved, read back, replaced, added to a schema 5 file without touching the rest, and
// given the narration speed in schema 7 and the language in schema 8: older rows read as English).
#include "comfort_settings.hpp"
#include "store.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace primer;

TEST_CASE("Comfort settings start at normal text, normal spacing, usual font and colours, and motion on",
          "[comfort]") {
    const ComfortSettings defaults;
    CHECK(defaults.text_size == 100);
    CHECK(defaults.line_spacing == 100);
    CHECK_FALSE(defaults.dyslexia_font);
    CHECK_FALSE(defaults.high_contrast);
    CHECK_FALSE(defaults.reduced_motion);
    CHECK(defaults.caption_size == 100);
    CHECK(defaults.narration_volume == 80);
    CHECK(defaults.reading_speed == 100);
    CHECK(defaults.narration_speed == 100);
    CHECK(clamped(defaults) == defaults);
}

TEST_CASE("Comfort settings are moved to the nearest step the layout was made for", "[comfort]") {
    struct Row {
        int asked;
        int text_size;
        int line_spacing;
        int volume;
    };
    // asked -> text size (100..200 by 25), line spacing (100, 150, 200), volume (0..100 by 10)
    const Row rows[] = {
        {-50, 100, 100, 0},  {0, 100, 100, 0},    {4, 100, 100, 0},     {5, 100, 100, 10},
        {100, 100, 100, 100}, {112, 100, 100, 100}, {113, 125, 100, 100}, {124, 125, 100, 100},
        {125, 125, 100, 100}, {126, 125, 150, 100}, {160, 150, 150, 100}, {175, 175, 150, 100},
        {176, 175, 200, 100}, {200, 200, 200, 100}, {400, 200, 200, 100}, {55, 100, 100, 60},
    };
    for (const Row& row : rows) {
        ComfortSettings asked;
        asked.text_size = row.asked;
        asked.line_spacing = row.asked;
        asked.caption_size = row.asked;
        asked.narration_volume = row.asked;
        const ComfortSettings got = clamped(asked);
        INFO("asked " << row.asked);
        CHECK(got.text_size == row.text_size);
        CHECK(got.caption_size == row.text_size);
        CHECK(got.line_spacing == row.line_spacing);
        CHECK(got.narration_volume == row.volume);
    }
    // Reading aloud goes at 75, 100, 125 or 150% of espeak-ng's usual pace.
    const std::pair<int, int> speeds[] = {{-10, 75}, {0, 75}, {87, 75}, {88, 100}, {112, 100}, {113, 125},
                                          {140, 150}, {150, 150}, {900, 150}};
    for (const auto& [asked, expected] : speeds) {
        ComfortSettings settings;
        settings.reading_speed = asked;
        INFO("reading speed asked " << asked);
        CHECK(clamped(settings).reading_speed == expected);
    }
    // Explainers play at 75, 90, 100, 125 or 150% of the recording's pace.
    const std::pair<int, int> narration_speeds[] = {{-10, 75}, {82, 75}, {83, 90}, {95, 90}, {96, 100},
                                                    {112, 100}, {113, 125}, {138, 150}, {900, 150}};
    for (const auto& [asked, expected] : narration_speeds) {
        ComfortSettings settings;
        settings.narration_speed = asked;
        INFO("narration speed asked " << asked);
        CHECK(clamped(settings).narration_speed == expected);
    }
}

TEST_CASE("A learner's comfort settings are saved, read back and replaced whole", "[comfort]") {
    test::TempDir dir;
    std::string error;
    auto store = Store::open(database_path(dir.path()), error);
    REQUIRE(store);
    REQUIRE(store->save_learner(Learner{"ann", "Ann", "", 1}));
    REQUIRE(store->save_learner(Learner{"bob", "Bob", "", 1}));
    CHECK_FALSE(store->comfort_settings("ann"));
    CHECK(store->last_error().empty());

    ComfortSettings chosen;
    chosen.text_size = 200;
    chosen.line_spacing = 150;
    chosen.dyslexia_font = true;
    chosen.high_contrast = true;
    chosen.reduced_motion = true;
    chosen.caption_size = 175;
    chosen.narration_volume = 30;
    chosen.reading_speed = 125;
    chosen.narration_speed = 150;
    chosen.language = "cy";
    REQUIRE(store->save_comfort_settings("ann", chosen, 10));
    CHECK(store->comfort_settings("ann") == chosen);
    CHECK_FALSE(store->comfort_settings("bob"));

    ComfortSettings changed = chosen;
    changed.high_contrast = false;
    changed.text_size = 333;  // saved clamped, never as asked
    REQUIRE(store->save_comfort_settings("ann", changed, 20));
    changed.text_size = 200;
    CHECK(store->comfort_settings("ann") == changed);

    // A learner unknown to the store has nowhere to keep settings.
    CHECK_FALSE(store->save_comfort_settings("nobody", chosen, 30));
    CHECK_FALSE(store->last_error().empty());
}

TEST_CASE("A schema 5 file gains comfort settings and keeps its learners", "[comfort]") {
    test::TempDir dir;
    const auto file = database_path(dir.path());
    CHECK_THROWS_WITH(test::store_at_schema(dir / "probe.db", 5, "SELECT 1 FROM comfort_settings"),
                      Catch::Contains("no such table"));
    test::store_at_schema(file, 5, "INSERT INTO learners VALUES ('ann', 'Ann', 'Org', 1, 2);");
    std::string error;
    auto store = Store::open(file, error);
    REQUIRE(store);
    CHECK(store->schema_version() == Store::kSchemaVersion);
    REQUIRE(store->find_learner("ann"));
    CHECK(store->find_learner("ann")->organisation == "Org");
    CHECK_FALSE(store->comfort_settings("ann"));
    ComfortSettings bigger;
    bigger.text_size = 150;
    REQUIRE(store->save_comfort_settings("ann", bigger, 5));
    CHECK(store->comfort_settings("ann")->text_size == 150);
}

TEST_CASE("Comfort settings without a language are English", "[comfort]") {
    ComfortSettings blank;
    blank.language.clear();
    CHECK(clamped(blank).language == "en");
    CHECK(ComfortSettings{}.language == "en");
}

TEST_CASE("A schema 6 file gains the narration speed at the usual pace and English, and keeps the other settings", "[comfort]") {
    test::TempDir dir;
    const auto file = database_path(dir.path());
    test::store_at_schema(file, 6,
                          "INSERT INTO learners VALUES ('ann', 'Ann', 'Org', 1, 2);"
                          "INSERT INTO comfort_settings VALUES ('ann', 150, 200, 1, 0, 1, 175, 40, 125, 3);");
    std::string error;
    auto store = Store::open(file, error);
    REQUIRE(store);
    CHECK(store->schema_version() == Store::kSchemaVersion);
    const auto kept = store->comfort_settings("ann");
    REQUIRE(kept);
    CHECK(kept->text_size == 150);
    CHECK(kept->line_spacing == 200);
    CHECK(kept->dyslexia_font);
    CHECK(kept->reduced_motion);
    CHECK(kept->caption_size == 175);
    CHECK(kept->narration_volume == 40);
    CHECK(kept->reading_speed == 125);
    CHECK(kept->narration_speed == 100);
    CHECK(kept->language == "en");
    ComfortSettings faster = *kept;
    faster.narration_speed = 125;
    faster.language = "cy";
    REQUIRE(store->save_comfort_settings("ann", faster, 4));
    CHECK(store->comfort_settings("ann") == faster);
}
