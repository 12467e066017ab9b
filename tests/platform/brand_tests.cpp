// Brand packs through the real checkers, as `primer validate` and the player load them.
#include "brand.hpp"
#include "brand_palette.hpp"
#include "stb_font_checker.hpp"
#include "stb_image_checker.hpp"
#include "../engine/test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace primer;
namespace fs = std::filesystem;

namespace {

BrandLoadResult load_checked(const fs::path& folder) {
    StbImageChecker images;
    StbFontChecker fonts;
    return load_brand(folder, &images, &fonts);
}

// As `primer validate` prints them, with `folder/` removed so the text does not depend on
// where the source tree is.
std::string formatted(const Diagnostics& diagnostics, const fs::path& folder) {
    std::string out;
    for (const Diagnostic& d : diagnostics.all()) out += format_diagnostic(d) + "\n";
    const std::string prefix = folder.string() + "/";
    for (size_t at = out.find(prefix); at != std::string::npos; at = out.find(prefix, at)) out.erase(at, prefix.size());
    return out;
}

}  // namespace

TEST_CASE("the default and the example brands load without a diagnostic", "[brand]") {
    for (const fs::path& folder : {fs::path(PRIMER_SOURCE_DIR) / "assets/brand", fs::path(test::fixture_path("brands/northfield")),
                                   fs::path(test::fixture_path("brands/nightshift"))}) {
        BrandLoadResult result = load_checked(folder);
        INFO(formatted(result.diagnostics, folder));
        REQUIRE(result.brand);
        CHECK(result.diagnostics.all().empty());
        for (const TextPair& pair : text_pairs(derive_palette(result.brand->colours))) {
            INFO(pair.description);
            CHECK(contrast_ratio(pair.foreground, pair.background) >= kTextContrast);
        }
    }
}

TEST_CASE("the example brand's keys are all read", "[brand]") {
    BrandLoadResult result = load_checked(test::fixture_path("brands/northfield"));
    REQUIRE(result.brand);
    const Brand& brand = *result.brand;
    CHECK(brand.name == "Northfield Safeguarding Partnership");
    CHECK(brand.logo.filename() == "logo.png");
    CHECK(to_hex(brand.colours.primary) == "#1B5E3B");
    CHECK(to_hex(brand.colours.accent) == "#A34400");
    CHECK(brand.support_mode == SupportMode::Add);
    REQUIRE(brand.support.size() == 1);
    CHECK(brand.support[0].phone == "01632 960 555");
    CHECK(brand.certificate.signatory == "Dr Amara Okafor");
    CHECK(brand.xapi_activity_base == "https://learning.northfield.example.org/activities/");
    CHECK(brand.lrs.batch_size == 25);
    CHECK(brand.lrs.auto_sync == true);

    Course course;
    course.support = {SupportContact{"NAPAC", "", "0808 801 0331", "", ""}};
    apply_brand_support(course, brand);
    REQUIRE(course.support.size() == 2);
    CHECK(course.support[1].name == "Northfield Children's Advice Line");
    Brand replacing = brand;
    replacing.support_mode = SupportMode::Replace;
    apply_brand_support(course, replacing);
    REQUIRE(course.support.size() == 1);
    CHECK(course.support[0].name == "Northfield Children's Advice Line");
}

TEST_CASE("fonts are checked by loading them", "[brand]") {
    StbFontChecker fonts;
    const fs::path lato = "/usr/share/fonts/truetype/lato/Lato-Regular.ttf";
    if (fs::exists(lato)) CHECK(fonts.check(lato).empty());
    CHECK(fonts.check(test::fixture_path("brands/invalid/font-does-not-load/fonts/Broken-Regular.ttf")) ==
          "it is not a TrueType font");
    CHECK(fonts.check(test::fixture_path("brands/northfield/logo.png")) == "it is not a TrueType font");
    CHECK(fonts.check("/nonexistent/font.ttf") == "it cannot be read");
}

// Each folder under fixtures/brands/invalid holds a brand and, in expected.txt, exactly
// what `primer validate` prints for it. To add a case, make the folder, run this test,
// review the printed output and paste it into expected.txt.
TEST_CASE("each invalid brand fixture reports exactly its expected diagnostics", "[brand]") {
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(test::fixture_path("brands/invalid")))
        if (entry.is_directory()) cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 10);
    for (const fs::path& folder : cases) {
        BrandLoadResult result = load_checked(folder);
        std::string actual = formatted(result.diagnostics, folder);
        INFO("case: " << folder.filename().string() << "\n--- actual ---\n" << actual << "--- end ---");
        CHECK(actual == test::read_file(folder / "expected.txt"));
        CHECK(result.diagnostics.has_errors());
        CHECK_FALSE(result.brand);
    }
}
