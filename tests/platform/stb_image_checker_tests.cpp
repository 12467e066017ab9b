// "Valid" must mean "the player can draw it": the checker decodes with the same library.
#include "stb_image_checker.hpp"
#include "../engine/test_support.hpp"

#include <catch2/catch.hpp>

TEST_CASE("images that decode pass; others say why", "[platform]") {
    primer::StbImageChecker checker;
    CHECK(checker.check(primer::test::fixture_path("courses/valid/01-basics/media/chart.png")).empty());

    primer::test::TempDir dir;
    primer::test::write_file(dir / "fake.png", "this is text, not a PNG");
    std::string problem = checker.check(dir / "fake.png");
    CHECK_THAT(problem, Catch::Contains("cannot be decoded"));
    CHECK_THAT(problem, Catch::Contains("PNG or JPEG"));
    CHECK_FALSE(checker.check(dir / "missing.png").empty());
}

TEST_CASE("the checker reads an image's size in pixels", "[platform]") {
    primer::StbImageChecker checker;
    auto size = checker.pixel_size(primer::test::fixture_path("courses/choice-kinds/02-practice/media/record-form.png"));
    REQUIRE(size);
    CHECK(size->width == 480);
    CHECK(size->height == 320);

    primer::test::TempDir dir;
    primer::test::write_file(dir / "fake.png", "this is text, not a PNG");
    CHECK_FALSE(checker.pixel_size(dir / "fake.png"));
    CHECK_FALSE(checker.pixel_size(dir / "missing.png"));
}
