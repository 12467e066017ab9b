#include "speech_voice.hpp"

#include "espeak_library.hpp"

#include <SDL.h>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace primer {

namespace {

std::mutex g_espeak;  // espeak-ng has one global synthesiser
const EspeakLibrary* g_library = nullptr;
int g_sample_rate = 0;
std::string g_espeak_problem;

struct Collecting {
    std::vector<std::int16_t>* samples;
    const std::atomic<bool>* abort;
};

int collect(short* wav, int count, espeak_EVENT* events) {
    auto* into = static_cast<Collecting*>(events->user_data);
    if (wav && count > 0) into->samples->insert(into->samples->end(), wav, wav + count);
    return into->abort && into->abort->load() ? 1 : 0;  // 1 asks espeak to stop early
}

// Loads espeak-ng once; the caller holds g_espeak.
bool ready(std::string& problem) {
    static bool tried = false;
    if (!tried) {
        tried = true;
        g_library = espeak_library(g_espeak_problem);  // the problem names a missing library
        if (g_library) {
            g_sample_rate = g_library->initialize(AUDIO_OUTPUT_SYNCHRONOUS, 200, nullptr, 0);
            if (g_sample_rate <= 0) {
                g_espeak_problem = "espeak-ng could not load its voice data (install espeak-ng-data)";
            } else {
                g_library->set_synth_callback(collect);
            }
        }
    }
    problem = g_espeak_problem;
    return problem.empty();
}

// Puts espeak-ng in the voice of `language`, or English when it has none; the caller holds
// g_espeak. Chosen again only when the language changes. False, with `problem`, when not even
// English can be had.
bool use_voice(const std::string& language, Speech& speech, std::string& problem) {
    static std::string chosen_for = "\n";  // no tag: nothing chosen yet
    static std::string voice, fallback;
    if (language != chosen_for) {
        chosen_for = language;
        voice = espeak_voice_for(language);
        fallback.clear();
        if (g_library->set_voice_by_name(voice.c_str()) != EE_OK) {
            if (voice != espeak_voice_for(""))
                fallback = "espeak-ng has no voice for \"" + language + "\", so reading aloud is in English (install espeak-ng-data for more voices)";
            voice = g_library->set_voice_by_name(espeak_voice_for("").c_str()) == EE_OK ? espeak_voice_for("") : "";
        }
    }
    speech.voice = voice;
    speech.fallback = fallback;
    if (voice.empty()) problem = "espeak-ng has no English voice (install espeak-ng-data)";
    return !voice.empty();
}

Speech synthesise_until(const std::string& text, const std::string& language, double speed, float volume,
                        const std::atomic<bool>* abort, std::string& problem) {
    std::lock_guard<std::mutex> lock(g_espeak);
    Speech speech;
    if (!ready(problem) || !use_voice(language, speech, problem)) return speech;
    g_library->set_parameter(espeakRATE, speech_rate(speed), 0);
    Collecting into{&speech.samples, abort};
    espeak_ERROR result = g_library->synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &into);
    if (result != EE_OK) {
        problem = "espeak-ng could not say that sentence";
        speech.samples.clear();
        return speech;
    }
    speech.sample_rate = g_sample_rate;
    const float gain = std::clamp(volume, 0.0f, 1.0f);
    for (std::int16_t& sample : speech.samples) sample = static_cast<std::int16_t>(std::lround(sample * gain));
    return speech;
}

}  // namespace

int speech_rate(double speed) {
    return static_cast<int>(std::lround(espeakRATE_NORMAL * std::clamp(speed, 0.75, 1.5)));
}

std::string espeak_voice_for(const std::string& language) {
    std::string primary = language.substr(0, language.find_first_of("-_"));
    std::transform(primary.begin(), primary.end(), primary.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return primary.empty() ? "en" : primary;  // espeak-ng's "en" is British English
}

Speech synthesise(const std::string& text, const std::string& language, double speed, float volume,
                  std::string& problem) {
    return synthesise_until(text, language, speed, volume, nullptr, problem);
}

SpeechVoice::~SpeechVoice() { stop(); }

void SpeechVoice::start(std::vector<std::string> sentences, const std::string& language, double speed, float volume) {
    stop();
    std::string problem;
    int rate = 0;
    {
        std::lock_guard<std::mutex> lock(g_espeak);
        if (ready(problem)) rate = g_sample_rate;
    }
    // The device is opened here, on the thread that owns SDL, and only while reading.
    if (rate > 0 && !open_device(rate)) problem = std::string("no sound device: ") + SDL_GetError();
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stopping = false;
    m_status = Status{};
    m_status.reading = true;
    m_status.problem = problem;
    m_worker = std::thread(&SpeechVoice::run, this, std::move(sentences), language, speed, volume);
}

void SpeechVoice::stop() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_worker.joinable()) m_worker.join();
    close_device();
    std::lock_guard<std::mutex> lock(m_mutex);
    m_status.reading = false;
    m_status.sentence = -1;
}

SpeechVoice::Status SpeechVoice::poll() {
    std::unique_lock<std::mutex> lock(m_mutex);
    Status status = m_status;
    if (status.reading && status.sentence >= 0)
        status.seconds_left = std::max(0.0, std::chrono::duration<double>(m_sentence_end - Clock::now()).count());
    lock.unlock();
    // Reading ran to its end: join the finished worker and let the device go.
    if (!status.reading && m_worker.joinable()) stop();
    return status;
}

void SpeechVoice::run(std::vector<std::string> sentences, std::string language, double speed, float volume) {
    std::string problem;
    Speech next;
    if (!sentences.empty()) next = synthesise_until(sentences[0], language, speed, volume, &m_stopping, problem);
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        Speech current = std::move(next);
        // Without a voice there is nothing to time it by: a steady 2.5 words a second instead.
        double seconds = current.seconds();
        if (current.samples.empty()) {
            double words = static_cast<double>(std::count(sentences[i].begin(), sentences[i].end(), ' ') + 1);
            seconds = words / (2.5 * std::clamp(speed, 0.75, 1.5));
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stopping) break;
            m_status.sentence = static_cast<int>(i);
            m_status.heard = m_device != 0 && !current.samples.empty();
            if (!problem.empty() && m_status.problem.empty()) m_status.problem = problem;
            if (!current.fallback.empty()) m_status.fallback = current.fallback;
            m_sentence_end = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
        }
        if (m_device != 0 && !current.samples.empty())
            SDL_QueueAudio(m_device, current.samples.data(),
                           static_cast<Uint32>(current.samples.size() * sizeof(std::int16_t)));
        // The next sentence is made while this one plays, so there is no gap between them.
        if (i + 1 < sentences.size())
            next = synthesise_until(sentences[i + 1], language, speed, volume, &m_stopping, problem);
        std::unique_lock<std::mutex> lock(m_mutex);
        if (m_wake.wait_until(lock, m_sentence_end, [this] { return m_stopping.load(); })) break;
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_status.reading = false;
    m_status.sentence = -1;
}

bool SpeechVoice::open_device(int sample_rate) {
    // SDL's audio brings up its event loop, which would otherwise catch SIGINT and SIGTERM
    // as quit events nobody reads: the player could then not be stopped while it spoke.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) return false;
    SDL_AudioSpec want{};
    want.freq = sample_rate;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 1024;
    m_device = SDL_OpenAudioDevice(nullptr, 0, &want, nullptr, 0);
    if (m_device == 0) {
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return false;
    }
    SDL_PauseAudioDevice(m_device, 0);
    return true;
}

void SpeechVoice::close_device() {
    if (m_device == 0) return;
    SDL_CloseAudioDevice(m_device);
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    m_device = 0;
}

}  // namespace primer
