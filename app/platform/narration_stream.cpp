#include "narration_stream.hpp"

#define STB_VORBIS_HEADER_ONLY
#include <stb_vorbis.h>

#include <algorithm>
#include <cmath>

namespace primer {

namespace {
constexpr int kBlockFrames = 1024;
}

std::unique_ptr<NarrationStream> NarrationStream::open(const std::filesystem::path& file, double seconds, double speed,
                                                     int output_rate, int output_channels) {
    int error = 0;
    stb_vorbis* vorbis = stb_vorbis_open_filename(file.string().c_str(), &error, nullptr);
    if (!vorbis) return nullptr;
    const stb_vorbis_info info = stb_vorbis_get_info(vorbis);
    if (info.channels < 1 || info.sample_rate == 0 || output_rate <= 0 || output_channels < 1) {
        stb_vorbis_close(vorbis);
        return nullptr;
    }
    // Compared as a double first: a position far past the end does not fit in an unsigned.
    const double wanted = std::max(0.0, std::floor(seconds * info.sample_rate));
    const bool past_end = wanted > 0 && wanted >= static_cast<double>(stb_vorbis_stream_length_in_samples(vorbis));
    const auto first = past_end ? 0u : static_cast<unsigned>(wanted);
    if (past_end || (first > 0 && !stb_vorbis_seek(vorbis, first))) {  // nothing left to play
        stb_vorbis_close(vorbis);
        return nullptr;
    }
    return std::make_unique<NarrationStream>(vorbis, output_rate, output_channels, speed);
}

NarrationStream::NarrationStream(stb_vorbis* vorbis, int output_rate, int output_channels, double speed)
    : m_vorbis(vorbis),
      m_channels(stb_vorbis_get_info(vorbis).channels),
      m_output_channels(output_channels),
      m_stretcher(static_cast<int>(stb_vorbis_get_info(vorbis).sample_rate), output_rate, m_channels, speed),
      m_block(static_cast<std::size_t>(kBlockFrames * m_channels)) {}

NarrationStream::~NarrationStream() { stb_vorbis_close(m_vorbis); }

bool NarrationStream::decode_more() {
    const int frames = stb_vorbis_get_samples_float_interleaved(m_vorbis, m_channels, m_block.data(),
                                                                static_cast<int>(m_block.size()));
    if (frames <= 0) return false;
    m_stretcher.put(m_block.data(), static_cast<std::size_t>(frames));
    return true;
}

std::size_t NarrationStream::read(float* out, std::size_t frames) {
    std::size_t done = 0;
    while (done < frames) {
        if (m_stretcher.ready() == 0) {
            if (m_ended) break;
            if (!decode_more()) {
                m_ended = true;
                m_stretcher.finish();
            }
            continue;
        }
        const std::size_t want = std::min(frames - done, m_stretcher.ready());
        m_stretched.resize(want * static_cast<std::size_t>(m_channels));
        const std::size_t got = m_stretcher.take(m_stretched.data(), want);
        // Each device channel takes the file's channel of the same number, or its last one:
        // a mono narration is heard on every speaker.
        for (std::size_t f = 0; f < got; ++f)
            for (int c = 0; c < m_output_channels; ++c)
                out[(done + f) * static_cast<std::size_t>(m_output_channels) + static_cast<std::size_t>(c)] =
                    m_stretched[f * static_cast<std::size_t>(m_channels) + static_cast<std::size_t>(std::min(c, m_channels - 1))];
        done += got;
        if (got == 0) break;
    }
    return done;
}

}  // namespace primer
