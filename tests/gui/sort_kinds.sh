#!/usr/bin/env bash
# Ordering, categorise and matching played with real input on the sort-kinds fixture:
# one learner solves each kind by keyboard alone, another by dragging with the mouse
# (xdotool button down, moves in steps, button up), and a third, who answered everything
# wrong, sees the right answers revealed. The records are checked after every check, and
# screenshots show each kind before, during (an item picked up or dragged) and after.
# Usage (under xvfb-run): sort_kinds.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"

# start_as ID NAME SEED: signs a new learner in, then fixes the seed their shuffles come
# from (the player draws a random one), so that the orders this script expects are known.
start_as() {
    start_player --learner "$1" --name "$2"
    quit_player
    sql "update progress set state_json = json_set(state_json, '$.seed', $3) where learner_id = '$1'"
    start_player --learner "$1"
}

# latest LEARNER SCREEN: the learner's latest answer there, as response|success|attempt.
latest() {
    sql "select response_json || '|' || success || '|' || attempt from interactions
         where learner_id = '$1' and screen = 'sorting/$2' order by id desc limit 1"
}

expect_answer() {  # expect_answer LEARNER SCREEN RESPONSE|SUCCESS|ATTEMPT
    local got
    got=$(latest "$1" "$2")
    [ "$got" = "$3" ] || fail "$1 on $2: expected $3, recorded '$got'"
}

on_screen() {
    [ "$(sql "select current_screen from progress where learner_id = '$1'")" = "sorting/$2" ] ||
        fail "$1 is not on $2"
}

# sort_by_keys SHOWN -- TARGET: puts a list in order with the keyboard as a learner would,
# one item at a time: move the focus to it, Space, carry it up, Space. With PICKED_SHOT
# set, the first item is photographed while it is being carried.
sort_by_keys() {
    local -a now=() target=()
    while [ "$1" != "--" ]; do now+=("$1"); shift; done
    shift
    target=("$@")
    local focus=0 i j k
    for ((i = 0; i < ${#target[@]}; i++)); do
        for ((j = 0; j < ${#now[@]}; j++)); do [ "${now[j]}" = "${target[i]}" ] && break; done
        [ "$j" -eq "$i" ] && continue
        local -a moves=()
        for ((k = focus; k < j; k++)); do moves+=(Down); done
        for ((k = focus; k > j; k--)); do moves+=(Up); done
        moves+=(space)
        for ((k = j; k > i; k--)); do moves+=(Up); done
        keys "${moves[@]}"
        if [ -n "${PICKED_SHOT:-}" ]; then shot "$PICKED_SHOT"; PICKED_SHOT=; fi
        keys space
        local -a moved=("${now[@]:0:i}" "${target[i]}")
        for ((k = i; k < ${#now[@]}; k++)); do if [ "$k" -ne "$j" ]; then moved+=("${now[k]}"); fi; done
        now=("${moved[@]}")
        focus=$i
    done
}

# drag X1 Y1 X2 Y2 [SHOT]: the left button pressed at one point of the window, moved there
# in steps, (photographed while held,) and released: a real drag.
drag() {
    xdotool mousemove --window "$WINDOW" "$1" "$2" mousedown 1
    sleep 0.2
    local step
    for step in 1 2 3 4 5 6 7 8; do
        xdotool mousemove --window "$WINDOW" $(($1 + ($3 - $1) * step / 8)) $(($2 + ($4 - $2) * step / 8))
        sleep 0.05
    done
    settle
    if [ -n "${5:-}" ]; then shot "$5"; fi
    xdotool mouseup 1
    settle
}

# scroll_down: the mouse wheel, until the screen is at its bottom.
scroll_down() {
    xdotool mousemove --window "$WINDOW" 640 400 click --repeat 10 --delay 30 5
    settle
}

next_by_mouse() {
    eval "$(xdotool getwindowgeometry --shell "$WINDOW")"  # sets WIDTH and HEIGHT
    click $((WIDTH - 60)) $((HEIGHT - 36))
}

P='[.]'  # the separator in categorise and matching tokens
RIGHT_ORDER='["emotional","family","not-serious","threats","not-believed"]'
RIGHT_GROUPS="[\"listen${P}do\",\"secret${P}do-not\",\"not-their-fault${P}do\",\"detailed-questions${P}do-not\",\"record${P}do\",\"confront${P}do-not\"]"
RIGHT_PAIRS="[\"telling${P}telling\",\"person-who-harmed${P}person-who-harmed\",\"in-full${P}in-full\",\"police-action${P}police-action\"]"

# --- Keyboard alone (seed 7) -------------------------------------------------------------
start_as K-1 "Kim Keyboard" 7
on_screen K-1 barriers
shot 01-ordering-shown
# Seed 7 shows: threats, family, not-serious, not-believed, emotional. The list is ready
# as shown, so Enter checks it at once; the record proves the seeded order.
keys Return
expect_answer K-1 barriers '["threats","family","not-serious","not-believed","emotional"]|0|1'
shot 02-ordering-marked
PICKED_SHOT=03-ordering-picked sort_by_keys threats family not-serious not-believed emotional -- \
    emotional family not-serious threats not-believed
keys Return
expect_answer K-1 barriers "$RIGHT_ORDER|1|2"
shot 04-ordering-right

keys Right
on_screen K-1 do-and-do-not
shot 05-categorise-shown
# Seed 7 shows: record, secret, detailed-questions, not-their-fault, confront, listen.
# A group's number places the focused item; Space picks one up to choose its box.
keys 1 Down 2 Down 2 Down 1 Down
keys space Down
shot 06-categorise-picked
keys space Down space 1
[ -z "$(latest K-1 do-and-do-not)" ] || fail "the categorise answer was checked before Enter"
keys Return
expect_answer K-1 do-and-do-not "$RIGHT_GROUPS|1|1"
shot 07-categorise-right

keys Right
on_screen K-1 words-we-use
shot 08-matching-shown
# Seed 7 numbers the answers: 1 police-action, 2 in-full, 3 telling, 4 person-who-harmed,
# 5 allegation (the distractor). First try: the distractor for 'Disclosure'.
keys 5 Down 4 Down 2 Down 1 Return
expect_answer K-1 words-we-use \
    "[\"telling${P}allegation\",\"person-who-harmed${P}person-who-harmed\",\"in-full${P}in-full\",\"police-action${P}police-action\"]|0|1"
shot 09-matching-marked
keys Up Up Up space Up
shot 10-matching-picked
keys Up space Return
expect_answer K-1 words-we-use "$RIGHT_PAIRS|1|2"
shot 11-matching-right
keys Right
on_screen K-1 key-points
quit_player

# --- The mouse (seed 8) ---------------------------------------------------------------------
# Positions are in window pixels of the 1280x800 window; each screen opens at its top.
start_as M-1 "Mo Mouse" 8
on_screen M-1 barriers
# Seed 8 shows: threats, not-believed, not-serious, family, emotional; the cards' middles
# are 60 pixels apart from y=308, the arrow buttons at x=939, Check answer below them.
drag 500 548 500 290 21-ordering-dragging  # emotional to the top
drag 500 548 500 338                        # family between the first and second
click 939 548                               # not-serious up, and up again
click 939 488
shot 22-ordering-arranged
click 320 674
expect_answer M-1 barriers "$RIGHT_ORDER|1|1"
shot 23-ordering-right
next_by_mouse
on_screen M-1 do-and-do-not
shot 24-categorise-shown
# Seed 8 puts detailed-questions, secret / record, not-their-fault / listen, confront in
# the tray's two columns; the Do and Don't boxes sit below it.
drag 444 370 444 660 25-categorise-dragging  # detailed-questions into Do: a slip...
drag 444 690 824 640                         # ...dragged on from Do into Don't
drag 819 355 824 626                         # secret into Don't
drag 444 455 444 626                         # record into Do
click 819 440                                # not-their-fault: a click picks it up,
shot 26-categorise-clicked
click 560 626                                # and a click on Do puts it there
drag 444 540 444 626                         # listen into Do
drag 819 525 824 626                         # confront into Don't
[ -z "$(latest M-1 do-and-do-not)" ] || fail "the categorise answer was checked too early"
scroll_down
shot 27-categorise-placed
click 320 665
expect_answer M-1 do-and-do-not "$RIGHT_GROUPS|1|1"
shot 28-categorise-right
next_by_mouse
on_screen M-1 words-we-use
shot 29-matching-shown
# Seed 8 numbers the answers 1 telling, 2 police-action, 3 in-full, 4 allegation,
# 5 person-who-harmed. At the top of the screen the slots of items A-D are on the right
# at y=316, 382, 448 and 514, with the first row of answers below them.
drag 440 642 797 382 31-matching-dragging  # telling onto B: a slip...
drag 797 382 797 316                       # ...dragged on from B's slot to A's
drag 820 657 797 514                       # police-action onto D
click 411 382                              # B picked with a click...
shot 32-matching-clicked
# At the bottom of the screen every answer is in view, and so are C's and D's slots.
scroll_down
click 440 498                              # ...and given person-who-harmed with another
drag 820 398 797 125                       # allegation onto C: a slip...
drag 440 413 797 125                       # ...replaced by in-full, which sends it back
[ -z "$(latest M-1 words-we-use)" ] || fail "the matching answer was checked too early"
shot 33-matching-matched
click 320 665
expect_answer M-1 words-we-use "$RIGHT_PAIRS|1|1"
shot 34-matching-right
next_by_mouse
on_screen M-1 key-points
quit_player

# --- Out of attempts: the right answers revealed ------------------------------------------
# A scripted learner answers every question wrongly twice, recording as the player would.
"$PRIMER" autoplay --course "$COURSE" --strategy wrong --data-dir "$OUT/data" --learner R-1 --name "Ray Reveal" \
    > "$OUT/autoplay.txt"
[ "$(sql "select count(*) || ':' || sum(success) || ':' || max(attempt) from interactions where learner_id = 'R-1'")" = "6:0:2" ] ||
    fail "autoplay did not record two wrong attempts at each question"
start_player --learner R-1
on_screen R-1 key-points
keys Left
on_screen R-1 words-we-use
shot 41-matching-revealed
keys Left
on_screen R-1 do-and-do-not
shot 42-categorise-revealed
keys Left
on_screen R-1 barriers
shot 43-ordering-revealed
quit_player
echo "sorting kinds by keyboard, by mouse and revealed: screenshots in $OUT"
