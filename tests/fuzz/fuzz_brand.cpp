// libFuzzer target: the brand parser and its checks on a hostile brand.toml, loaded as
// `primer validate BRAND` does (without the image and font decoders, which have their own
// targets or are screened before decoding).
#include "brand.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace fs = std::filesystem;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const fs::path root = [] {
        fs::path made = fs::temp_directory_path() / ("primer-fuzz-brand-" + std::to_string(::getpid()));
        fs::create_directories(made);
        return made;
    }();
    std::ofstream(root / "brand.toml", std::ios::binary)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    (void)primer::load_brand(root);
    return 0;
}
