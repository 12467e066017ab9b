#include "brand_choice.hpp"

#include "data_paths.hpp"
#include "stb_font_checker.hpp"
#include "stb_image_checker.hpp"

namespace primer {

Brand choose_brand(const std::string& from_command_line, const Course* course,
                   const std::function<void(const std::string&)>& say) {
    const std::filesystem::path fallback = default_brand_dir();
    std::filesystem::path chosen = fallback;
    if (!from_command_line.empty()) chosen = from_command_line;
    else if (course && !course->brand.empty()) chosen = course->brand;
    StbImageChecker images;
    StbFontChecker fonts;
    BrandLoadResult loaded = load_brand(chosen, &images, &fonts);
    if (loaded.brand) return *loaded.brand;
    for (const Diagnostic& d : loaded.diagnostics.all()) say(format_diagnostic(d));
    if (chosen != fallback) {
        say("the brand in " + chosen.string() + " has errors, so the player uses the default brand; "
            "run 'primer validate " + chosen.string() + "' after fixing them");
        BrandLoadResult default_brand = load_brand(fallback, &images, &fonts);
        if (default_brand.brand) return *default_brand.brand;
    }
    return Brand{};
}

}  // namespace primer
