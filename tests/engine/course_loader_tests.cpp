#include "course_loader.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace primer;
namespace fs = std::filesystem;

namespace {

void replace_all(std::string& text, const std::string& from, const std::string& to) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// All diagnostics as `primer validate` prints them, with `folder/` removed so the
// expected text does not depend on where the source tree is.
std::string formatted(const Diagnostics& diagnostics, const fs::path& folder) {
    std::string out;
    for (const Diagnostic& d : diagnostics.all()) out += format_diagnostic(d) + "\n";
    replace_all(out, folder.string() + "/", "");
    return out;
}

std::vector<fs::path> invalid_cases() {
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(test::fixture_path("courses/invalid")))
        if (entry.is_directory()) cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    return cases;
}

}  // namespace

TEST_CASE("the valid fixture course loads into the model", "[loader]") {
    test::FakeImageChecker images;
    LoadResult result = load_course(test::fixture_path("courses/valid"), &images);
    INFO(formatted(result.diagnostics, test::fixture_path("courses/valid")));
    REQUIRE(result.diagnostics.all().empty());
    REQUIRE(result.course);
    const Course& course = *result.course;

    CHECK(course.format == 1);
    CHECK(course.id == "fixture-course");
    CHECK(course.title == "A fixture course");
    CHECK(course.version == "2.1.0");
    CHECK(course.language == "en-GB");
    CHECK(course.pass_mark == 75);
    CHECK(course.estimated_minutes == 2);
    CHECK(course.folder == fs::path(test::fixture_path("courses/valid")));

    REQUIRE(course.content_notice);
    CHECK(course.content_notice->title == "Before you start");
    CHECK(plain_text(course.content_notice->body) ==
          "This course talks about difficult things.\n\nYou can stop at any time.");

    REQUIRE(course.support.size() == 2);
    CHECK(course.support[0].name == "NAPAC");
    CHECK(course.support[0].for_whom == "Adults who were abused in childhood");
    CHECK(course.support[0].phone == "0808 801 0331");
    CHECK(course.support[0].web == "napac.org.uk");
    CHECK(course.support[0].email.empty());
    CHECK(course.support[1].name == "Local safeguarding team");
    CHECK(course.support[1].email == "safeguarding@example.org");

    REQUIRE(course.modules.size() == 2);
    const Module& basics = course.modules[0];
    CHECK(basics.id == "basics");
    CHECK(basics.title == "The basics");
    CHECK(basics.outcomes == std::vector<std::string>{"Describe the basics", "Recognise a chart"});
    CHECK(basics.folder == fs::path(test::fixture_path("courses/valid/01-basics")));
    REQUIRE(basics.screens.size() == 3);

    const Screen& welcome = basics.screens[0];
    CHECK(welcome.id == "welcome");
    CHECK(welcome.kind == ScreenKind::Text);
    CHECK(welcome.title == "What this module covers");
    CHECK(welcome.source == "fixture-source.txt");
    REQUIRE(welcome.body.blocks.size() == 2);
    CHECK(welcome.body.blocks[0].kind == BlockKind::Heading);
    CHECK(welcome.where.line == 8);
    CHECK(welcome.where.file == test::fixture_path("courses/valid/01-basics/module.toml"));

    const Screen& chart = basics.screens[1];
    CHECK(chart.kind == ScreenKind::Image);
    REQUIRE(chart.image);
    CHECK(chart.image->path == fs::path(test::fixture_path("courses/valid/01-basics/media/chart.png")));
    CHECK(fs::is_regular_file(chart.image->path));
    CHECK(chart.image->alt == "A small chart with three rows of colour");
    CHECK(plain_text(chart.image->caption) == "Source: made up");
    CHECK(plain_text(chart.body) == "The chart shows nothing at all.");

    const Screen& question = basics.screens[2];
    CHECK(question.kind == ScreenKind::SingleChoice);
    REQUIRE(question.question);
    const auto& task = std::get<ChoiceTask>(question.question->body);
    CHECK(plain_text(question.question->prompt) == "Which of these is right?");
    CHECK(question.question->max_attempts == 3);
    REQUIRE(task.options.size() == 2);
    CHECK(task.options[0].id == "wrong");
    CHECK_FALSE(task.options[0].correct);
    CHECK(plain_text(task.options[0].feedback) == "Not this one.");
    CHECK(task.options[1].id == "right");
    CHECK(task.options[1].correct);
    CHECK(correct_responses(*question.question) == std::vector<Response>{{"right"}});
    CHECK(plain_text(question.question->feedback.correct) == "Yes.");
    CHECK(plain_text(question.question->feedback.incorrect) == "Not quite.");

    const Module& practice = course.modules[1];
    CHECK(practice.id == "practice");
    CHECK(practice.outcomes.empty());
    REQUIRE(practice.screens.size() == 2);
    const Question& second = *practice.screens[0].question;
    CHECK(second.max_attempts == 2);
    CHECK(std::get<ChoiceTask>(second.body).options.size() == 3);
    CHECK(correct_responses(second) == std::vector<Response>{{"middle"}});
    CHECK(practice.screens[1].kind == ScreenKind::Summary);
    CHECK(practice.screens[1].body.blocks.size() == 2);

    CHECK(course.reading_order().size() == 5);
    CHECK(course.find_screen("practice/key-points") == &practice.screens[1]);
}

TEST_CASE("a course loads the same from its folder or its course.toml", "[loader]") {
    LoadResult from_file = load_course(test::fixture_path("courses/valid/course.toml"));
    REQUIRE(from_file.course);
    CHECK(from_file.course->folder == fs::path(test::fixture_path("courses/valid")));
    CHECK(from_file.course->modules.size() == 2);
}

TEST_CASE("a module loads on its own, wrapped in a course of one module", "[loader]") {
    for (const std::string& path : {test::fixture_path("courses/valid/01-basics"),
                                    test::fixture_path("courses/valid/01-basics/module.toml")}) {
        LoadResult result = load_module(path);
        INFO(path);
        REQUIRE(result.course);
        CHECK(result.course->id == "basics");
        CHECK(result.course->title == "The basics");
        REQUIRE(result.course->modules.size() == 1);
        CHECK(result.course->modules[0].screens.size() == 3);
    }
}

TEST_CASE("diagnostics name files by the path as given", "[loader]") {
    fs::path relative = fs::relative(test::fixture_path("courses/invalid/missing-keys-course"), fs::current_path());
    LoadResult result = load_course(relative);
    REQUIRE_FALSE(result.diagnostics.all().empty());
    CHECK(result.diagnostics.all().front().where.file == (relative / "course.toml").string());
}

TEST_CASE("a path with no course or module in it is one error, not a crash", "[loader]") {
    test::TempDir dir;
    test::write_file(dir / "module-only/module.toml", "id = \"m\"\n");
    test::write_file(dir / "course-only/course.toml", "format = 1\n");

    struct Row {
        LoadResult result;
        std::string file;
        std::string message;
        std::string hint_part;
    };
    const std::vector<Row> rows = {
        {load_course(dir / "nowhere"), (dir / "nowhere").string(), "no such file or folder", "course.toml"},
        {load_course(dir / "module-only"), (dir / "module-only").string(), "there is no course.toml in this folder",
         "as a module"},
        {load_module(dir / "course-only"), (dir / "course-only").string(), "there is no module.toml in this folder",
         "as a course"},
        {load_module(dir.path()), dir.path().string(), "there is no module.toml in this folder", "module.toml"},
    };
    for (const Row& row : rows) {
        INFO(row.file);
        CHECK_FALSE(row.result.course);
        REQUIRE(row.result.diagnostics.all().size() == 1);
        const Diagnostic& d = row.result.diagnostics.all().front();
        CHECK(d.where.file == row.file);
        CHECK(d.where.line == 0);
        CHECK(d.message == row.message);
        CHECK(d.hint.find(row.hint_part) != std::string::npos);
    }
}

TEST_CASE("without an image checker, images are only checked for existence", "[loader]") {
    LoadResult result = load_module(test::fixture_path("courses/invalid/image-problems"));
    for (const Diagnostic& d : result.diagnostics.all()) CHECK(d.message.find("cannot be shown") == std::string::npos);
    test::FakeImageChecker images;
    LoadResult checked = load_module(test::fixture_path("courses/invalid/image-problems"), &images);
    CHECK(checked.diagnostics.error_count() == result.diagnostics.error_count() + 1);
}

// Each folder under fixtures/courses/invalid holds a course (or a lone module) and, in
// expected.txt, exactly what `primer validate` should print for it. To add a case, make
// the folder, run this test, review the printed output and paste it into expected.txt.
TEST_CASE("each invalid fixture reports exactly its expected diagnostics", "[loader]") {
    test::FakeImageChecker images;
    std::vector<fs::path> cases = invalid_cases();
    REQUIRE(cases.size() >= 20);
    for (const fs::path& folder : cases) {
        bool is_course = fs::exists(folder / "course.toml");
        LoadResult result = is_course ? load_course(folder, &images) : load_module(folder, &images);
        std::string actual = formatted(result.diagnostics, folder);
        std::string expected = test::read_file(folder / "expected.txt");
        INFO("case: " << folder.filename().string() << "\n--- actual ---\n" << actual << "--- end ---");
        CHECK(actual == expected);
        CHECK(result.course.has_value() == !result.diagnostics.has_errors());
    }
}

TEST_CASE("A diagnostic's line names the screen written there, for the preview's jump", "[preview]") {
    const LoadResult loaded = load_course(test::fixture_path("courses/valid"));
    REQUIRE(loaded.course);
    const Course& course = *loaded.course;
    const Screen& chart = *course.find_screen("basics/chart");
    const std::string basics = chart.where.file;
    const std::string practice = course.find_screen("practice/key-points")->where.file;
    REQUIRE(chart.where.line == 20);

    CHECK(course.screen_at({basics, 20, 1}) == ScreenRef{"basics", "chart"});   // the header itself
    CHECK(course.screen_at({basics, 22, 5}) == ScreenRef{"basics", "chart"});   // a key below it
    CHECK(course.screen_at({basics, 12, 1}) == ScreenRef{"basics", "welcome"});
    CHECK(course.screen_at({practice, 17, 3}) == ScreenRef{"practice", "second-question"});
    CHECK(course.screen_at({practice, 30, 1}) == ScreenRef{"practice", "key-points"});
    CHECK_FALSE(course.screen_at({basics, 3, 1}));      // the module's own keys
    CHECK_FALSE(course.screen_at({basics, 0, 0}));      // the file as a whole
    CHECK_FALSE(course.screen_at({"elsewhere.toml", 20, 1}));
}
