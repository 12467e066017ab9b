#include "image_file.hpp"

#include <stb/stb_image.h>

#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <vector>

namespace primer {

namespace {

bool starts_with(const unsigned char* bytes, size_t size, const char* magic, size_t length) {
    return size >= length && std::memcmp(bytes, magic, length) == 0;
}

// True when the DHT segment at `at` (FF C4) declares a table of more than 256 codes.
// stb_image (as Debian ships it) copies the declared number into fixed 256-entry arrays
// without checking, writing past them. Tables are read as stb_image reads them: on
// until the segment's length is used up, even when the last one runs past it, and
// with zeros for any bytes past the end of the file.
bool overlong_huffman_table(const unsigned char* bytes, size_t size, size_t at) {
    if (at + 4 > size) return false;
    auto byte = [&](size_t i) -> size_t { return i < size ? bytes[i] : 0; };
    size_t end = at + 2 + (byte(at + 2) << 8 | byte(at + 3));
    for (size_t table = at + 4; table < end && table < size;) {
        size_t codes = 0;
        for (size_t i = 1; i <= 16; ++i) codes += byte(table + i);
        if (codes > 256) return true;
        table += 17 + codes;
    }
    return false;
}

// Finds every Huffman table stb_image would read: segment by segment up to the first
// scan; after it, wherever FF C4 appears, since stb_image looks for markers between
// and inside scans (entropy-coded data never holds FF C4 in a well-formed file).
std::string screen_jpeg(const unsigned char* bytes, size_t size) {
    size_t at = 2;  // after FF D8
    bool in_scans = false;
    while (at + 4 <= size) {
        if (in_scans) {
            if (bytes[at] == 0xFF && bytes[at + 1] == 0xC4 && overlong_huffman_table(bytes, size, at))
                return "a Huffman table in the JPEG is damaged";
            ++at;
            continue;
        }
        if (bytes[at] != 0xFF) return "the JPEG's structure is damaged";
        unsigned char marker = bytes[at + 1];
        if (marker == 0xFF || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            at += marker == 0xFF ? 1 : 2;  // fill bytes, and markers without a length
            continue;
        }
        if (marker == 0xD9) return {};  // the end
        if (marker == 0xC4 && overlong_huffman_table(bytes, size, at)) return "a Huffman table in the JPEG is damaged";
        in_scans = marker == 0xDA;
        at += 2 + (static_cast<size_t>(bytes[at + 2]) << 8 | bytes[at + 3]);
    }
    return {};
}

// stb_image sizes its buffer from each PNG chunk's declared length before reading it, so a
// hostile length asks for hundreds of megabytes (found by fuzz_image_checker). Every
// chunk must fit in the file.
std::string screen_png(const unsigned char* bytes, size_t size) {
    for (size_t at = 8; at + 8 <= size;) {
        const size_t length = static_cast<size_t>(bytes[at]) << 24 | static_cast<size_t>(bytes[at + 1]) << 16 |
                              static_cast<size_t>(bytes[at + 2]) << 8 | bytes[at + 3];
        if (length > size - at - 8) return "a chunk in the PNG is longer than the file";
        if (std::memcmp(bytes + at + 4, "IEND", 4) == 0) break;
        at += 12 + length;  // length, type, data, CRC
    }
    return {};
}

std::string cannot_decode(const std::string& reason) {
    return "the image cannot be decoded (" + reason + "); save it as PNG or JPEG";
}

}  // namespace

std::string screen_image_bytes(const unsigned char* bytes, size_t size) {
    std::string problem;
    if (starts_with(bytes, size, "\x89PNG\r\n\x1a\n", 8)) {
        problem = screen_png(bytes, size);
    } else if (starts_with(bytes, size, "\xFF\xD8\xFF", 3)) {
        problem = screen_jpeg(bytes, size);
    } else {
        return cannot_decode("it is not a PNG or JPEG file");
    }
    if (!problem.empty()) return cannot_decode(problem);
    int width = 0, height = 0, channels = 0;
    if (stbi_info_from_memory(bytes, static_cast<int>(size), &width, &height, &channels) &&
        (width > kMaxImageSide || height > kMaxImageSide))
        return cannot_decode("it is " + std::to_string(width) + " x " + std::to_string(height) +
                             " pixels; Primer shows images up to " + std::to_string(kMaxImageSide) + " pixels a side");
    return {};
}

DecodedImage decode_image(const std::filesystem::path& file) {
    DecodedImage image;
    std::ifstream in(file, std::ios::binary);
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
        image.problem = cannot_decode("the file cannot be read");
        return image;
    }
    if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max())) {
        image.problem = cannot_decode("the file is too large");
        return image;
    }
    image.problem = screen_image_bytes(bytes.data(), bytes.size());
    if (!image.problem.empty()) return image;
    int channels = 0;
    unsigned char* pixels = stbi_load_from_memory(bytes.data(), static_cast<int>(bytes.size()), &image.width,
                                                  &image.height, &channels, 4);
    if (!pixels) {
        const char* reason = stbi_failure_reason();
        image.problem = cannot_decode(reason ? reason : "unknown reason");
        return image;
    }
    image.pixels = {pixels, stbi_image_free};
    return image;
}

}  // namespace primer
