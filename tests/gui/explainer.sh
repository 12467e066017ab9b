#!/usr/bin/env bash
# A narrated explainer with real input: the title card, Space to play (the stage and the
# caption change in step with the narration), Space to pause (nothing moves while paused),
# L to skip on, T for the transcript, C to hide captions; then a screen with captions but no
# recording, which plays silently; then the player again with no audio device at all.
# SDL's dummy audio driver stands in for a sound card, so the sound path runs on CI too.
# Usage (under xvfb-run): explainer.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
current() { sql "select current_screen from progress"; }
differs() { ! compare -metric AE -fuzz 3% "$OUT/$1.png" "$OUT/$2.png" null: 2>/dev/null || fail "$1.png and $2.png are the same"; }

export SDL_AUDIODRIVER=dummy
start_player --learner gui-9 --name "Sam Patel"
xdotool mousemove --window "$WINDOW" 640 776  # onto the nav bar's "Screen n of m", away from tooltips
keys Right
[ "$(current)" = "explainers/how-many" ] || fail "Right did not reach the explainer: $(current)"
shot 01-title-card

keys space
sleep 5  # into the second cue, "estimate", whose beat is a highlight
shot 02-playing-highlight
differs 01-title-card 02-playing-highlight
grep -q "narration is silent" "$OUT/player.log" && fail "the dummy audio device was not used: $(cat "$OUT/player.log")"

keys space
shot 03-paused
sleep 1.5
shot 04-still-paused
same_picture 03-paused 04-still-paused

keys l  # ten seconds on: the last cue, whose beat is an image
shot 05-skipped-on
differs 03-paused 05-skipped-on

keys t
shot 06-transcript
differs 05-skipped-on 06-transcript
keys c
shot 07-captions-off
differs 06-transcript 07-captions-off
keys Right
[ "$(current)" = "explainers/silent" ] || fail "Right did not reach the silent explainer: $(current)"
keys space
sleep 1
shot 08-silent-playing
keys space
quit_player

# With no audio device at all (SDL cannot open one), the narration is silent and the
# captions still play on their own clock; the player says so and goes on.
SDL_AUDIODRIVER=none start_player --learner gui-9
xdotool mousemove --window "$WINDOW" 640 776
keys Left
[ "$(current)" = "explainers/how-many" ] || fail "Left did not go back to the explainer: $(current)"
keys space
sleep 5
shot 09-no-audio-device
differs 01-title-card 09-no-audio-device
grep -q "narration is silent" "$OUT/player.log" || fail "no word that the narration is silent: $(cat "$OUT/player.log")"
quit_player
echo "ok"
