// "Valid" must mean "the player can draw it": the checker decodes with the same library.
#include "image_file.hpp"
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

// Found by fuzz_image_checker: a JPEG whose Huffman table declares more than 256 codes
// made stb_image write past its tables. It must be refused before stb_image decodes it.
TEST_CASE("a JPEG with an overlong Huffman table is refused, not decoded", "[platform]") {
    primer::StbImageChecker checker;
    std::string problem = checker.check(primer::test::fixture_path("images/jpeg-overlong-huffman-table.jpg"));
    CHECK_THAT(problem, Catch::Contains("Huffman table in the JPEG is damaged"));
    // Its second find: the table's counts run past the end of the file, where stb_image
    // reads zeros, and the counts still inside the file already add up to 485.
    CHECK_THAT(checker.check(primer::test::fixture_path("images/jpeg-huffman-table-past-the-end.jpg")),
               Catch::Contains("Huffman table in the JPEG is damaged"));
    CHECK(checker.check(primer::test::fixture_path("images/chart-progressive.jpg")).empty());
}

// Found by fuzz_image_checker: a small PNG whose chunk declares a length far past the end
// of the file, for which stb_image would ask for 721 MB before reading it.
TEST_CASE("a PNG chunk longer than the file is refused before any memory is asked for", "[platform]") {
    primer::StbImageChecker checker;
    CHECK_THAT(checker.check(primer::test::fixture_path("images/png-chunk-past-the-end.png")),
               Catch::Contains("a chunk in the PNG is longer than the file"));
}

TEST_CASE("only PNG and JPEG are read, at most 4096 pixels a side", "[platform]") {
    primer::StbImageChecker checker;
    CHECK_THAT(checker.check(primer::test::fixture_path("images/chart.gif")), Catch::Contains("not a PNG or JPEG"));

    // A PNG header asking for a 20000-pixel-wide image: refused before any memory is asked for.
    const unsigned char header[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                                    0, 0, 0x4e, 0x20, 0, 0, 0, 10, 8, 6, 0, 0, 0, 0, 0, 0, 0};
    CHECK_THAT(primer::screen_image_bytes(header, sizeof header), Catch::Contains("20000 x 10 pixels"));
}
