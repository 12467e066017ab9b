// The player's window: GLFW + OpenGL 3.3 + Dear ImGui, drawn on demand.
// While nothing changes the loop sleeps in glfwWaitEvents, so an idle player uses no CPU.
#pragma once

#include "frame_time_log.hpp"
#include "input_queue.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

struct GLFWwindow;

namespace primer {

struct WindowOptions {
    std::string title = "Primer";
    int width = 1280;
    int height = 800;
};

struct FrameHooks {
    std::function<void()> build;        // emits one ImGui frame; reads state, queues commands
    std::function<void()> after_frame;  // applies what the frame queued, once it is drawn
    std::function<bool()> animating;    // true while something moves and needs every frame
    std::function<bool()> should_close;  // true once the app has been asked to quit
    std::function<double()> deadline;    // seconds until the view changes by itself (a timer); infinity if never
};

class Window {
public:
    // Creates the window and the ImGui context. nullptr and a sentence in `error` when
    // there is no display or no usable OpenGL.
    static std::unique_ptr<Window> open(const WindowOptions& options, std::string& error);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    // The display's scale factor (1 on a standard screen, 2 on a high-density one).
    float content_scale() const;

    void set_title(const std::string& title);

    // Runs until the window is closed, drawing only when input, a resize or an
    // animation needs it.
    void run(const FrameHooks& hooks);

    // Lays out a few frames so the layout settles, then draws the last and writes it to a PNG.
    bool capture(const FrameHooks& hooks, const std::filesystem::path& png, std::string& error);

    void request_close();

    // Wakes the loop from any thread so it draws a frame (a preview's reload is ready).
    static void wake();
    // Uploads the font atlas again once the fonts were rebuilt (the learner changed their
    // text size or font); call between frames.
    void reload_fonts();

    // Records each frame's CPU time there from now on (--frame-times); nullptr stops it.
    void set_frame_time_log(FrameTimeLog* log) { m_frame_times = log; }

private:
    explicit Window(GLFWwindow* window) : m_window(window) {}
    void draw_frame(const FrameHooks& hooks);  // build, render, swap, finish
    void show();                               // maps the window, once it has a frame to show
    void build_ui(const FrameHooks& hooks);    // one ImGui frame, laid out but not drawn
    void render_ui(int& width, int& height);   // rasterises it into the back buffer
    void finish_frame(const FrameHooks& hooks);
    static void install_input_callbacks(GLFWwindow* window);
    static void on_key(GLFWwindow* window, int key, int scancode, int action, int mods);
    static void on_char(GLFWwindow* window, unsigned codepoint);
    void feed_queued_keys();

    GLFWwindow* m_window;
    bool m_input_seen = true;  // set by GLFW callbacks; the first frame always draws
    InputQueue m_input_queue;  // keys and characters, fed to ImGui a frame's worth at a time
    FrameTimeLog* m_frame_times = nullptr;
    bool m_font_pixels_released = false;
    bool m_shown = false;
};

}  // namespace primer
