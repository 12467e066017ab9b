#include "contrast.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace primer {

namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

int channel_byte(double value) { return static_cast<int>(std::lround(std::clamp(value, 0.0, 1.0) * 255.0)); }

double linear(double channel) {
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

struct Hsl {
    double h = 0;  // 0..6, in sextants of the colour wheel
    double s = 0;
    double l = 0;
};

Hsl to_hsl(const Rgb& c) {
    double high = std::max({c.r, c.g, c.b});
    double low = std::min({c.r, c.g, c.b});
    Hsl out;
    out.l = (high + low) / 2;
    double chroma = high - low;
    if (chroma <= 0) return out;
    out.s = chroma / (1 - std::abs(2 * out.l - 1));
    if (high == c.r) out.h = std::fmod((c.g - c.b) / chroma + 6, 6);
    else if (high == c.g) out.h = (c.b - c.r) / chroma + 2;
    else out.h = (c.r - c.g) / chroma + 4;
    return out;
}

Rgb from_hsl(const Hsl& hsl) {
    double chroma = (1 - std::abs(2 * hsl.l - 1)) * hsl.s;
    double x = chroma * (1 - std::abs(std::fmod(hsl.h, 2) - 1));
    double m = hsl.l - chroma / 2;
    double r = 0, g = 0, b = 0;
    switch (static_cast<int>(hsl.h) % 6) {
    case 0: r = chroma, g = x; break;
    case 1: r = x, g = chroma; break;
    case 2: g = chroma, b = x; break;
    case 3: g = x, b = chroma; break;
    case 4: r = x, b = chroma; break;
    default: r = chroma, b = x; break;
    }
    return {r + m, g + m, b + m};
}

template <class Passes>
Rgb nearest_lightness(const Rgb& colour, Passes passes) {
    Rgb start = quantised(colour);
    if (passes(start)) return start;
    Hsl hsl = to_hsl(start);
    // Lightness in steps of 1/1000 either way: finer than 8-bit channels can tell apart.
    for (int step = 1; step <= 1000; ++step) {
        for (double direction : {-1.0, 1.0}) {
            double l = hsl.l + direction * step / 1000.0;
            if (l < 0 || l > 1) continue;
            Rgb candidate = quantised(from_hsl({hsl.h, hsl.s, l}));
            if (passes(candidate)) return candidate;
        }
    }
    return passes(Rgb{0, 0, 0}) ? Rgb{0, 0, 0} : Rgb{1, 1, 1};
}

}  // namespace

std::optional<Rgb> parse_hex_colour(std::string_view text) {
    if (text.size() != 7 || text[0] != '#') return std::nullopt;
    int bytes[3];
    for (int i = 0; i < 3; ++i) {
        int high = hex_digit(text[1 + 2 * i]);
        int low = hex_digit(text[2 + 2 * i]);
        if (high < 0 || low < 0) return std::nullopt;
        bytes[i] = high * 16 + low;
    }
    return Rgb{bytes[0] / 255.0, bytes[1] / 255.0, bytes[2] / 255.0};
}

std::string to_hex(const Rgb& colour) {
    char out[8];
    std::snprintf(out, sizeof out, "#%02X%02X%02X", channel_byte(colour.r), channel_byte(colour.g),
                  channel_byte(colour.b));
    return out;
}

Rgb quantised(const Rgb& colour) {
    return {channel_byte(colour.r) / 255.0, channel_byte(colour.g) / 255.0, channel_byte(colour.b) / 255.0};
}

double relative_luminance(const Rgb& colour) {
    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

double contrast_ratio(const Rgb& a, const Rgb& b) {
    double la = relative_luminance(a);
    double lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::string format_ratio(double ratio) {
    char out[16];
    std::snprintf(out, sizeof out, "%.2f:1", std::floor(ratio * 100) / 100);
    return out;
}

Rgb mix(const Rgb& from, const Rgb& to, double amount) {
    return {from.r + (to.r - from.r) * amount, from.g + (to.g - from.g) * amount, from.b + (to.b - from.b) * amount};
}

Rgb nearest_passing(const Rgb& colour, const Rgb& against, double ratio) {
    return nearest_lightness(colour, [&](const Rgb& c) { return contrast_ratio(c, against) >= ratio; });
}

Rgb nearest_passing(const Rgb& colour, const Rgb& against, const Rgb& also_against, double ratio) {
    return nearest_lightness(colour, [&](const Rgb& c) {
        return contrast_ratio(c, against) >= ratio && contrast_ratio(c, also_against) >= ratio;
    });
}

}  // namespace primer
