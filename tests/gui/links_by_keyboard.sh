#!/usr/bin/env bash
# Links in course text by keyboard, on a fixture screen with one link: Tab draws the focus
# ring around it (a few hundred pixels change, no more), Enter asks for it to be opened (PRIMER_OPEN_URL_LOG makes the player write the link down instead
# of starting a browser) and does not move on; Tab again leaves the link, and Enter then goes
# to the next screen as usual. Then, on screens whose answer moves with Tab too (TASKS: a
# rating, regions of a picture, a reflection's text box), Tab goes through the links in the
# prompt first, in reading order, then into the answer, which still answers by keyboard.
# Usage (under xvfb-run): links_by_keyboard.sh PRIMER COURSE TASKS OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 TASKS=$3 OUT=$4
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
export PRIMER_OPEN_URL_LOG="$OUT/opened.txt"
current() { sql "select current_screen from progress where learner_id = '${LEARNER:-links-1}'"; }
differing() { compare -metric AE -fuzz 3% "$OUT/$1.png" "$OUT/$2.png" null: 2>&1 | cut -d' ' -f1 || true; }

"$PRIMER" autoplay --course "$COURSE" --data-dir "$OUT/data" --learner links-1 --name "Kim Ade" \
    --stop-at basics/welcome > "$OUT/autoplay.log" || fail "autoplay: $(cat "$OUT/autoplay.log")"
start_player --learner links-1
xdotool mousemove --window "$WINDOW" 0 799  # over nothing
[ "$(current)" = basics/welcome ] || fail "the player did not resume on the screen with the link: $(current)"
shot 01-no-focus

keys Tab
shot 02-link-focused
# The ring is a small outline around one word: a few hundred pixels change, no more.
changed=$(differing 01-no-focus 02-link-focused)
echo "Tab changed $changed pixels"
[ "$changed" -gt 40 ] && [ "$changed" -lt 3000 ] || fail "Tab did not draw a focus ring around the link ($changed pixels changed)"

keys Return
[ -f "$OUT/opened.txt" ] || fail "Enter on the focused link asked for nothing to be opened"
[ "$(cat "$OUT/opened.txt")" = "https://example.org" ] || fail "Enter asked to open '$(cat "$OUT/opened.txt")'"
[ "$(current)" = basics/welcome ] || fail "Enter on the link also moved on, to $(current)"

keys Tab  # past the only link: the focus leaves it
shot 03-focus-left
same_picture 01-no-focus 03-focus-left
keys Return
[ "$(current)" != basics/welcome ] || fail "Enter did not move on once the link had lost the focus"
[ "$(wc -l < "$OUT/opened.txt")" -eq 1 ] || fail "a link was opened again: $(cat "$OUT/opened.txt")"
quit_player
echo "links by keyboard: Tab focused the link, Enter asked for https://example.org, Tab left it"

# --- Links before the answer, on screens whose answer reads Tab itself.
COURSE=$TASKS LEARNER=tasks-1
answer() {
    sql "select response_json || '|' || attempt from interactions
         where learner_id = 'tasks-1' and screen = '$1' order by id desc limit 1"
}
opened() { tail -n 1 "$OUT/opened.txt"; }
"$PRIMER" autoplay --course "$COURSE" --data-dir "$OUT/data" --learner tasks-1 --name "Sam Roe" \
    --stop-at tasks/confidence > "$OUT/autoplay-tasks.log" || fail "autoplay: $(cat "$OUT/autoplay-tasks.log")"
start_player --learner tasks-1
xdotool mousemove --window "$WINDOW" 0 799
[ "$(current)" = tasks/confidence ] || fail "not on the rating screen: $(current)"
shot 11-rating-no-focus
keys Tab Tab  # the prompt's two links, in reading order
shot 12-rating-second-link
keys Return
[ "$(opened)" = https://example.org/escalation ] || fail "Tab Tab Enter on the rating screen opened '$(opened)'"
keys shift+Tab Return  # back to the first link
[ "$(opened)" = https://example.org/procedures ] || fail "Shift+Tab Enter on the rating screen opened '$(opened)'"
[ -z "$(answer tasks/confidence)" ] || fail "moving through the links gave a rating: $(answer tasks/confidence)"
keys Tab Tab  # past the last link, into the scale: its first point
shot 13-rating-scale-focused
changed=$(differing 12-rating-second-link 13-rating-scale-focused)
[ "$changed" -gt 500 ] || fail "Tab from the last link did not move the focus to the scale ($changed pixels changed)"
keys Tab Tab Return  # along the scale to 3, and save
[ "$(answer tasks/confidence)" = '["3"]|1' ] || fail "the rating after the links was '$(answer tasks/confidence)', not 3"
[ "$(wc -l < "$OUT/opened.txt")" -eq 3 ] || fail "Enter on the scale opened a link: $(cat "$OUT/opened.txt")"
shot 14-rating-saved

keys Right
[ "$(current)" = tasks/record-form ] || fail "not on the picture screen: $(current)"
shot 21-picture-no-focus
keys Tab
shot 22-picture-link
keys Return
[ "$(opened)" = https://example.org/recording ] || fail "Tab Enter on the picture screen opened '$(opened)'"
keys Tab  # past the only link, onto the first region
shot 23-picture-region-focused
keys space Return
[ "$(answer tasks/record-form)" = '["child-words"]|1' ] ||
    fail "the region chosen after the link was '$(answer tasks/record-form)'"
shot 24-picture-checked

keys Right
[ "$(current)" = tasks/reflection ] || fail "not on the reflection: $(current)"
type_text "Listen"  # the box has the keyboard on arrival
shot 31-reflection-typed
keys Tab  # out of the box, keeping its text, onto the prompt's link
shot 32-reflection-link
keys Return
[ "$(opened)" = https://example.org/procedures ] || fail "Tab Enter in the reflection opened '$(opened)'"
[ -z "$(answer tasks/reflection)" ] || fail "Enter on the link saved the reflection: $(answer tasks/reflection)"
keys Tab  # past the link, back into the box
type_text " first."
shot 33-reflection-back-in-box
keys ctrl+Return
[ "$(answer tasks/reflection)" = '["Listen first."]|1' ] ||
    fail "the reflection around the link was saved as '$(answer tasks/reflection)'"
[ "$(wc -l < "$OUT/opened.txt")" -eq 5 ] || fail "links were opened more often than asked: $(cat "$OUT/opened.txt")"
shot 34-reflection-saved

# With no link to go to, Tab in the box still leaves it (never swallowed), and Enter then saves.
keys Right
[ "$(current)" = tasks/reflection-plain ] || fail "not on the reflection without links: $(current)"
type_text "Thank you for telling me."
keys Tab
shot 35-plain-reflection-left-box
keys Return
[ "$(answer tasks/reflection-plain)" = '["Thank you for telling me."]|1' ] ||
    fail "Tab then Enter in a reflection without links saved '$(answer tasks/reflection-plain)'"
quit_player
echo "links in tasks: each prompt's links by Tab and Enter, then the rating, the region and the reflection by keyboard"
