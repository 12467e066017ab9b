#!/usr/bin/env bash
# Switching language changes the course's own words too, where a module carries a
# translation, and keeps the learner's place. The fire-safety example module (installed from
# its package) has a Welsh translation: a learner on its "fire triangle" screen picks
# Cymraeg in the comfort settings with the keyboard, and the screen's title must then read
# in Welsh (Tesseract) while the records keep the same screen and progress. After a restart
# the learner's saved language brings the Welsh course back at once.
# Usage (under xvfb-run): module_language.sh PRIMER SOURCE_DIR OUT
set -euo pipefail
PRIMER=$1 SOURCE=$2 OUT=$3
COURSE="$SOURCE/tests/fixtures/courses/library-required"
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
current() { sql "select current_screen from progress where learner_id = 'dysgwr'"; }
visited() { sql "select json_array_length(json_extract(state_json, '\$.visited')) from progress where learner_id = 'dysgwr'"; }
# The words Tesseract reads in the screen's title band, on one line.
title() { words_in "$1" 800x60+240+125; }
reads() { local words; words=$(title "$1"); [[ "$words" == *"$2"* ]] || fail "$1.png: no \"$2\" in the title: $words"; }
rows_to_language=9  # text size, spacing, font, colours, motion, captions, volume, narration speed, reading speed

"$PRIMER" pack "$SOURCE/tests/fixtures/modules/fire-safety" -o "$OUT/fire-safety.primer" >"$OUT/pack.log" 2>&1 ||
    fail "pack: $(cat "$OUT/pack.log")"
"$PRIMER" install "$OUT/fire-safety.primer" --data-dir "$OUT/data" >"$OUT/install.log" 2>&1 ||
    fail "install: $(cat "$OUT/install.log")"
"$PRIMER" autoplay --course "$COURSE" --data-dir "$OUT/data" --learner dysgwr --name "Alex Jones" \
    --stop-at fire-safety/fire-triangle >"$OUT/autoplay.log" 2>&1 || fail "autoplay: $(cat "$OUT/autoplay.log")"

start_player --learner dysgwr
xdotool mousemove --window "$WINDOW" 0 799  # over nothing
screen=$(current) seen=$(visited)
[ "$screen" = fire-safety/fire-triangle ] || fail "autoplay stopped on $screen"
shot 01-english
reads 01-english "What a fire needs"

keys o
for _ in $(seq $rows_to_language); do xdotool key --delay 60 Down; done
keys Right
keys Escape
shot 02-cymraeg
reads 02-cymraeg "Beth sydd ei angen ar"
[ "$(current)" = "$screen" ] || fail "switching language moved the learner: $(current), was $screen"
[ "$(visited)" = "$seen" ] || fail "switching language changed the progress: $(visited) screens seen, was $seen"
keys Right  # the Welsh course plays on: the next screen, recorded under the same ids
[ "$(current)" != "$screen" ] || fail "the Welsh course did not move on from $screen"
moved_to=$(current)
quit_player

start_player --learner dysgwr
xdotool mousemove --window "$WINDOW" 0 799
keys Left  # back to the translated screen, in Welsh from the start
shot 03-cymraeg-again
reads 03-cymraeg-again "Beth sydd ei angen ar"
[ "$(current)" = "$screen" ] || fail "Left from $moved_to did not come back to $screen: $(current)"
quit_player
echo "the fire-safety module switched to Welsh in place and stayed Welsh after a restart"
