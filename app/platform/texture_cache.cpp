#include "texture_cache.hpp"

#include "image_file.hpp"

#include <GLFW/glfw3.h>

#include <cstdint>

namespace primer {

namespace {

Texture upload(const std::filesystem::path& file) {
    DecodedImage image = decode_image(file);
    if (!image.pixels) return {};
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.pixels.get());
    return {reinterpret_cast<void*>(static_cast<std::uintptr_t>(texture)), image.width, image.height, true};
}

}  // namespace

TextureCache::~TextureCache() { clear(); }

void TextureCache::clear() {
    for (auto& [path, handle] : m_textures) {
        if (!handle.ok) continue;
        auto texture = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(handle.id));
        glDeleteTextures(1, &texture);
    }
    m_textures.clear();
}

Texture TextureCache::get(const std::filesystem::path& file) {
    auto key = file.string();
    auto it = m_textures.find(key);
    if (it == m_textures.end()) it = m_textures.emplace(key, upload(file)).first;
    return it->second;
}

}  // namespace primer
