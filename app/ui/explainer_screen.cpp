// A narrated explainer: the stage, the caption under it, the controls (play and pause,
// replay, ten seconds back or on, a timeline to seek, captions, transcript, speed, volume)
// and the transcript. Keys: Space or K plays and pauses, J and L go back and on ten seconds,
// R replays, C turns captions on and off, T shows the transcript, < and > set the speed,
// - and + the volume. The narration's place is a NarrationClock, so with no sound the
// captions keep time alone, at the chosen speed.
#include "explainer_stage.hpp"
#include "read_along.hpp"
#include "rich_text_view.hpp"
#include "time_format.hpp"
#include "views.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace primer::ui {

namespace {

constexpr double kSkipSeconds = 10;
constexpr float kVolumeStep = 0.1f;

// 65.4 -> "1:05". WebVTT allows hours of any length; clamp before converting so none overflows.
std::string clock_text(double seconds) { return format_clock(static_cast<long long>(std::clamp(seconds, 0.0, 1e12))); }

double now() { return ImGui::GetTime(); }

// Keeps the clock in charge: the sound follows it, and silence is a normal way to play.
class Transport {
public:
    Transport(const Context& context, const Explainer& explainer, ScreenState& state)
        : m_sound(context.sound), m_prefs(context.narration), m_explainer(explainer), m_state(state) {
        if (m_state.narration.duration() != explainer.duration_seconds())
            m_state.narration = NarrationClock(explainer.duration_seconds());
    }

    NarrationClock& clock() { return m_state.narration; }
    bool playing() const { return m_state.narration.playing(now()); }
    double position() const { return m_state.narration.position(now()); }

    void toggle() { playing() ? pause() : play(); }
    void play() {
        clock().play(now());
        start_sound();
    }
    void pause() {
        clock().pause(now());
        stop_sound();
    }
    void seek(double seconds) {
        clock().seek(seconds, now());
        if (playing()) start_sound();
    }
    void replay() {
        seek(0);
        if (!playing()) play();
    }
    // Moves the clock while the timeline is dragged, silencing the sound until the drag ends.
    void scrub(double seconds) {
        clock().seek(seconds, now());
        stop_sound();
    }
    void resume_sound() {
        if (playing()) start_sound();
    }
    // The clock runs at the learner's speed; a change restarts the sound there, at the new speed.
    void follow_speed() {
        const double rate = m_prefs.speed / 100.0;
        if (clock().rate() == rate) return;
        clock().set_rate(rate, now());
        if (playing()) start_sound();
    }
    // One speed step slower (-1) or faster (+1), or round from the fastest to the slowest (0).
    void step_speed(int step) {
        const auto at = std::find(kNarrationSpeeds.begin(), kNarrationSpeeds.end(), m_prefs.speed);
        const int index = at == kNarrationSpeeds.end() ? 0 : static_cast<int>(at - kNarrationSpeeds.begin());
        const int last = static_cast<int>(kNarrationSpeeds.size()) - 1;
        const int next = step == 0 ? (index == last ? 0 : index + 1) : std::clamp(index + step, 0, last);
        m_prefs.speed = kNarrationSpeeds[static_cast<std::size_t>(next)];
        follow_speed();
    }
    void set_volume(float volume) {
        m_prefs.volume = std::clamp(volume, 0.0f, 1.0f);
        if (m_state.narration_heard && m_sound.set_volume) m_sound.set_volume(m_prefs.volume);
    }
    // Once the narration has run to its end, the device is let go.
    void settle() {
        if (!playing() && m_state.narration_heard) stop_sound();
    }

private:
    void start_sound() {
        const bool can = !m_explainer.narration.empty() && m_sound.play;
        m_state.narration_heard =
            can && m_sound.play(m_explainer.narration, position(), m_prefs.volume, clock().rate());
        m_state.narration_silent = !m_state.narration_heard;
    }
    void stop_sound() {
        if (m_state.narration_heard && m_sound.stop) m_sound.stop();
        m_state.narration_heard = false;
    }

    const SoundOutput& m_sound;
    NarrationPrefs& m_prefs;
    const Explainer& m_explainer;
    ScreenState& m_state;
};

void handle_keys(Transport& transport, NarrationPrefs& prefs) {
    if (pressed(ImGuiKey_Space) || typed('k')) transport.toggle();
    if (typed('j')) transport.seek(transport.position() - kSkipSeconds);
    if (typed('l')) transport.seek(transport.position() + kSkipSeconds);
    if (typed('r')) transport.replay();
    if (typed('c')) prefs.captions = !prefs.captions;
    if (typed('t')) prefs.transcript = !prefs.transcript;
    if (typed('<')) transport.step_speed(-1);
    if (typed('>')) transport.step_speed(+1);
    if (typed('-')) transport.set_volume(prefs.volume - kVolumeStep);
    if (typed('+') || typed('=')) transport.set_volume(prefs.volume + kVolumeStep);
}

// The caption in a dark band of fixed height, so the controls below do not jump.
void draw_caption(const Theme& theme, const Explainer& explainer, double position, float width) {
    const int cue = caption_at(explainer, position);
    const std::string text = cue >= 0 ? explainer.captions.cues[static_cast<std::size_t>(cue)].text : "";
    const float padding = theme.px(14);
    ImGui::PushFont(theme.fonts.caption);
    const float two_lines = ImGui::GetTextLineHeightWithSpacing() * 2;
    const float height = std::max(two_lines, ImGui::CalcTextSize(text.c_str(), nullptr, false, width - padding * 2).y) +
                         padding * 2;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.colors.text);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.background);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, padding));
    ImGui::BeginChild("caption", ImVec2(width, height), false, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
    ImGui::PushTextWrapPos(width - padding);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    ImGui::PopFont();
}

// A bar to click or drag along, filled up to `fraction`; `dragging` gives where the mouse
// holds it (0 to 1) and `released` says a drag has just ended.
struct BarInput {
    std::optional<float> dragging;
    bool released = false;
};

BarInput bar_control(const char* id, const Theme& theme, float fraction, float width) {
    const float height = ImGui::GetFrameHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, ImVec2(width, height));
    BarInput input;
    if (ImGui::IsItemActive()) input.dragging = std::clamp((ImGui::GetIO().MousePos.x - at.x) / width, 0.0f, 1.0f);
    input.released = ImGui::IsItemDeactivated();
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    const float done = std::clamp(fraction, 0.0f, 1.0f) * width;
    const float middle = at.y + height * 0.5f;
    const float thickness = theme.px(6);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(at.x, middle - thickness * 0.5f), ImVec2(at.x + width, middle + thickness * 0.5f),
                        ImGui::GetColorU32(theme.colors.border), thickness);
    draw->AddRectFilled(ImVec2(at.x, middle - thickness * 0.5f), ImVec2(at.x + done, middle + thickness * 0.5f),
                        ImGui::GetColorU32(theme.colors.primary), thickness);
    draw->AddCircleFilled(ImVec2(at.x + done, middle), theme.px(9), ImGui::GetColorU32(theme.colors.primary));
    return input;
}

// The timeline; the sound waits until a drag ends, so it does not stutter.
void draw_timeline(const Theme& theme, Transport& transport, float width) {
    const double duration = transport.clock().duration();
    const std::string times = clock_text(transport.position()) + " / " + clock_text(duration);
    const float track = width - ImGui::CalcTextSize(times.c_str()).x - theme.px(16);
    const float fraction = duration > 0 ? static_cast<float>(transport.position() / duration) : 0.0f;
    BarInput input = bar_control("timeline", theme, fraction, track);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", theme.text("explainer.timeline_tip"));
    if (input.dragging) transport.scrub(*input.dragging * duration);
    if (input.released) transport.resume_sound();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(times.c_str());
}

void draw_buttons(const Theme& theme, Transport& transport, NarrationPrefs& prefs, float width) {
    const float line_start = ImGui::GetCursorPosX();
    const bool playing = transport.playing();
    const bool at_end = transport.clock().finished(now());
    if (primary_button(theme.text(playing ? "explainer.pause" : at_end ? "explainer.play_again" : "explainer.play"), theme))
        transport.toggle();
    ImGui::SameLine();
    if (secondary_button(theme.text("explainer.replay"), theme)) transport.replay();
    ImGui::SameLine();
    if (secondary_button("-10 s", theme)) transport.seek(transport.position() - kSkipSeconds);
    ImGui::SameLine();
    if (secondary_button("+10 s", theme)) transport.seek(transport.position() + kSkipSeconds);

    // Captions, transcript, speed and volume sit at the right, or on a line of their own when narrow.
    const char* captions = theme.text(prefs.captions ? "explainer.captions_on" : "explainer.captions_off");
    const char* transcript = theme.text(prefs.transcript ? "explainer.hide_transcript" : "explainer.transcript");
    const std::string speed = format_text(theme.text("explainer.speed"), {{"percent", std::to_string(prefs.speed)}});
    const float volume_width = theme.px(110);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float group = button_width(captions, theme) + button_width(transcript, theme) +
                        button_width(speed.c_str(), theme) + ImGui::CalcTextSize(theme.text("explainer.volume")).x +
                        volume_width + spacing * 4;
    ImGui::SameLine();
    const float group_start = line_start + width - group;
    if (ImGui::GetCursorPosX() > group_start) {
        ImGui::NewLine();
        ImGui::SetCursorPosX(line_start);
    } else {
        ImGui::SetCursorPosX(group_start);
    }
    if (secondary_button(captions, theme)) prefs.captions = !prefs.captions;
    ImGui::SameLine();
    if (secondary_button(transcript, theme)) prefs.transcript = !prefs.transcript;
    ImGui::SameLine();
    if (secondary_button(speed.c_str(), theme)) transport.step_speed(0);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", theme.text("explainer.speed_tip"));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(theme.text("explainer.volume"));
    ImGui::SameLine();
    BarInput volume = bar_control("volume", theme, prefs.volume, volume_width);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", format_text(theme.text("explainer.volume_tip"),
                                            {{"percent", std::to_string(static_cast<int>(prefs.volume * 100 + 0.5f))}})
                                    .c_str());
    if (volume.dragging) transport.set_volume(*volume.dragging);
}

// Every cue with its time; the one being spoken is marked, and a click goes to it. Charts
// and images are described where they appear, so the transcript stands in for the stage.
void draw_transcript(const Context& context, const Explainer& explainer, Transport& transport, float width) {
    const Theme& theme = context.theme;
    ImGui::PushFont(theme.fonts.bold);
    read_along_text(theme.text("explainer.transcript"), width, theme);
    ImGui::PopFont();
    const int speaking = cue_at(explainer.captions, transport.position());
    std::size_t next_beat = 0;
    const float time_column = ImGui::CalcTextSize("00:00").x + theme.px(12);
    for (std::size_t i = 0; i < explainer.captions.cues.size(); ++i) {
        const Cue& cue = explainer.captions.cues[i];
        for (; next_beat < explainer.beats.size() && explainer.beats[next_beat].starts_at <= cue.start_seconds; ++next_beat) {
            const Beat& beat = explainer.beats[next_beat];
            if (beat.kind == Beat::Kind::Chart)
                small_text("[Chart: " + (beat.chart_title.empty() ? "" : beat.chart_title + ". ") + describe_chart(beat) + "]",
                           theme, width);
            else if (beat.kind == Beat::Kind::Image && beat.image)
                small_text("[Image: " + beat.image->alt + "]", theme, width);
        }
        ImGui::PushID(static_cast<int>(i));
        const bool now_speaking = static_cast<int>(i) == speaking;
        const ImVec2 top = ImGui::GetCursorPos();
        ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.muted_text);
        ImGui::TextUnformatted(clock_text(cue.start_seconds).c_str());
        ImGui::PopStyleColor();
        ImGui::SetCursorPos(ImVec2(top.x + time_column, top.y));
        if (now_speaking) ImGui::PushFont(theme.fonts.bold);
        read_along_text(cue.text, width - time_column, theme);
        if (now_speaking) ImGui::PopFont();
        const ImVec2 bottom = ImGui::GetCursorPos();
        ImGui::SetCursorPos(top);
        if (ImGui::InvisibleButton("cue", ImVec2(width, std::max(1.0f, bottom.y - top.y - ImGui::GetStyle().ItemSpacing.y))))
            transport.seek(cue.start_seconds);
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetCursorPos(bottom);
        ImGui::PopID();
    }
}

// Why nothing can be heard, in the stage's top right corner where it is always in view.
void draw_silence_note(const Theme& theme, const char* note, ImVec2 top_right) {
    ImGui::PushFont(theme.fonts.small);
    const ImVec2 size = ImGui::CalcTextSize(note);
    const float margin = theme.px(12);
    ImGui::GetWindowDrawList()->AddText(ImVec2(top_right.x - size.x - margin, top_right.y + margin),
                                        ImGui::GetColorU32(theme.colors.muted_text), note);
    ImGui::PopFont();
}

}  // namespace

void draw_explainer_screen(const Context& context, const Screen& screen, ScreenState& state, float width) {
    if (!screen.explainer) return;
    const Explainer& explainer = *screen.explainer;
    const Theme& theme = context.theme;
    Transport transport(context, explainer, state);
    const bool transcript_was_open = context.narration.transcript;
    transport.follow_speed();  // before the keys: a change made in the comfort settings
    handle_keys(transport, context.narration);
    transport.settle();

    const double position = transport.position();
    const int beat = beat_at(explainer, position);
    // Short enough that the caption and the controls stay in view in an 800-pixel window; at
    // larger text sizes it grows with the text, which it would otherwise cut off, and the page scrolls.
    const float text_size = static_cast<float>(theme.comfort.text_size) / 100.0f;
    const float stage_height = std::min(width * 0.5f, ImGui::GetMainViewport()->Size.y * 0.3f * text_size);
    const ImVec2 stage_corner = ImGui::GetCursorScreenPos();
    draw_explainer_stage(context, screen, beat >= 0 ? &explainer.beats[static_cast<std::size_t>(beat)] : nullptr, width,
                         stage_height);
    if (transport.playing() && state.narration_silent)
        draw_silence_note(theme, theme.text(explainer.narration.empty() ? "explainer.no_recording" : "explainer.no_sound"),
                          ImVec2(stage_corner.x + width, stage_corner.y));
    if (context.narration.captions) draw_caption(theme, explainer, position, width);
    ImGui::Dummy(ImVec2(0, theme.px(6)));
    draw_timeline(theme, transport, width);
    draw_buttons(theme, transport, context.narration, width);
    small_text(theme.text("explainer.keys"), theme, width);
    if (!screen.body.empty()) {
        ImGui::Dummy(ImVec2(0, theme.px(10)));
        draw_rich_text(screen.body, theme, TextStyle{width, nullptr, {}}, context.requests);
    }
    if (context.narration.transcript) {
        ImGui::Dummy(ImVec2(0, theme.px(12)));
        if (!transcript_was_open) ImGui::SetScrollHereY(0.2f);  // just opened: bring it into view
        draw_transcript(context, explainer, transport, width);
    }
}

double explainer_seconds_until_change(const Screen& screen, const ScreenState& state) {
    const double at = state.narration.position(now());
    if (!screen.explainer || !state.narration.playing(now())) return std::numeric_limits<double>::infinity();
    // The next caption or beat, or the time shown ticking over to its next second; the
    // narration reaches it sooner or later than the wall clock by its rate.
    const double next = std::min({next_change_after(*screen.explainer, at), std::floor(at) + 1.0,
                                  state.narration.duration()});
    return std::max(0.0, next - at) / state.narration.rate() + 0.01;
}

}  // namespace primer::ui
