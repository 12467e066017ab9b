// Name-based UUIDs (RFC 4122 version 5, SHA-1): the same name always gives the same id,
// so a statement exported or sent twice is the same statement to an LRS, never a duplicate.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace primer {

std::array<std::uint8_t, 20> sha1(std::string_view bytes);

// The version 5 UUID of `name` in Primer's own namespace, in the standard lower-case form.
std::string name_uuid(std::string_view name);

// 16 bytes in the standard lower-case UUID form (8-4-4-4-12 hex digits), as they are.
std::string uuid_text(const std::array<std::uint8_t, 16>& bytes);

}  // namespace primer
