// libFuzzer target: saved progress as read back from the database, which a damaged disk
// or a hand edit can turn into anything. Whatever decodes must encode and decode again
// to the same progress, or a resume would quietly change what the learner had done.
#include "progress_codec.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string error;
    auto decoded = primer::decode_progress(std::string(reinterpret_cast<const char*>(data), size), error);
    if (!decoded) return 0;
    auto again = primer::decode_progress(primer::encode_progress(*decoded), error);
    if (!again || !(*again == *decoded)) std::abort();
    return 0;
}
