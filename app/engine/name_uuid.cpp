#include "name_uuid.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace primer {
namespace {

std::uint32_t rotate(std::uint32_t value, int bits) { return (value << bits) | (value >> (32 - bits)); }

// Primer's namespace UUID, 6f0c3b1e-5a2d-4c6e-9b1f-7d3e2a9c4b58, as bytes.
constexpr std::array<std::uint8_t, 16> kNamespace = {0x6f, 0x0c, 0x3b, 0x1e, 0x5a, 0x2d, 0x4c, 0x6e,
                                                     0x9b, 0x1f, 0x7d, 0x3e, 0x2a, 0x9c, 0x4b, 0x58};

}  // namespace

// FIPS 180-4 SHA-1. Used only to name records (RFC 4122 asks for it), never for security.
std::array<std::uint8_t, 20> sha1(std::string_view bytes) {
    std::uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    std::vector<std::uint8_t> message(bytes.begin(), bytes.end());
    const std::uint64_t bit_length = static_cast<std::uint64_t>(message.size()) * 8;
    message.push_back(0x80);
    while (message.size() % 64 != 56) message.push_back(0);
    for (int i = 7; i >= 0; --i) message.push_back(static_cast<std::uint8_t>(bit_length >> (i * 8)));

    for (std::size_t chunk = 0; chunk < message.size(); chunk += 64) {
        std::uint32_t w[80];
        for (int i = 0; i < 16; ++i) {
            const std::uint8_t* p = &message[chunk + static_cast<std::size_t>(i) * 4];
            w[i] = (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
        }
        for (int i = 16; i < 80; ++i) w[i] = rotate(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int i = 0; i < 80; ++i) {
            std::uint32_t f, k;
            if (i < 20) f = (b & c) | (~b & d), k = 0x5A827999;
            else if (i < 40) f = b ^ c ^ d, k = 0x6ED9EBA1;
            else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
            else f = b ^ c ^ d, k = 0xCA62C1D6;
            const std::uint32_t next = rotate(a, 5) + f + e + k + w[i];
            e = d, d = c, c = rotate(b, 30), b = a, a = next;
        }
        h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
    }
    std::array<std::uint8_t, 20> digest{};
    for (int i = 0; i < 20; ++i) digest[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(h[i / 4] >> (24 - (i % 4) * 8));
    return digest;
}

std::string name_uuid(std::string_view name) {
    std::string input(kNamespace.begin(), kNamespace.end());
    input.append(name);
    std::array<std::uint8_t, 20> hash = sha1(input);
    hash[6] = static_cast<std::uint8_t>((hash[6] & 0x0F) | 0x50);  // version 5
    hash[8] = static_cast<std::uint8_t>((hash[8] & 0x3F) | 0x80);  // RFC 4122 variant
    std::array<std::uint8_t, 16> bytes{};
    std::copy_n(hash.begin(), bytes.size(), bytes.begin());
    return uuid_text(bytes);
}

std::string uuid_text(const std::array<std::uint8_t, 16>& b) {
    char text[37];
    std::snprintf(text, sizeof text, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                  b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return text;
}

}  // namespace primer
