// How screens get images to draw without knowing about OpenGL: the composition root
// hands the UI a function backed by the platform's texture cache.
#pragma once

#include <filesystem>
#include <functional>

namespace primer::ui {

struct ImageHandle {
    void* texture = nullptr;  // an ImTextureID
    int width = 0;
    int height = 0;
    bool ok = false;
};

using ImageSource = std::function<ImageHandle(const std::filesystem::path& file)>;

}  // namespace primer::ui
