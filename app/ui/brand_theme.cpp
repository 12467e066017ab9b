#include "brand_theme.hpp"

namespace primer::ui {

namespace {

ImVec4 to_imgui(const Rgb& colour) {
    return ImVec4(static_cast<float>(colour.r), static_cast<float>(colour.g), static_cast<float>(colour.b), 1.0f);
}

}  // namespace

Palette to_palette(const BrandPalette& p) {
    Palette out;
    out.background = to_imgui(p.background);
    out.surface = to_imgui(p.surface);
    out.text = to_imgui(p.text);
    out.muted_text = to_imgui(p.muted_text);
    out.primary = to_imgui(p.primary);
    out.primary_hover = to_imgui(p.primary_hover);
    out.border = to_imgui(p.border);
    out.selected = to_imgui(p.selected);
    out.correct = to_imgui(p.correct);
    out.correct_fill = to_imgui(p.correct_fill);
    out.incorrect = to_imgui(p.incorrect);
    out.incorrect_fill = to_imgui(p.incorrect_fill);
    out.link = to_imgui(p.link);
    out.focus = to_imgui(p.focus);
    out.on_fill = to_imgui(p.on_primary);
    out.reading = to_imgui(p.reading);
    return out;
}

Theme make_brand_theme(float scale, const Brand& brand, const ComfortSettings& comfort) {
    Theme theme = make_theme(scale, comfort,
                             BrandLook{to_palette(derive_palette(brand.colours)), brand.font_regular.string(),
                                       brand.font_bold.string()});
    theme.brand.organisation = brand.name;
    return theme;
}

}  // namespace primer::ui
