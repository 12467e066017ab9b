// WCAG 2.x colour contrast: relative luminance, contrast ratio, and the nearest colour of
// the same hue that reaches a ratio. Brand checks and the brand's derived palette use it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace primer {

// An sRGB colour, each channel 0..1.
struct Rgb {
    double r = 0;
    double g = 0;
    double b = 0;
    friend bool operator==(const Rgb&, const Rgb&) = default;
};

// The ratio body text needs (WCAG 2.x level AA, success criterion 1.4.3).
constexpr double kTextContrast = 4.5;

// "#RRGGBB" (either case); nullopt for anything else.
std::optional<Rgb> parse_hex_colour(std::string_view text);
// "#RRGGBB" in upper case, each channel rounded to 8 bits.
std::string to_hex(const Rgb& colour);
// Rounded to 8 bits a channel, as the colour is stored and drawn.
Rgb quantised(const Rgb& colour);

double relative_luminance(const Rgb& colour);
// 1 to 21, the same whichever colour is given first.
double contrast_ratio(const Rgb& a, const Rgb& b);
// "4.48:1", rounded down so a ratio shown as passing really passes.
std::string format_ratio(double ratio);

// `from` moved `amount` (0..1) of the way to `to`, channel by channel.
Rgb mix(const Rgb& from, const Rgb& to, double amount);

// The colour of `colour`'s hue and saturation whose lightness is closest to its own and
// that reaches `ratio` against `against` (8-bit channels, as drawn). `colour` itself when
// it already does; black or white when no lightness of that hue does.
Rgb nearest_passing(const Rgb& colour, const Rgb& against, double ratio = kTextContrast);
// The same, against two colours at once (text drawn on the background and on cards).
Rgb nearest_passing(const Rgb& colour, const Rgb& against, const Rgb& also_against, double ratio = kTextContrast);

}  // namespace primer
