// libFuzzer target: an XLIFF file back from a translator (`primer translate import`).
// Beyond not crashing, it checks what import relies on: a document or an error with a
// line and column, never both; unit ids unique and non-empty; and that merging the
// document into the fixture-shaped module below either refuses with a sentence or writes
// a translation file that reads back with exactly the merged entries.
#include "translation_file.hpp"
#include "translation_import.hpp"
#include "xliff.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string_view>
#include <unistd.h>

namespace {

primer::Module small_module() {
    primer::Module module;
    module.id = "m";
    module.title = "Fire safety";
    primer::Screen screen;
    screen.id = "welcome";
    screen.title = "Welcome";
    module.screens.push_back(screen);
    return module;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const primer::XliffRead read = primer::read_xliff(std::string_view(reinterpret_cast<const char*>(data), size));
    if (read.document.has_value() == !read.error.empty()) std::abort();
    if (!read.document) {
        if (read.error.find(':') == std::string::npos) std::abort();
        return 0;
    }
    std::set<std::string> ids;
    for (const primer::XliffUnit& unit : read.document->units)
        if (unit.id.empty() || !ids.insert(unit.id).second) std::abort();

    static const primer::Module module = small_module();
    const primer::TranslationImport merged = primer::merge_xliff(module, "en-GB", *read.document, nullptr);
    if (!merged.error.empty()) return 0;
    static const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("fuzz-xliff-" + std::to_string(getpid())) / "xx.toml";
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << primer::write_translation_file(module.id, "xx", merged.entries);
    primer::Diagnostics diagnostics;
    const auto back = primer::read_translation_file(file, diagnostics);
    if (!back || diagnostics.has_errors() || back->entries.size() != merged.entries.size()) std::abort();
    for (std::size_t i = 0; i < merged.entries.size(); ++i)
        if (back->entries[i].text != merged.entries[i].text || back->entries[i].id != merged.entries[i].id) std::abort();
    return 0;
}
