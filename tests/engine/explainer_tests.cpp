// Narrated explainers: the narration clock (play, pause, seek with no audio device), which
// beat is on stage when, when the view must next redraw, and the loader on a real fixture.
#include "course_loader.hpp"
#include "explainer.hpp"
#include "narration_clock.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace primer;

TEST_CASE("the narration clock plays, pauses and seeks on any steady clock", "[explainer]") {
    NarrationClock clock(60);
    CHECK(clock.position(100) == 0);
    CHECK_FALSE(clock.playing(100));

    clock.play(100);
    CHECK(clock.position(112.5) == 12.5);
    CHECK(clock.playing(112.5));

    clock.pause(120);
    CHECK(clock.position(500) == 20);  // paused: time passing changes nothing
    CHECK_FALSE(clock.playing(500));

    clock.seek(45, 500);  // seeking while paused stays paused
    CHECK(clock.position(900) == 45);
    clock.play(900);
    clock.seek(10, 905);  // seeking while playing keeps playing from there
    CHECK(clock.position(907) == 12);

    SECTION("it stops at the end, and playing again starts from the beginning") {
        CHECK(clock.position(2000) == 60);
        CHECK(clock.finished(2000));
        CHECK_FALSE(clock.playing(2000));
        clock.play(3000);
        CHECK(clock.position(3001) == 1);
    }
    SECTION("after the end, a seek stays paused where it lands") {
        clock.seek(30, 2000);
        CHECK(clock.position(2100) == 30);
        CHECK_FALSE(clock.playing(2100));
    }
    SECTION("seeks are clamped to the narration") {
        clock.seek(-5, 910);
        CHECK(clock.position(910) == 0);
        clock.seek(99, 910);
        CHECK(clock.position(910) == 60);
    }
}

TEST_CASE("the narration clock runs at its rate, and a change of rate never moves the narration", "[explainer]") {
    // Each row: what happens to a 60 s narration at a 1x clock, then the position asked about.
    struct Row {
        const char* what;
        void (*events)(NarrationClock&);
        double asked_at;
        double position;
        bool playing;
    };
    const Row rows[] = {
        {"1.5x from the start", [](NarrationClock& c) { c.set_rate(1.5, 0); c.play(10); }, 14, 6, true},
        {"rate changed while playing keeps the place, then runs faster",
         [](NarrationClock& c) { c.play(0); c.set_rate(1.5, 10); }, 10, 10, true},
        {"... and 4 s later is 6 s on", [](NarrationClock& c) { c.play(0); c.set_rate(1.5, 10); }, 14, 16, true},
        {"slower: 0.75x", [](NarrationClock& c) { c.play(0); c.set_rate(0.75, 8); }, 12, 11, true},
        {"rate changed while paused: nothing moves",
         [](NarrationClock& c) { c.play(0); c.pause(5); c.set_rate(1.25, 7); }, 100, 5, false},
        {"... and resuming runs at the new rate",
         [](NarrationClock& c) { c.play(0); c.pause(5); c.set_rate(1.25, 7); c.play(20); }, 24, 10, true},
        {"seek after a rate change lands where asked and runs at the rate",
         [](NarrationClock& c) { c.set_rate(1.5, 0); c.play(0); c.seek(30, 4); }, 6, 33, true},
        {"rate change after a seek keeps the sought place",
         [](NarrationClock& c) { c.play(0); c.seek(40, 2); c.set_rate(2, 2); }, 3, 42, true},
        {"the end comes sooner at 1.5x", [](NarrationClock& c) { c.set_rate(1.5, 0); c.play(0); }, 40, 60, false},
        {"a rate change after the end stays at the end",
         [](NarrationClock& c) { c.play(0); c.set_rate(1.5, 100); }, 200, 60, false},
        {"play again after the end starts from 0 at the rate",
         [](NarrationClock& c) { c.play(0); c.set_rate(1.5, 100); c.play(200); }, 202, 3, true},
        {"rates are clamped", [](NarrationClock& c) { c.set_rate(100, 0); c.play(0); }, 1, NarrationClock::kMaxRate, true},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        NarrationClock clock(60);
        row.events(clock);
        CHECK(clock.position(row.asked_at) == Approx(row.position));
        CHECK(clock.playing(row.asked_at) == row.playing);
    }
}

namespace {

Explainer three_cues_two_beats() {
    Explainer explainer;
    explainer.captions.cues = {{"a", 0.0, 2.0, "First.", 3}, {"b", 2.5, 5.0, "Second.", 7}, {"c", 5.5, 9.0, "Third.", 11}};
    Beat highlight;
    highlight.cue = "b";
    highlight.starts_at = 2.5;
    Beat chart;
    chart.kind = Beat::Kind::Chart;
    chart.cue = "c";
    chart.starts_at = 5.5;
    explainer.beats = {highlight, chart};
    return explainer;
}

}  // namespace

TEST_CASE("the stage shows the last beat started; the view redraws at the next change", "[explainer]") {
    Explainer explainer = three_cues_two_beats();
    CHECK(explainer.duration_seconds() == 9.0);
    CHECK(beat_at(explainer, 0) == -1);
    CHECK(beat_at(explainer, 2.49) == -1);
    CHECK(beat_at(explainer, 2.5) == 0);
    CHECK(beat_at(explainer, 5.49) == 0);
    CHECK(beat_at(explainer, 8) == 1);

    CHECK(next_change_after(explainer, 0) == 2.0);    // the first caption ends
    CHECK(next_change_after(explainer, 2.0) == 2.5);  // the second caption and first beat
    CHECK(next_change_after(explainer, 6) == 9.0);
    CHECK(next_change_after(explainer, 9.0) == 10.0);  // the last caption's hold runs out
    CHECK(std::isinf(next_change_after(explainer, 10.0)));

    // A caption stays up through the half-second pause before the next one...
    CHECK(caption_at(explainer, 1.0) == 0);
    CHECK(caption_at(explainer, 2.2) == 0);
    CHECK(caption_at(explainer, 2.5) == 1);
    // ...but not through a long silence.
    explainer.captions.cues[1].start_seconds = 4.0;
    CHECK(caption_at(explainer, 2.9) == 0);
    CHECK(caption_at(explainer, 3.1) == -1);
}

TEST_CASE("a chart reads as text with its figures and unit", "[explainer]") {
    Beat chart;
    chart.kind = Beat::Kind::Chart;
    chart.bars = {{"Girls", 15}, {"Boys", 5}};
    chart.unit = "%";
    CHECK(describe_chart(chart) == "Girls: 15%; Boys: 5%");
    chart.bars = {{"Estimated", 500000}, {"Charged", 13098.5}};
    chart.unit = "children";
    CHECK(describe_chart(chart) == "Estimated: 500,000 children; Charged: 13098.5 children");
    CHECK(format_figure(2160) == "2,160");
    CHECK(format_figure(999) == "999");
    CHECK(format_figure(1000000) == "1,000,000");
    CHECK(format_figure(1e300) == "1e+300");  // a typo in a script must not overflow
}

TEST_CASE("the explainer fixture loads with its captions, narration and beats in place", "[explainer][loader]") {
    test::FakeImageChecker images;
    LoadResult result = load_course(test::fixture_path("courses/explainer"), &images);
    REQUIRE(result.course);
    const Screen* screen = result.course->find_screen("explainers/how-many");
    REQUIRE(screen);
    REQUIRE(screen->explainer);
    const Explainer& explainer = *screen->explainer;
    CHECK(explainer.narration.filename() == "how-many.ogg");
    REQUIRE(explainer.captions.cues.size() == 4);
    CHECK(explainer.captions.cues[1].id == "estimate");
    REQUIRE(explainer.beats.size() == 3);
    CHECK(explainer.beats[0].kind == Beat::Kind::Highlight);
    CHECK(explainer.beats[0].starts_at == explainer.captions.cues[1].start_seconds);
    CHECK(explainer.beats[1].bars.size() == 2);
    CHECK(explainer.beats[1].bars[0].value == 500000);
    CHECK(explainer.beats[2].image);
    CHECK_FALSE(screen->has_task());  // an explainer never holds the learner back

    const Screen* silent = result.course->find_screen("explainers/silent");
    REQUIRE(silent);
    CHECK(silent->explainer->narration.empty());
}
