// Images decoded once with stb_image and kept as OpenGL textures, keyed by file path.
// A file that cannot be read yields a handle with ok == false: screens then show the
// alt text instead of an image, never a crash.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace primer {

struct Texture {
    void* id = nullptr;  // the GL texture name, in the form ImGui takes (ImTextureID)
    int width = 0;
    int height = 0;
    bool ok = false;
};

class TextureCache {
public:
    TextureCache() = default;
    ~TextureCache();
    TextureCache(const TextureCache&) = delete;
    TextureCache& operator=(const TextureCache&) = delete;

    Texture get(const std::filesystem::path& file);
    // Lets every texture go, so the next get() reads the file again (a preview's reload).
    void clear();

private:
    std::map<std::string, Texture> m_textures;
};

}  // namespace primer
