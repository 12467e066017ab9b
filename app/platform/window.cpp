#include "window.hpp"

#include "frame_scheduler.hpp"
#include "screenshot.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <set>

namespace primer {

namespace {

Window* owner(GLFWwindow* window) { return static_cast<Window*>(glfwGetWindowUserPointer(window)); }

std::string g_glfw_error;  // GLFW reports errors through a callback with no user pointer

}  // namespace

std::unique_ptr<Window> Window::open(const WindowOptions& options, std::string& error) {
    glfwSetErrorCallback([](int, const char* description) { g_glfw_error = description; });
    if (!glfwInit()) {
        error = "Primer could not open a window: " + g_glfw_error +
                ". Run it on a desktop, or under Xvfb for tests.";
        return nullptr;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    GLFWwindow* handle = glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
    if (!handle) {
        error = "Primer could not create an OpenGL 3.3 window: " + g_glfw_error;
        glfwTerminate();
        return nullptr;
    }
    glfwMakeContextCurrent(handle);
    glfwSwapInterval(1);

    std::unique_ptr<Window> window(new Window(handle));
    glfwSetWindowUserPointer(handle, window.get());
    // Ours first: ImGui's backend chains to callbacks installed before it.
    install_input_callbacks(handle);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is ours, not the user's; write no imgui.ini
    // No ImGuiConfigFlags_NavEnableKeyboard: the views own the keyboard (arrows move
    // between screens and options), and ImGui's own arrow navigation would fight them.
    ImGui_ImplGlfw_InitForOpenGL(handle, true);
    glfwSetKeyCallback(handle, on_key);  // in front of ImGui's, which are fed from the queue
    glfwSetCharCallback(handle, on_char);
    ImGui_ImplOpenGL3_Init("#version 150");
    return window;
}

Window::~Window() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(m_window);
    glfwTerminate();
}

void Window::install_input_callbacks(GLFWwindow* window) {
    glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int, int, int) { owner(w)->m_input_seen = true; });
    glfwSetCursorPosCallback(window, [](GLFWwindow* w, double, double) { owner(w)->m_input_seen = true; });
    glfwSetScrollCallback(window, [](GLFWwindow* w, double, double) { owner(w)->m_input_seen = true; });
    glfwSetCursorEnterCallback(window, [](GLFWwindow* w, int) { owner(w)->m_input_seen = true; });
    glfwSetWindowFocusCallback(window, [](GLFWwindow* w, int) { owner(w)->m_input_seen = true; });
    glfwSetFramebufferSizeCallback(window, [](GLFWwindow* w, int, int) { owner(w)->m_input_seen = true; });
    glfwSetWindowRefreshCallback(window, [](GLFWwindow* w) { owner(w)->m_input_seen = true; });
}

void Window::on_key(GLFWwindow* handle, int key, int scancode, int action, int mods) {
    Window* self = owner(handle);
    self->m_input_queue.push_back({key, scancode, action, mods});
    self->m_input_seen = true;
}

void Window::on_char(GLFWwindow* handle, unsigned codepoint) {
    Window* self = owner(handle);
    self->m_input_queue.push_back({kCharEvent, static_cast<int>(codepoint), 0, 0});
    self->m_input_seen = true;
}

void Window::feed_queued_keys() {
    // A frame takes events until a key changes twice, or until a release follows a press:
    // then every press is seen together with the modifiers held when it happened, even
    // when the keyboard lets go of Ctrl before the letter.
    std::set<int> keys_this_frame;
    bool pressed_this_frame = false;
    while (!m_input_queue.empty()) {
        const auto [key, scancode, action, mods] = m_input_queue.front();
        if (key == kCharEvent) {
            ImGui_ImplGlfw_CharCallback(m_window, static_cast<unsigned>(scancode));
        } else {
            if (action == GLFW_RELEASE && pressed_this_frame) break;
            if (!keys_this_frame.insert(key).second) break;
            ImGui_ImplGlfw_KeyCallback(m_window, key, scancode, action, mods);
            pressed_this_frame |= action == GLFW_PRESS;
        }
        m_input_queue.pop_front();
    }
    // The backend reads modifiers from the live keyboard; the frame must see the ones
    // that match the key events it is given.
    ImGuiIO& io = ImGui::GetIO();
    auto down = [&](int k) { return io.KeysDown[k]; };
    io.KeyCtrl = down(GLFW_KEY_LEFT_CONTROL) || down(GLFW_KEY_RIGHT_CONTROL);
    io.KeyShift = down(GLFW_KEY_LEFT_SHIFT) || down(GLFW_KEY_RIGHT_SHIFT);
    io.KeyAlt = down(GLFW_KEY_LEFT_ALT) || down(GLFW_KEY_RIGHT_ALT);
    io.KeySuper = down(GLFW_KEY_LEFT_SUPER) || down(GLFW_KEY_RIGHT_SUPER);
}

float Window::content_scale() const {
    float x = 1, y = 1;
    glfwGetWindowContentScale(m_window, &x, &y);
    return x > 0 ? x : 1.0f;
}

void Window::set_title(const std::string& title) { glfwSetWindowTitle(m_window, title.c_str()); }

void Window::request_close() { glfwSetWindowShouldClose(m_window, GLFW_TRUE); }

void Window::run(const FrameHooks& hooks) {
    FrameScheduler scheduler;
    while (!glfwWindowShouldClose(m_window)) {
        // Queued input still to be fed to ImGui means a frame is due, whatever else is idle.
        double wait = m_input_queue.empty()
                          ? scheduler.wait_seconds(hooks.animating && hooks.animating(), ImGui::GetIO().WantTextInput)
                          : 0.0;
        if (wait == 0.0)
            glfwPollEvents();
        else if (std::isinf(wait))
            glfwWaitEvents();
        else
            glfwWaitEventsTimeout(wait);
        if (m_input_seen) {
            scheduler.note_input();
            m_input_seen = false;
        }
        int width = 0, height = 0;
        glfwGetFramebufferSize(m_window, &width, &height);
        if (width == 0 || height == 0) continue;  // minimised: nothing to draw
        draw_frame(hooks, nullptr, nullptr);
        scheduler.note_frame_drawn();
        if (hooks.should_close && hooks.should_close()) request_close();
    }
}

bool Window::capture(const FrameHooks& hooks, const std::filesystem::path& png, std::string& error) {
    // ImGui sizes auto-fitting windows on their first frame and shows them on the next.
    constexpr int kSettleFrames = 3;
    for (int i = 0; i < kSettleFrames; ++i) {
        glfwPollEvents();
        draw_frame(hooks, nullptr, nullptr);
    }
    glfwPollEvents();
    draw_frame(hooks, &png, &error);
    return error.empty();
}

void Window::draw_frame(const FrameHooks& hooks, const std::filesystem::path* screenshot, std::string* error) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    feed_queued_keys();
    ImGui::NewFrame();
    hooks.build();
    ImGui::Render();
    int width = 0, height = 0;
    glfwGetFramebufferSize(m_window, &width, &height);
    glViewport(0, 0, width, height);
    const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (screenshot) *error = write_framebuffer_png(*screenshot, width, height);
    glfwSwapBuffers(m_window);
    if (hooks.after_frame) hooks.after_frame();
}

}  // namespace primer
