#!/usr/bin/env bash
# Read aloud speaks in the language of what it reads. The player is started with espeak-ng's
# data copied without its Welsh voice (ESPEAK_DATA_PATH): reading in English says nothing
# about voices. After O, Down to "Language" and Right picks Cymraeg, the course screen (this
# course has no Welsh) is still read in English, so nothing is said either; but A in the
# keyboard help panel, whose words are now Welsh, must say on stderr that there is no voice
# for "cy" and read in English (so the player asked for Welsh). Started again with the real
# data, reading the Welsh panel says nothing: the Welsh voice was found (primer_speech_tests
# checks that it is espeak-ng's "cy" and that it speaks).
# Usage (under xvfb-run): read_aloud_language.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
rows_to_language=9  # as in language.sh: the language is the comfort panel's last row
fallback='no voice for "cy"'

# espeak-ng's data as links to the installed files, less the Welsh voice.
installed=$(dirname "$(find /usr/lib /usr/share -path '*espeak-ng-data/lang/cel/cy' -print -quit 2>/dev/null)")
[ -n "$installed" ] || fail "espeak-ng's Welsh voice is not installed (espeak-ng-data)"
data=${installed%/lang/cel}
mkdir -p "$OUT/espeak"
cp -rs "$data" "$OUT/espeak/espeak-ng-data"
rm "$OUT/espeak/espeak-ng-data/lang/cel/cy"

# read_a_while NAME: A, a moment's reading, a screenshot, A again to stop.
read_a_while() {
    xdotool key a
    sleep 2
    shot "$1"
    keys a
}

"$PRIMER" autoplay --course "$COURSE" --data-dir "$OUT/data" --learner voice-1 --name "Sam Evans" \
    --stop-at basics/welcome > "$OUT/autoplay.log" || fail "autoplay: $(cat "$OUT/autoplay.log")"
ESPEAK_DATA_PATH="$OUT/espeak" start_player --learner voice-1
xdotool mousemove --window "$WINDOW" 0 799
read_a_while 01-english-reading
! grep -q "no voice for" "$OUT/player.log" || fail "reading in English spoke of a missing voice: $(cat "$OUT/player.log")"

keys o
for _ in $(seq $rows_to_language); do xdotool key --delay 60 Down; done
keys Right Escape
[ "$(sql "select language from comfort_settings where learner_id = 'voice-1'")" = cy ] || fail "Cymraeg was not chosen"
read_a_while 02-english-course-in-a-welsh-session
! grep -q "no voice for" "$OUT/player.log" || fail "the English course was read with the Welsh voice: $(cat "$OUT/player.log")"
keys h
read_a_while 03-welsh-help-without-voice
keys Escape
grep -q "$fallback" "$OUT/player.log" || fail "with no Welsh voice, reading the Welsh help did not say so: $(cat "$OUT/player.log")"
[ "$(grep -c "$fallback" "$OUT/player.log")" -eq 1 ] || fail "the missing voice was reported more than once"
echo "without the voice: $(grep "$fallback" "$OUT/player.log")"
quit_player

: > "$OUT/player.log"
start_player --learner voice-1  # the installed data, Welsh voice and all; Cymraeg is kept
xdotool mousemove --window "$WINDOW" 0 799
keys h
read_a_while 04-welsh-help
keys Escape
! grep -q "no voice for" "$OUT/player.log" || fail "the installed Welsh voice was not used: $(cat "$OUT/player.log")"
quit_player
echo "read aloud asks espeak-ng for the Welsh voice for Welsh words only, and says so when it is missing"
