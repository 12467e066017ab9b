// An OGG narration read from a position, decoded a block at a time (stb_vorbis) and
// stretched to a speed with its pitch kept (TimeStretcher), in the device's sample rate and
// channels. The audio thread pulls from it as it plays, so no speed costs a wait to start.
#pragma once

#include "time_stretcher.hpp"

#include <cstddef>
#include <filesystem>
#include <memory>
#include <vector>

typedef struct stb_vorbis stb_vorbis;

namespace primer {

class NarrationStream {
public:
    // Null when the file cannot be read as Ogg Vorbis, or `seconds` is past its end.
    static std::unique_ptr<NarrationStream> open(const std::filesystem::path& file, double seconds, double speed,
                                               int output_rate, int output_channels);
    NarrationStream(stb_vorbis* vorbis, int output_rate, int output_channels, double speed);  // takes `vorbis`
    ~NarrationStream();
    NarrationStream(const NarrationStream&) = delete;
    NarrationStream& operator=(const NarrationStream&) = delete;

    // Up to `frames` frames of `output_channels` interleaved samples into `out`; fewer only
    // once the narration has ended.
    std::size_t read(float* out, std::size_t frames);

private:
    bool decode_more();  // false at the end of the file

    stb_vorbis* m_vorbis;
    int m_channels;
    int m_output_channels;
    TimeStretcher m_stretcher;
    std::vector<float> m_block;    // decoded, in the file's channels
    std::vector<float> m_stretched;  // stretched, in the file's channels
    bool m_ended = false;
};

}  // namespace primer
