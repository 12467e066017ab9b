#!/usr/bin/env bash
# A learner's first sitting and their return, with real keyboard and mouse input:
# sign in, read the content notice, move on with a mouse click, answer a question with
# the keyboard, quit; restart, continue as themselves, and find the same screen with
# the same answer, which is also in the database.
# Usage (under xvfb-run): sign_in_answer_resume.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"

start_player
shot 01-sign-in
type_text "Ada Lovelace"
keys Tab
type_text "A-100"
keys Tab
type_text "Northshire Council"
keys Return
shot 02-content-notice
[ "$(sql "select name || '|' || organisation from learners where id = 'A-100'")" = "Ada Lovelace|Northshire Council" ] ||
    fail "the learner was not saved as typed"

keys Return
shot 03-first-screen
[ "$(sql "select current_screen from progress")" = "basics/welcome" ] || fail "not on the first screen"

# The Next button sits at the bottom right of the window: click it with the mouse.
eval "$(xdotool getwindowgeometry --shell "$WINDOW")"  # sets WIDTH and HEIGHT
click $((WIDTH - 60)) $((HEIGHT - 36))
[ "$(sql "select current_screen from progress")" = "basics/chart" ] || fail "the mouse click on Next did not move on"
shot 04-image-screen

keys Right
[ "$(sql "select current_screen from progress")" = "basics/first-question" ] || fail "Right arrow did not move on"
keys 1 Return
shot 05-feedback
[ "$(sql "select screen || '|' || response_json || '|' || success || '|' || attempt from interactions")" = \
  'basics/first-question|["wrong"]|0|1' ] || fail "the answer is not in the database: $(sql 'select * from interactions')"

quit_player

# The return: the sign-in card offers "Continue as Ada Lovelace"; Enter takes it.
start_player
shot 06-sign-in-again
keys Return
shot 07-resumed
same_picture 05-feedback 07-resumed
[ "$(sql "select current_screen from progress")" = "basics/first-question" ] || fail "did not resume at the question"

# One try is left: the right answer, by keyboard, is recorded as attempt 2.
keys 2 Return
shot 08-second-attempt
[ "$(sql "select group_concat(success || ':' || attempt) from interactions")" = "0:1,1:2" ] ||
    fail "second attempt not recorded: $(sql 'select * from interactions')"
quit_player
echo "GUI sitting and resume: 8 screenshots in $OUT"
