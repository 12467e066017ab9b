#include "window.hpp"

#include "frame_scheduler.hpp"
#include "process_memory.hpp"
#include "screenshot.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cmath>

namespace primer {

static_assert(InputEvent::kRelease == GLFW_RELEASE && InputEvent::kPress == GLFW_PRESS &&
              InputEvent::kRepeat == GLFW_REPEAT);

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
    // Hidden until there is a first frame to show: the course may still be loading, and
    // a window should not appear empty.
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
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
    self->m_input_queue.push(InputEvent::key_event(key, scancode, action, mods));
    self->m_input_seen = true;
}

void Window::on_char(GLFWwindow* handle, unsigned codepoint) {
    Window* self = owner(handle);
    self->m_input_queue.push(InputEvent::character(codepoint));
    self->m_input_seen = true;
}

void Window::feed_queued_keys() {
    // No modifier fix-up is needed: ImGui 1.86's GLFW key callback sets io.KeyCtrl/Shift/
    // Alt/Super from io.KeysDown on every event, so they match the keys this frame was given.
    for (const InputEvent& event : m_input_queue.take_frame()) {
        if (event.kind == InputEvent::Kind::Char)
            ImGui_ImplGlfw_CharCallback(m_window, event.codepoint);
        else
            ImGui_ImplGlfw_KeyCallback(m_window, event.key, event.scancode, event.action, event.mods);
    }
}

float Window::content_scale() const {
    float x = 1, y = 1;
    glfwGetWindowContentScale(m_window, &x, &y);
    return x > 0 ? x : 1.0f;
}

void Window::set_title(const std::string& title) { glfwSetWindowTitle(m_window, title.c_str()); }

void Window::request_close() { glfwSetWindowShouldClose(m_window, GLFW_TRUE); }

void Window::wake() { glfwPostEmptyEvent(); }
void Window::reload_fonts() {
    if (!m_font_pixels_released) return;  // before the first frame, which uploads the atlas as it is
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    // As after the first frame: the pixels are on the GPU now, the CPU copy is not needed.
    ImGui::GetIO().Fonts->ClearTexData();
    m_input_seen = true;  // the next frame is laid out with the new fonts
}

void Window::run(const FrameHooks& hooks) {
    FrameScheduler scheduler;
    while (!glfwWindowShouldClose(m_window)) {
        // Queued input still to be fed to ImGui means a frame is due, whatever else is idle.
        double wait = m_input_queue.empty()
                          ? scheduler.wait_seconds(hooks.animating && hooks.animating(), ImGui::GetIO().WantTextInput,
                                                   hooks.deadline ? hooks.deadline() : FrameScheduler::kForever)
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
        if (width == 0 || height == 0) {
            // Minimised (a 0x0 framebuffer on Windows): no frame can be drawn to pay off the
            // frames owed to input, so polling again would spin; sleep until restored or closed.
            glfwWaitEvents();
            continue;
        }
        draw_frame(hooks);
        scheduler.note_frame_drawn();
        if (hooks.should_close && hooks.should_close()) request_close();
    }
}

bool Window::capture(const FrameHooks& hooks, const std::filesystem::path& png, std::string& error) {
    // ImGui sizes auto-fitting windows on their first frame and shows them on the next.
    // Those settle frames are laid out but not rasterised or swapped: nobody sees them,
    // and llvmpipe plus the swap interval cost ~20 ms each. The captured frame is not
    // swapped either; the process ends once it is saved.
    constexpr int kSettleFrames = 3;
    show();  // read back from a mapped window: what an unmapped one holds is undefined
    for (int i = 0; i < kSettleFrames; ++i) {
        glfwPollEvents();
        build_ui(hooks);
        finish_frame(hooks);
    }
    glfwPollEvents();
    build_ui(hooks);
    int width = 0, height = 0;
    render_ui(width, height);
    error = write_framebuffer_png(png, width, height);
    finish_frame(hooks);
    return error.empty();
}

void Window::draw_frame(const FrameHooks& hooks) {
    build_ui(hooks);
    int width = 0, height = 0;
    render_ui(width, height);
    show();
    glfwSwapBuffers(m_window);
    finish_frame(hooks);
}

void Window::show() {
    if (m_shown) return;
    glfwShowWindow(m_window);
    m_shown = true;
}

void Window::build_ui(const FrameHooks& hooks) {
    if (m_frame_times) m_frame_times->frame_started();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    feed_queued_keys();
    ImGui::NewFrame();
    hooks.build();
    ImGui::Render();
    if (m_frame_times) m_frame_times->frame_built();
}

void Window::render_ui(int& width, int& height) {
    glfwGetFramebufferSize(m_window, &width, &height);
    glViewport(0, 0, width, height);
    const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void Window::finish_frame(const FrameHooks& hooks) {
    if (m_frame_times) m_frame_times->frame_finished();
    // The first frame uploaded the font atlas to OpenGL; ImGui's CPU copies of it (about
    // 10 MB at 1024x2048) are not needed again unless the fonts are rebuilt, which
    // rebuilds them. Start-up's other big frees (decoded images) are done by now too, so
    // this is the moment to hand freed pages back.
    if (!m_font_pixels_released) {
        ImGui::GetIO().Fonts->ClearTexData();
        m_font_pixels_released = true;
        return_free_memory();
    }
    if (hooks.after_frame) hooks.after_frame();
}

}  // namespace primer
