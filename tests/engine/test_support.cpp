#include "test_support.hpp"

#include <fstream>
#include <random>

namespace primer::test {

TempDir::TempDir() {
    std::random_device device;
    auto name = "primer-test-" + std::to_string(device()) + std::to_string(device());
    m_path = std::filesystem::temp_directory_path() / name;
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

void write_file(const std::filesystem::path& file, const std::string& text) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

std::string fixture_path(const std::string& relative) { return std::string(PRIMER_FIXTURES) + "/" + relative; }

namespace {

RichText words(const std::string& text) { return RichText{text, {Block{BlockKind::Paragraph, 0, 0, {Span{text, false, false, {}}}}}}; }

Screen plain(const std::string& id, ScreenKind kind) {
    Screen screen;
    screen.id = id;
    screen.kind = kind;
    screen.title = id;
    screen.body = words("About " + id);
    return screen;
}

Screen question(const std::string& id, const std::string& right, const std::string& wrong, int attempts) {
    Screen screen = plain(id, ScreenKind::SingleChoice);
    Question q;
    q.id = id;
    q.kind = ScreenKind::SingleChoice;
    q.prompt = words("Which is right?");
    q.max_attempts = attempts;
    ChoiceTask task;
    task.options.push_back({wrong, words("Option " + wrong), false, words("No."), {}});
    task.options.push_back({right, words("Option " + right), true, {}, {}});
    if (right < wrong) std::swap(task.options[0], task.options[1]);
    q.body = task;
    screen.question = q;
    return screen;
}

}  // namespace

Course small_course() {
    Course course;
    course.id = "small";
    course.title = "A small course";
    course.version = "1";
    Module m1;
    m1.id = "m1";
    m1.title = "First";
    m1.screens = {plain("intro", ScreenKind::Text), question("q1", "b", "a", 2), plain("wrap", ScreenKind::Summary)};
    Module m2;
    m2.id = "m2";
    m2.title = "Second";
    Screen pic = plain("pic", ScreenKind::Image);
    pic.image = ImageRef{"pic.png", "A picture", {}, {}};
    m2.screens = {pic, question("q2", "x", "y", 1), plain("end", ScreenKind::Summary)};
    course.modules = {m1, m2};
    return course;
}

}  // namespace primer::test
