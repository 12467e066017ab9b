// libFuzzer target: the module script parser and validator on hostile files.
// Input without a NUL byte is one module.toml, loaded as `primer validate MODULE` does.
// Input with NUL bytes is a course: course.toml, then each module.toml in turn, written
// to folders m1, m2, ... (make_corpus.sh rewrites seed courses to list those names).
#include "course_loader.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include <unistd.h>

namespace fs = std::filesystem;

namespace {

const fs::path& scratch() {
    static const fs::path dir = [] {
        fs::path made = fs::temp_directory_path() / ("primer-fuzz-loader-" + std::to_string(::getpid()));
        fs::create_directories(made);
        return made;
    }();
    return dir;
}

void write(const fs::path& file, std::string_view text) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary).write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const fs::path& root = scratch();
    std::error_code ignored;
    for (const auto& entry : fs::directory_iterator(root, ignored)) fs::remove_all(entry.path(), ignored);

    std::string_view input(reinterpret_cast<const char*>(data), size);
    std::size_t cut = input.find('\0');
    if (cut == std::string_view::npos) {
        write(root / "module.toml", input);
        (void)primer::load_module(root);
        return 0;
    }
    write(root / "course.toml", input.substr(0, cut));
    for (int module = 1; cut != std::string_view::npos && module <= 8; ++module) {
        std::size_t next = input.find('\0', cut + 1);
        write(root / ("m" + std::to_string(module)) / "module.toml",
              input.substr(cut + 1, next == std::string_view::npos ? std::string_view::npos : next - cut - 1));
        cut = next;
    }
    (void)primer::load_course(root);
    return 0;
}
