// libFuzzer target: the Markdown subset (md4c) to the blocks and spans screens draw.
#include "rich_text.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    primer::Diagnostics diagnostics;
    primer::RichText text = primer::parse_rich_text(std::string_view(reinterpret_cast<const char*>(data), size),
                                                    primer::SourceLoc{"fuzz.md", 1, 1}, diagnostics);
    (void)primer::plain_text(text);
    return 0;
}
