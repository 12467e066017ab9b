#include "test_support.hpp"

#include "store_schema.hpp"

#include <sqlite3.h>

#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>

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

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string fixture_path(const std::string& relative) { return std::string(PRIMER_FIXTURES) + "/" + relative; }

void store_at_schema(const std::filesystem::path& file, int schema, const std::string& rows_sql) {
    sqlite3* db = nullptr;
    std::string failure;
    if (sqlite3_open(file.string().c_str(), &db) != SQLITE_OK) failure = "cannot open " + file.string();
    else if (!migrate_store(db, failure, schema)) failure = "migrating to schema " + std::to_string(schema) + ": " + failure;
    else if (sqlite3_exec(db, rows_sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        failure = "at schema " + std::to_string(schema) + ": " + sqlite3_errmsg(db);
    sqlite3_close(db);
    if (!failure.empty()) throw std::runtime_error(failure);
}

namespace {

std::string head_of(const std::filesystem::path& file, std::size_t size) {
    std::ifstream in(file, std::ios::binary);
    std::string head(size, '\0');
    in.read(head.data(), static_cast<std::streamsize>(size));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head;
}

bool is_png(const std::string& head) { return head.rfind("\x89PNG\r\n\x1a\n", 0) == 0; }

}  // namespace

std::string FakeImageChecker::check(const std::filesystem::path& file) const {
    std::string head = head_of(file, 8);
    if (is_png(head) || head.rfind("\xFF\xD8\xFF", 0) == 0) return {};
    return "it is not a PNG or JPEG image";
}

std::optional<PixelSize> FakeImageChecker::pixel_size(const std::filesystem::path& file) const {
    // A PNG's IHDR chunk comes first: width and height as big-endian 32-bit numbers at bytes 16 and 20.
    std::string head = head_of(file, 24);
    if (head.size() < 24 || !is_png(head)) return std::nullopt;
    auto number = [&](std::size_t at) {
        int value = 0;
        for (std::size_t i = at; i < at + 4; ++i) value = (value << 8) | static_cast<unsigned char>(head[i]);
        return value;
    };
    return PixelSize{number(16), number(20)};
}

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

Question choice_question(const std::string& id, const std::string& pool) {
    Question question;
    question.id = id;
    question.pool = pool;
    ChoiceTask task;
    task.options.push_back({"right", {}, true, {}, {}});
    task.options.push_back({"wrong", {}, false, {}, {}});
    question.body = task;
    return question;
}

}  // namespace primer::test
