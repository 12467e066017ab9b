#!/usr/bin/env bash
# `primer preview` with real saves and a real click. An edit reloads the course on the same
# screen; a save with an error keeps the last good version on show and lists the error with
# its place and hint; the panel's button jumps to the screen the error is on, past a question
# not yet answered; fixing the error reloads again. Saves are made as editors make them: a
# new file renamed over the old one.
# Usage (under xvfb-run): preview.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
cp -r "$COURSE" "$OUT/course"
basics=$OUT/course/01-basics/module.toml
practice=$OUT/course/02-practice/module.toml
current() { sql "select current_screen from progress"; }
ocr() { tesseract "$OUT/$1.png" - 2>/dev/null | tr -s ' \n' ' '; }
save() { sed "$2" "$1" > "$1.new" && mv "$1.new" "$1"; }
# wait_for_saves N: until the preview has said it read N saves (it logs one line each).
wait_for_saves() {
    local tries=0
    until [ "$(grep -c ' saved: ' "$OUT/player.log")" -ge "$1" ]; do
        tries=$((tries + 1))
        [ $tries -lt 100 ] || fail "the preview did not notice save $1 (see $OUT/player.log)"
        sleep 0.1
    done
    settle
}

open_window "$PRIMER" preview "$OUT/course" --data-dir "$OUT/data"
xdotool mousemove --window "$WINDOW" 440 776  # the nav bar's "Screen n of m", over nothing
keys Return Right
[ "$(current)" = "basics/chart" ] || fail "the preview did not sign in and move on: $(current)"
shot 01-chart
ocr 01-chart | grep -q "No problems found" || fail "the panel does not say the course is clean: $(ocr 01-chart)"

save "$basics" 's/^title = "A chart"$/title = "A chart of colours"/'
wait_for_saves 1
shot 02-retitled
text=$(ocr 02-retitled)
grep -q "A chart of colours" <<<"$text" || fail "the new title is not on show: $text"
grep -q "Reloaded 1 time" <<<"$text" || fail "the panel does not count the reload: $text"
[ "$(current)" = "basics/chart" ] || fail "the reload moved the learner: $(current)"

save "$practice" '/^id = "key-points"$/a captoin = "A misspelt key"'
wait_for_saves 2
shot 03-broken
text=$(ocr 03-broken)
grep -q "A chart of colours" <<<"$text" || fail "the last good version is not on show: $text"
grep -q "last version that loaded" <<<"$text" || fail "the panel does not say the save failed: $text"
grep -q "captoin" <<<"$text" || fail "the error is not listed: $text"
grep -q "Hint: the keys" <<<"$text" || fail "the error's hint is not shown: $text"
# The button's place, read from the screenshot as a person would find it.
button=$(tesseract "$OUT/03-broken.png" - tsv 2>/dev/null |
         awk -F'\t' '$12 == "practice/key-points" { print int($7 + $9 / 2), int($8 + $10 / 2); exit }')
[ -n "$button" ] || fail "no 'Go to practice/key-points' button: $text"
xdotool mousemove --window "$WINDOW" ${button% *} ${button#* } click 1
settle
[ "$(current)" = "practice/key-points" ] || fail "the button did not jump to the screen: $(current)"
xdotool mousemove --window "$WINDOW" 440 776

save "$practice" '/^captoin = /d'
wait_for_saves 3
shot 04-fixed
text=$(ocr 04-fixed)
grep -q "No problems found" <<<"$text" || fail "the fixed save still lists problems: $text"
grep -q "Reloaded 2 times" <<<"$text" || fail "the fixed save did not reload: $text"
[ "$(current)" = "practice/key-points" ] || fail "the fix moved the learner: $(current)"
quit_player
echo "preview: reloads on save, keeps the last good version through an error, jumps to it"
