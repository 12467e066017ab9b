// Image files as the player and `primer validate` read them: PNG or JPEG only, screened
// before stb_image sees the bytes. stb_image is small and fast but not hardened against
// hostile files (fuzzing found a JPEG that overruns its Huffman tables), and modules
// come from outside, so the known ways in are closed here, in one place for both users.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

namespace primer {

// The largest image side Primer decodes: beyond any screen, and small enough that stb_image's
// working memory for the worst file (a 16-bit PNG, a progressive JPEG) stays in the low
// hundreds of megabytes; at 8192 the fuzzer found a JPEG that asked for 721 MB.
constexpr int kMaxImageSide = 4096;

struct DecodedImage {
    std::unique_ptr<unsigned char, void (*)(void*)> pixels{nullptr, nullptr};  // RGBA, 8 bits each
    int width = 0;
    int height = 0;
    std::string problem;  // why there are no pixels, as a sentence ending "; save it as PNG or JPEG"
};

DecodedImage decode_image(const std::filesystem::path& file);

// Empty when stb_image may be given these bytes; otherwise why not (for tests and the above).
std::string screen_image_bytes(const unsigned char* bytes, size_t size);

}  // namespace primer
