#include "installation_id.hpp"

#include "name_uuid.hpp"

namespace primer {
namespace {

bool lower_hex(std::string_view text) {
    return !text.empty() && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// The file holds the id and, as text files usually end, a line break.
std::string_view without_line_end(std::string_view text) {
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    return text;
}

bool is_uuid(std::string_view text) {
    if (text.size() != 36) return false;
    for (std::size_t dash : {8u, 13u, 18u, 23u})
        if (text[dash] != '-') return false;
    return lower_hex(text.substr(0, 8)) && lower_hex(text.substr(9, 4)) && lower_hex(text.substr(14, 4)) &&
           lower_hex(text.substr(19, 4)) && lower_hex(text.substr(24));
}

}  // namespace

bool is_installation_id(std::string_view text) {
    constexpr std::string_view kKeyPrefix = "ed25519:";
    if (text.substr(0, kKeyPrefix.size()) == kKeyPrefix) {
        const std::string_view hex = text.substr(kKeyPrefix.size());
        return hex.size() == 16 && lower_hex(hex);
    }
    return is_uuid(text);
}

InstallationIdChoice choose_installation_id(const std::optional<std::string>& saved, bool has_records,
                                            const std::string& key_id,
                                            const std::function<std::array<std::uint8_t, 16>()>& random) {
    InstallationIdChoice choice;
    if (saved) {
        const std::string_view text = without_line_end(*saved);
        if (is_installation_id(text))
            choice.id = std::string(text);
        else
            choice.problem = InstallationIdChoice::Problem::Malformed;
        return choice;
    }
    if (has_records) {
        if (is_installation_id(key_id))
            choice.id = key_id;
        else
            choice.problem = InstallationIdChoice::Problem::NeedsKeyId;
    } else {
        std::array<std::uint8_t, 16> bytes = random();
        bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0F) | 0x40);  // version 4: random
        bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3F) | 0x80);  // RFC 4122 variant
        choice.id = uuid_text(bytes);
    }
    choice.save = !choice.id.empty();
    return choice;
}

}  // namespace primer
