// The floor for the start-up and memory benchmarks: the least a GLFW + Dear ImGui program
// can do to show the same lesson (the welcome text in one TTF face and two images), built
// with the same libraries and flags as Primer. It exits after its first frame, or with
// --hold keeps the window open until it is closed so its memory can be read. With
// --screenshot it writes that first frame the way `primer play --screenshot` does (the
// same code), so the two start-up measurements do the same work at the end.
// Usage: primer_bare_window TEXT_FILE FONT_TTF IMAGE IMAGE [--hold | --screenshot PNG]
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <stb/stb_image.h>

#include "screenshot.hpp"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

struct Image {
    ImTextureID id = nullptr;
    float width = 0;
    float height = 0;
};

Image load_image(const char* file) {
    int width = 0, height = 0, channels = 0;
    unsigned char* pixels = stbi_load(file, &width, &height, &channels, 4);
    if (!pixels) return {};
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    stbi_image_free(pixels);
    return {reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(texture)), static_cast<float>(width),
            static_cast<float>(height)};
}

void draw(const std::string& text, const Image (&images)[2]) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("lesson", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::PushTextWrapPos(760.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    for (const Image& image : images) {
        if (!image.id) continue;
        float scale = image.width > 360.0f ? 360.0f / image.width : 1.0f;
        ImGui::Image(image.id, ImVec2(image.width * scale, image.height * scale));
        ImGui::SameLine();
    }
    ImGui::End();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 5) {
        std::fprintf(stderr, "usage: %s TEXT_FILE FONT_TTF IMAGE IMAGE [--hold | --screenshot PNG]\n", argv[0]);
        return 2;
    }
    bool hold = argc > 5 && std::strcmp(argv[5], "--hold") == 0;
    const char* screenshot = argc > 6 && std::strcmp(argv[5], "--screenshot") == 0 ? argv[6] : nullptr;
    std::stringstream text;
    text << std::ifstream(argv[1]).rdbuf();

    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(1280, 800, "Bare window", nullptr, nullptr);
    if (!window) return 1;
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::GetIO().Fonts->AddFontFromFileTTF(argv[2], 21.0f);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 150");
    const Image images[2] = {load_image(argv[3]), load_image(argv[4])};

    do {
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        draw(text.str(), images);
        ImGui::Render();
        int width = 0, height = 0;
        glfwGetFramebufferSize(window, &width, &height);
        glViewport(0, 0, width, height);
        glClearColor(1, 1, 1, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (screenshot) {
            if (std::string problem = primer::write_framebuffer_png(screenshot, width, height); !problem.empty()) {
                std::cerr << problem << "\n";
                return 1;
            }
            break;
        }
        glfwSwapBuffers(window);
        if (hold) glfwWaitEvents();  // draw on demand, like Primer
    } while (hold && !glfwWindowShouldClose(window));
    glFinish();

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
