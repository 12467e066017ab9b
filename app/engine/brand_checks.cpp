#include "brand_checks.hpp"

#include "brand_palette.hpp"
#include "course_checks.hpp"
#include "names.hpp"

#include <system_error>

namespace primer {

namespace {

namespace fs = std::filesystem;

// Whether the file named at `where` exists; says so, with a likely intended name, when not.
bool check_exists(const fs::path& file, const fs::path& folder, const SourceLoc& where, const std::string& what,
                  Diagnostics& diagnostics) {
    std::error_code error;
    if (fs::is_regular_file(file, error)) return true;
    auto as_written = [&](const fs::path& path) { return path.lexically_relative(folder.lexically_normal()).generic_string(); };
    std::string hint = "paths start from the brand folder, where brand.toml is";
    std::string match = closest_match(file.filename().string(), entry_names(file.parent_path()));
    if (!match.empty()) hint = "did you mean '" + as_written(file.parent_path() / match) + "'? " + hint;
    diagnostics.error(where, what + " '" + as_written(file) + "' was not found", std::move(hint));
    return false;
}

void check_files(const Brand& brand, const ImageChecker* images, const FontChecker* fonts, Diagnostics& diagnostics) {
    auto as_written = [&](const fs::path& path) {
        return path.lexically_relative(brand.folder.lexically_normal()).generic_string();
    };
    if (!brand.logo.empty() && check_exists(brand.logo, brand.folder, brand.logo_where, "logo", diagnostics) && images) {
        std::string problem = images->check(brand.logo);
        if (!problem.empty())
            diagnostics.error(brand.logo_where, "logo '" + as_written(brand.logo) + "' cannot be shown: " + problem,
                              "open it in an image editor and save it again as PNG");
    }
    auto check_font = [&](const fs::path& file, const SourceLoc& where) {
        if (file.empty() || !check_exists(file, brand.folder, where, "font", diagnostics) || !fonts) return;
        std::string problem = fonts->check(file);
        if (!problem.empty())
            diagnostics.error(where, "font '" + as_written(file) + "' does not load: " + problem,
                              "use a TrueType (.ttf) file, or leave [font] out to keep Primer's own");
    };
    check_font(brand.font_regular, brand.font_regular_where);
    check_font(brand.font_bold, brand.font_bold_where);
}

// One of the brand's own colours against another it is drawn with; the error sits at
// the key of the colour to change and names the nearest one of its hue that passes.
void check_pair(const std::string& description, const Rgb& changing, const std::string& key, const SourceLoc& where,
                const Rgb& against, Diagnostics& diagnostics) {
    double ratio = contrast_ratio(changing, against);
    if (ratio >= kTextContrast) return;
    diagnostics.error(where,
                      description + ": contrast " + format_ratio(ratio) + " (" + to_hex(changing) + " on " +
                          to_hex(against) + ") is below the 4.5:1 text needs",
                      "the nearest " + key + " of the same hue that passes is " +
                          to_hex(nearest_passing(changing, against)) + ", e.g. " + key + " = \"" +
                          to_hex(nearest_passing(changing, against)) + "\"");
}

// The pairs made of the brand's own colours. The other colours the player draws are
// derived to pass whenever these do (brand_palette.cpp, and its tests).
void check_contrast(const Brand& brand, Diagnostics& diagnostics) {
    const BrandColours& c = brand.colours;
    BrandPalette palette = derive_palette(c);
    check_pair("text on the background", c.text, "text", c.text_where, palette.background, diagnostics);
    check_pair("text on cards", c.text, "text", c.text_where, palette.surface, diagnostics);
    if (c.on_primary) {
        // The brand's own label colour: it is the one to change. It also marks right and
        // wrong answers (ticks and crosses on the derived green and amber).
        check_pair("button labels (on_primary) on the primary colour", *c.on_primary, "on_primary",
                   c.on_primary_where, palette.primary, diagnostics);
        check_pair("ticks (on_primary) on the 'correct' green", *c.on_primary, "on_primary", c.on_primary_where,
                   palette.correct, diagnostics);
        check_pair("crosses (on_primary) on the 'incorrect' amber", *c.on_primary, "on_primary", c.on_primary_where,
                   palette.incorrect, diagnostics);
    } else {
        const bool white = relative_luminance(palette.on_primary) > 0.5;
        check_pair(std::string(white ? "white" : "near-black") + " button labels on the primary colour", c.primary,
                   "primary", c.primary_where, palette.on_primary, diagnostics);
    }
    check_pair("primary-coloured headings on the background", c.primary, "primary", c.primary_where,
               palette.background, diagnostics);
    check_pair("links (the accent colour) on the background", c.accent, "accent", c.accent_where, palette.background,
               diagnostics);
    check_pair("links (the accent colour) on cards", c.accent, "accent", c.accent_where, palette.surface, diagnostics);
}

}  // namespace

void check_brand(const Brand& brand, const ImageChecker* images, const FontChecker* fonts, Diagnostics& diagnostics) {
    check_files(brand, images, fonts, diagnostics);
    check_contrast(brand, diagnostics);
}

}  // namespace primer
