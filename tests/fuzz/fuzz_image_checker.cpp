// libFuzzer target: image files through the platform's checker (stb_image), the same
// decoder the player draws with, so a hostile image in a module cannot crash either.
#include "stb_image_checker.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("primer-fuzz-image-" + std::to_string(::getpid()));
    std::ofstream(file, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    (void)primer::StbImageChecker().check(file);
    return 0;
}
