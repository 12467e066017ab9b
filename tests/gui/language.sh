#!/usr/bin/env bash
# The learner switches the player's own words to Welsh with the keyboard: O opens the
# comfort settings, Down to "Language" (the last row) and Right picks Cymraeg, Esc closes.
# The top bar must then read "Gosodiadau" and "Seibiant" where it read "Settings" and "Break" (Tesseract), the learner must
# still be on the same screen with the same progress, and the records must keep "cy". After
# Ctrl+Q and a new start, Welsh again. Then 200% text in Welsh and in English, for a person
# to look at (Welsh words are longer), and back to English, kept.
# Usage (under xvfb-run): language.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
current() { sql "select current_screen from progress"; }
visited() { sql "select json_array_length(json_extract(state_json, '\$.visited')) from progress"; }
language() { sql "select language from comfort_settings where learner_id = 'iaith-1'"; }
# The words Tesseract reads in the top bar, on one line.
top_bar() { words_in "$1" 1280x140+0+0; }
# Either case: a label reads "Break" or "Take a break (B)" depending on the room in the bar.
reads() { local words; words=$(top_bar "$1"); [[ "${words,,}" == *"${2,,}"* ]] || fail "$1.png: no \"$2\" in the top bar: $words"; }
lacks() { local words; words=$(top_bar "$1"); [[ "${words,,}" != *"${2,,}"* ]] || fail "$1.png: \"$2\" is still in the top bar: $words"; }
rows_to_language=9  # text size, spacing, font, colours, motion, captions, volume, narration speed, reading speed, then language

"$PRIMER" autoplay --course "$COURSE" --data-dir "$OUT/data" --learner iaith-1 --name "Sam Evans" \
    --stop-at scale-and-nature/welcome > "$OUT/autoplay.log" || fail "autoplay: $(cat "$OUT/autoplay.log")"
start_player --learner iaith-1
xdotool mousemove --window "$WINDOW" 0 799  # over nothing
keys Right  # one screen on, so there is progress to keep
screen=$(current) seen=$(visited)
shot 01-english
reads 01-english Settings
reads 01-english Break

keys o
for _ in $(seq $rows_to_language); do xdotool key --delay 60 Down; done
keys Right
shot 02-panel-cymraeg
keys Escape
shot 03-cymraeg
reads 03-cymraeg Gosodiadau
reads 03-cymraeg Seibiant
lacks 03-cymraeg Settings
[ "$(language)" = cy ] || fail "the records do not keep Welsh: '$(language)'"
[ "$(current)" = "$screen" ] || fail "switching language moved the learner: $(current), was $screen"
[ "$(visited)" = "$seen" ] || fail "switching language changed the progress: $(visited) screens seen, was $seen"
quit_player

start_player --learner iaith-1
xdotool mousemove --window "$WINDOW" 0 799
shot 04-cymraeg-again
reads 04-cymraeg-again Gosodiadau
[ "$(current)" = "$screen" ] || fail "the restart did not resume on $screen: $(current)"

keys o
keys Right Right Right Right  # text size 200%
keys Escape
shot 05-cymraeg-200
keys b  # the break view's longer sentences and buttons, wrapped
shot 06-cymraeg-200-break
keys Return
keys o
for _ in $(seq $rows_to_language); do xdotool key --delay 60 Down; done
keys Left  # back to English, kept too
shot 07-panel-english-200
keys Escape
shot 08-english-200
[ "$(language)" = en ] || fail "the records do not keep English: '$(language)'"
[ "$(current)" = "$screen" ] || fail "switching back moved the learner: $(current)"
quit_player
echo "the player's words switched to Welsh and back with the keyboard, kept across a restart"
