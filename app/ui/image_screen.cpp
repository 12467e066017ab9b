// An image with its caption and text. The image is scaled to the reading column and
// never beyond its own size; if it cannot be shown, its alt text stands in for it.
#include "read_along.hpp"
#include "rich_text_view.hpp"
#include "views.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace primer::ui {

namespace {

void draw_missing(const Theme& theme, const ImageRef& image, float width) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme.px(20), theme.px(20)));
    ImGui::BeginChild("missing-image", ImVec2(width, theme.px(140)), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", theme.text("image.missing"));
    read_along_text(image.alt, ImGui::GetContentRegionAvail().x, theme);
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopStyleVar();
}

}  // namespace

void draw_image_screen(const Context& context, const Screen& screen, float width) {
    const Theme& theme = context.theme;
    if (!screen.body.empty()) draw_rich_text(screen.body, theme, TextStyle{width, nullptr, {}}, context.requests);
    if (!screen.image) return;
    const ImageRef& image = *screen.image;
    ImageHandle handle = context.images(image.path);
    if (!handle.ok) {
        draw_missing(theme, image, width);
    } else {
        float max_height = ImGui::GetMainViewport()->Size.y * 0.55f;
        float scale = std::min({1.0f * theme.scale, width / static_cast<float>(handle.width),
                                max_height / static_cast<float>(handle.height)});
        ImVec2 size(static_cast<float>(handle.width) * scale, static_cast<float>(handle.height) * scale);
        ImGui::Image(handle.texture, size);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", image.alt.c_str());
    }
    if (!image.caption.empty())
        draw_rich_text(image.caption, theme, TextStyle{width, theme.fonts.small, theme.colors.muted_text},
                       context.requests);
}

}  // namespace primer::ui
