#include "theme.hpp"

#include "high_contrast.hpp"

#include <array>
#include <filesystem>

namespace primer::ui {

namespace {

struct FontFiles {
    const char* regular;
    const char* bold;
    const char* italic;
    const char* bold_italic;
};

// Debian's fonts-lato first (the one the setup installs), then DejaVu, which nearly
// every Linux desktop has. Without either, ImGui's built-in font keeps the player usable.
constexpr std::array kFontFamilies = {
    FontFiles{"/usr/share/fonts/truetype/lato/Lato-Regular.ttf", "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
              "/usr/share/fonts/truetype/lato/Lato-Italic.ttf", "/usr/share/fonts/truetype/lato/Lato-BoldItalic.ttf"},
    FontFiles{"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
              "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
              "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf"},
};

// Latin with accents, plus general punctuation for curly quotes, dashes, bullets and the
// ellipsis, and the pound and euro signs.
const ImWchar kGlyphRanges[] = {0x0020, 0x017F, 0x2010, 0x2027, 0x2030, 0x205E, 0x20AC, 0x20AC, 0};

// Debian's fonts-opendyslexic, for learners who chose it: CFF outlines, which ImGui's
// stb_truetype reads. Without it the usual family is used.
constexpr FontFiles kDyslexiaFamily{"/usr/share/fonts/opentype/opendyslexic/OpenDyslexic-Regular.otf",
                                    "/usr/share/fonts/opentype/opendyslexic/OpenDyslexic-Bold.otf",
                                    "/usr/share/fonts/opentype/opendyslexic/OpenDyslexic-Italic.otf",
                                    "/usr/share/fonts/opentype/opendyslexic/OpenDyslexic-BoldItalic.otf"};

const FontFiles* find_family(bool dyslexia_font) {
    std::error_code error;
    for (const FontFiles& family : kFontFamilies) {
        if (dyslexia_font && std::filesystem::exists(kDyslexiaFamily.regular, error) &&
            std::filesystem::exists(kDyslexiaFamily.bold, error) && std::filesystem::exists(kDyslexiaFamily.italic, error) &&
            std::filesystem::exists(kDyslexiaFamily.bold_italic, error))
            return &kDyslexiaFamily;
        if (std::filesystem::exists(family.regular, error) && std::filesystem::exists(family.bold, error) &&
            std::filesystem::exists(family.italic, error) && std::filesystem::exists(family.bold_italic, error))
            return &family;
    }
    return nullptr;
}

Fonts load_fonts(float scale, const ComfortSettings& comfort, const BrandLook& look) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // A brand's font has no italics of its own; its upright faces stand in for them.
    const std::string& brand_bold = look.font_bold.empty() ? look.font_regular : look.font_bold;
    const FontFiles brand_family{look.font_regular.c_str(), brand_bold.c_str(), look.font_regular.c_str(),
                                 brand_bold.c_str()};
    const bool brand_font = !look.font_regular.empty() && !comfort.dyslexia_font;
    const FontFiles* family = brand_font ? &brand_family : find_family(comfort.dyslexia_font);
    if (!family) {
        ImFontConfig config;
        config.SizePixels = 13.0f * scale;
        ImFont* fallback = io.Fonts->AddFontDefault(&config);
        return {fallback, fallback, fallback, fallback, fallback, fallback, fallback, fallback};
    }
    // ImGui rasterises each glyph three times across by default, for smoother sub-pixel
    // placement. Twice looks the same for body text (as ImGui's own notes say) and large
    // headings need none: the atlas halves, and with it the start-up time spent building
    // it and the memory it takes.
    auto add = [&](const char* file, float size) {
        ImFontConfig config;
        config.OversampleH = size >= 28.0f ? 1 : 2;
        return io.Fonts->AddFontFromFileTTF(file, size * scale, &config, kGlyphRanges);
    };
    Fonts fonts;
    fonts.body = add(family->regular, 21.0f);  // the first font added is ImGui's default
    fonts.bold = add(family->bold, 21.0f);
    fonts.italic = add(family->italic, 21.0f);
    fonts.bold_italic = add(family->bold_italic, 21.0f);
    fonts.heading = add(family->bold, 30.0f);
    fonts.small = add(family->regular, 17.0f);
    fonts.display = add(family->bold, 38.0f);
    // At the usual caption size the captions are body text: no second copy in the atlas.
    fonts.caption = comfort.caption_size == 100
                        ? fonts.body
                        : add(family->regular, 21.0f * static_cast<float>(comfort.caption_size) / 100.0f);
    return fonts;
}

void apply_style(const Theme& theme) {
    ImGuiStyle style;
    // The colours below leave out scrollbars, sliders and the like: dark ones on a dark page.
    const ImVec4& page = theme.colors.background;
    if (theme.comfort.high_contrast || 0.2126f * page.x + 0.7152f * page.y + 0.0722f * page.z < 0.35f)
        ImGui::StyleColorsDark(&style);
    else
        ImGui::StyleColorsLight(&style);
    const Palette& c = theme.colors;
    style.Colors[ImGuiCol_WindowBg] = c.background;
    style.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);  // panes show the window; cards push surface
    style.Colors[ImGuiCol_PopupBg] = c.surface;
    style.Colors[ImGuiCol_Text] = c.text;
    style.Colors[ImGuiCol_TextDisabled] = c.muted_text;
    style.Colors[ImGuiCol_Border] = c.border;
    style.Colors[ImGuiCol_FrameBg] = c.surface;
    style.Colors[ImGuiCol_FrameBgHovered] = c.selected;
    style.Colors[ImGuiCol_FrameBgActive] = c.selected;
    style.Colors[ImGuiCol_Button] = c.surface;
    style.Colors[ImGuiCol_ButtonHovered] = c.selected;
    style.Colors[ImGuiCol_ButtonActive] = c.selected;
    style.Colors[ImGuiCol_Header] = c.selected;
    style.Colors[ImGuiCol_HeaderHovered] = c.selected;
    style.Colors[ImGuiCol_HeaderActive] = c.selected;
    style.Colors[ImGuiCol_PlotHistogram] = c.primary;
    style.Colors[ImGuiCol_NavHighlight] = c.focus;
    style.Colors[ImGuiCol_ScrollbarBg] = c.background;
    style.Colors[ImGuiCol_ModalWindowDimBg] = ImVec4(0.1f, 0.1f, 0.1f, 0.35f);
    style.WindowPadding = ImVec2(0, 0);
    style.FramePadding = ImVec2(14, 9);
    style.ItemSpacing = ImVec2(12, 12);
    style.FrameRounding = 6;
    style.ChildRounding = 8;
    style.PopupRounding = 8;
    style.WindowRounding = 0;
    style.FrameBorderSize = 1;
    style.ChildBorderSize = 1;
    style.WindowBorderSize = 0;
    style.ScrollbarSize = 16;
    style.ScrollbarRounding = 8;
    style.ScaleAllSizes(theme.scale);
    ImGui::GetStyle() = style;
}

}  // namespace

Theme make_theme(float scale, const ComfortSettings& comfort, const BrandLook& look) {
    Theme theme;
    theme.comfort = clamped(comfort);
    theme.scale = scale * static_cast<float>(theme.comfort.text_size) / 100.0f;
    theme.reading_width = 760.0f * theme.scale;
    theme.colors = theme.comfort.high_contrast ? high_contrast_palette() : look.colors;
    theme.fonts = load_fonts(theme.scale, theme.comfort, look);
    apply_style(theme);
    return theme;
}

}  // namespace primer::ui
