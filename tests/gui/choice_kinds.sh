#!/usr/bin/env bash
# Every choice kind in the choice-kinds fixture course, played with real input: one
# learner answers everything by keyboard alone; a second answers by mouse (the confidence
# scale, multiple response, true-false, hotspot, fill-in and reflection). After
# each answer the interactions table must hold exactly what was given. Screenshots of
# every kind before and after checking are left in OUT to look at.
# Usage (under xvfb-run, 1280x800): choice_kinds.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"

# last_answer LEARNER SCREEN: "response|verdict|attempt|interaction type" of the latest check.
last_answer() {
    sql "select response_json || '|' || verdict || '|' || attempt || '|' || interaction_type from interactions
         where learner_id = '$1' and screen = '$2' order by id desc limit 1"
}
expect_answer() {
    local got
    got=$(last_answer "$1" "$2")
    [ "$got" = "$3" ] || fail "$2 for $1: expected '$3', recorded '$got'"
}
on_screen() {
    [ "$(sql "select current_screen from progress where learner_id = '$1'")" = "$2" ] ||
        fail "$1 should be on $2, is on $(sql "select current_screen from progress where learner_id = '$1'")"
}

# ---- Keyboard only ------------------------------------------------------------------
start_player --learner K-1 --name "Kim Lee"
keys Return  # the content notice
on_screen K-1 starting-point/confidence-before
shot k01-confidence
keys 3 Up  # a number, then the arrow moves the choice down the scale
shot k02-confidence-chosen
keys Return
expect_answer K-1 starting-point/confidence-before '["2"]|ungraded|1|likert'
shot k03-confidence-saved

keys Right
on_screen K-1 starting-point/first-response
shot k04-multiple-response
keys Down space 2  # focus the first option and tick it; tick the second by its number
shot k05-multiple-response-chosen
keys Return
expect_answer K-1 starting-point/first-response '["listen","secret"]|incorrect|1|choice'
shot k06-multiple-response-checked
# Second try: untick "secret" with Space (the focus is still on it), tick 3 and 5.
keys space 3 5 Return
expect_answer K-1 starting-point/first-response '["listen","not-their-fault","record"]|correct|2|choice'
shot k07-multiple-response-right

keys Right
on_screen K-1 starting-point/telling
shot k08-true-false
keys t
shot k09-true-false-chosen
keys Return  # one attempt: wrong, so False is revealed with the feedback for "true"
expect_answer K-1 starting-point/telling '["true"]|incorrect|1|true-false'
shot k10-true-false-checked

keys Right
on_screen K-1 starting-point/who-to-talk-to
shot k11-shuffled-choice
# The options are shuffled by the learner's seed, so 1 is whichever option shows first.
keys 1 Return
[ "$(sql "select count(*) from interactions where screen = 'starting-point/who-to-talk-to'")" = 1 ] ||
    fail "the shuffled question's answer was not recorded"
[ "$(last_answer K-1 starting-point/who-to-talk-to | cut -d'|' -f2)" = correct ] || keys 2 Return
shot k12-shuffled-choice-checked

keys Right
on_screen K-1 practice/record-form
shot k13-hotspot
keys Tab space Tab Tab  # choose area 1, then move the focus to area 3
shot k14-hotspot-focus
keys space Return
expect_answer K-1 practice/record-form '["child-words","told"]|incorrect|1|choice'
shot k15-hotspot-checked
keys space Up space Return  # untick area 3; move up to area 2 and tick it
expect_answer K-1 practice/record-form '["child-words","observed"]|correct|2|choice'
shot k16-hotspot-right

keys Right
on_screen K-1 practice/recording
shot k17-fill-in
type_text "own  Words"  # the first blank has the keyboard already
keys Return             # Enter moves on to the empty blank
type_text "manager"
shot k18-fill-in-typed
keys Return             # every blank filled: Enter checks
expect_answer K-1 practice/recording '["own  Words","manager"]|partly|1|fill-in'
shot k19-fill-in-checked
keys Tab ctrl+a  # back into the blank, and select its text to replace it
type_text "lead"
keys Return
expect_answer K-1 practice/recording '["own  Words","lead"]|correct|2|fill-in'
shot k20-fill-in-right

keys Right
on_screen K-1 practice/reflection
shot k21-reflection
# Typed characters beyond ASCII come through the input queue. xdotool remaps a spare
# key for each such character; typed slowly, the player reads each before the next.
xdotool type --delay 250 "I’ll write down a child’s words"
settle
keys Escape  # leaves the box and keeps the text
shot k22-reflection-left-box
keys Tab     # back into the box
xdotool type --delay 250 " — exactly, said Zoë."
settle
keys ctrl+Return
expect_answer K-1 practice/reflection '["I’ll write down a child’s words — exactly, said Zoë."]|ungraded|1|long-fill-in'
shot k23-reflection-saved

keys Right
on_screen K-1 practice/confidence-after
shot k24-confidence-after
keys Down Down Down Down  # from nothing chosen to 4
keys Return
expect_answer K-1 practice/confidence-after '["4"]|ungraded|1|likert'
shot k25-confidence-compared
keys Right
on_screen K-1 practice/key-points
[ "$(sql "select completed_at_ms > 0 from progress where learner_id = 'K-1'")" = 1 ] || fail "K-1 did not complete"
quit_player

# ---- Mouse --------------------------------------------------------------------------
# Positions in the 1280x800 window, read off the screenshots above: the reading column
# starts at x 260 (252 when the screen scrolls); Next is at the bottom right.
NEXT="1220 764"
start_player --learner M-2 --name "Mo Ahmed"
keys Return
click 639 364 && click 292 467  # confidence 3, Save
expect_answer M-2 starting-point/confidence-before '["3"]|ungraded|1|likert'
click $NEXT

# Multiple response: tick options 1, 3 and 5, then Check answer.
click 630 324 && click 630 456 && click 630 588
shot m01-multiple-response-clicked
click 320 663
expect_answer M-2 starting-point/first-response '["listen","not-their-fault","record"]|correct|1|choice'
click $NEXT

click 640 360  # False
shot m02-true-false-clicked
click 328 435  # Check answer
expect_answer M-2 starting-point/telling '["false"]|correct|1|true-false'
shot m03-true-false-right
click $NEXT

keys 1 Return  # the shuffled question, by keyboard: its order differs per learner
[ "$(last_answer M-2 starting-point/who-to-talk-to | cut -d'|' -f2)" = correct ] || keys 2 Return
click $NEXT

on_screen M-2 practice/record-form
# Hotspot: the picture is drawn from (253, 316), scaled by 9/8 (480x320 pixels to 540x360).
click 649 535  # "Who I told, and when" (image 352, 195)
click 396 535  # "What I saw" (image 127, 195)
shot m04-hotspot-clicked
click 649 535  # untick "Who I told"
click 523 445  # "What the child said" (image 240, 115)
shot m05-hotspot-clicked-again
xdotool mousemove --window "$WINDOW" 640 400 click --repeat 10 5  # the wheel, down to the button
settle
shot m06-hotspot-scrolled
click 320 665  # Check answer
expect_answer M-2 practice/record-form '["child-words","observed"]|correct|1|choice'
shot m06-hotspot-right
click $NEXT

# Fill-in: click into each blank and type; Check answer by mouse.
on_screen M-2 practice/recording
click 470 456 && type_text "lead"
click 470 346 && type_text "own words"
shot m07-fill-in-typed
click 328 542
expect_answer M-2 practice/recording '["own words","lead"]|correct|1|fill-in'
shot m08-fill-in-right
click $NEXT

# Reflection: type in the box, then Save with the mouse.
click 640 380 && type_text "Listen first, then write it all down."
click 292 543
expect_answer M-2 practice/reflection '["Listen first, then write it all down."]|ungraded|1|long-fill-in'
shot m09-reflection-saved
quit_player
echo "choice kinds by keyboard and by mouse: $(sql 'select count(*) from interactions') answers recorded; screenshots in $OUT"
