#!/usr/bin/env bash
# Narration speed with real keys: on the explainer, > twice sets 150% (the speed button says
# so and the learner's record keeps it); Space plays, and after a few seconds of wall time
# the time display (read by Tesseract while paused) has gone about 1.5 times as far. SDL's
# dummy audio driver plays the stretched sound, so the audio path runs too. After Ctrl+Q the
# player starts with no audio device at all (captions only): the speed is remembered and the
# captions' clock still runs at 150%. Last, the controls and the comfort panel's narration
# speed at 200% text size, for a person to look at. SIGTERM must end it while it speaks.
# Usage (under xvfb-run): narration_speed.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
current() { sql "select current_screen from progress"; }
speed() { sql "select narration_speed from comfort_settings where learner_id = 'speedy'"; }
# speed_becomes PERCENT WHY: the learner's record reaches it within 5 s (a change of comfort
# settings rebuilds the theme before it is saved, which takes a while under load).
speed_becomes() {
    local tries=0
    until [ "$(speed)" = "$1" ]; do
        tries=$((tries + 1))
        [ $tries -lt 50 ] || fail "$2: the record says '$(speed)', not $1"
        sleep 0.1
    done
}
now() { date +%s.%N; }
# The seconds the time display shows ("0:09 / 0:16" -> 9), read from a screenshot's
# bottom half, where the controls are.
shown_seconds() {
    words_in "$1" 1280x400+0+400 --psm 11 >"$OUT/$1.txt"
    grep -oE '[0-9]:[0-9]{2} ?/ ?0:16' "$OUT/$1.txt" | head -1 | awk -F'[:/ ]+' '{ print $1 * 60 + $2 }'
}
# play_for SECONDS NAME: Space, wait, Space; the screenshot shows where the narration paused
# and the check is that it went 1.5 times as far as the wall clock did (within its rounding).
play_for() {
    local started paused shown
    started=$(now)
    xdotool key space
    sleep "$1"
    paused=$(now)
    xdotool key space
    settle
    shot "$2"
    shown=$(shown_seconds "$2")
    [ -n "$shown" ] || fail "no time display read in $2.png: $(cat "$OUT/$2.txt")"
    awk -v s="$shown" -v a="$started" -v b="$paused" 'BEGIN {
        wall = b - a; expected = 1.5 * wall
        printf "played %.2f s of wall time: display %d s, expected %.1f at 150%%\n", wall, s, expected
        # The display shows whole seconds, rounded down, and a loaded machine may take a
        # moment to see the first key; at 100% it would show no more than the wall time.
        exit !(s >= expected - 1.7 && s <= expected + 0.5 && s >= 1.25 * wall) }' ||
        fail "the narration did not run at 150% ($2.png)"
}

export SDL_AUDIODRIVER=dummy
start_player --learner speedy --name "Sam Patel"
xdotool mousemove --window "$WINDOW" 640 776  # onto the nav bar, away from tooltips
keys Right
[ "$(current)" = "explainers/how-many" ] || fail "Right did not reach the explainer: $(current)"
shot 01-speed-100
keys greater  # 125%
keys greater  # 150%
speed_becomes 150 "> twice did not keep 150% for the learner"
shot 02-speed-150
grep -q "Speed 150%" <(tesseract "$OUT/02-speed-150.png" - 2>/dev/null) || fail "the speed button does not say 150%"
play_for 8 03-played-at-150
grep -q "narration is silent" "$OUT/player.log" && fail "the dummy audio device was not used: $(cat "$OUT/player.log")"
keys less  # 125%, then back to 150% for the restart
speed_becomes 125 "< did not go back to 125%"
keys greater
speed_becomes 150 "> did not go on to 150% again"
# While it speaks, the player still ends on SIGTERM, as a desktop does at logout: SDL's audio
# must not keep the signal for itself (it did, and the player ran on).
xdotool key space
sleep 1
kill -TERM "$PLAYER_PID"
waited=0
while kill -0 "$PLAYER_PID" 2>/dev/null; do
    sleep 0.1
    waited=$((waited + 1))
    [ $waited -lt 50 ] || { kill -9 "$PLAYER_PID"; fail "the player did not end on SIGTERM while narration played"; }
done
wait "$PLAYER_PID" || true  # ended by the signal

# No audio device: captions alone, on the same clock, at the remembered speed.
SDL_AUDIODRIVER=none start_player --learner speedy
xdotool mousemove --window "$WINDOW" 640 776
[ "$(current)" = "explainers/how-many" ] || fail "the player did not come back to the explainer: $(current)"
keys r space  # from the start, paused
shot 04-restarted
grep -q "Speed 150%" <(tesseract "$OUT/04-restarted.png" - 2>/dev/null) || fail "the speed was not remembered"
play_for 6 05-captions-only-at-150
grep -q "narration is silent" "$OUT/player.log" || fail "no word that the narration is silent: $(cat "$OUT/player.log")"
quit_player

# At 200% text size: the explainer's controls, then the comfort panel's narration speed.
sql "update comfort_settings set text_size = 200 where learner_id = 'speedy'"
SDL_AUDIODRIVER=none start_player --learner speedy
xdotool mousemove --window "$WINDOW" 640 400 click --repeat 5 --delay 30 5  # down to the controls
xdotool mousemove --window "$WINDOW" 0 799
settle
shot 06-controls-200
grep -q "Speed 150%" <(tesseract "$OUT/06-controls-200.png" - 2>/dev/null) || fail "no speed button in view at 200% text"
keys o
for _ in 1 2 3 4 5 6 7; do keys Down; done  # the eighth setting: narration speed (a key a frame)
shot 07-panel-200
keys Left  # 125%
speed_becomes 125 "Left in the panel did not set 125%"
quit_player
echo "ok"
