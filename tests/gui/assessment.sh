#!/usr/bin/env bash
# The final assessment with real input. By keyboard alone: open it from the course map,
# answer some questions wrong (skipping one and coming back to it from the strip), see the
# submit confirmation name the unanswered question, submit, read the results, step through
# the review. By mouse: retake and pass. Then a timed copy of the course: the calm warning,
# more time from its button, and a last attempt that runs out of time and hands itself in.
# The records are checked after each step.
# Usage (under xvfb-run): assessment.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
FIXTURE=$COURSE
SCREEN=final/assessment

# The 1-based position of question $1's correct option (or, with "wrong", of its first
# wrong one) as written; the fixture sets shuffle_options = false, so that is what shows.
option() {
    python3 - "$FIXTURE/03-final/questions" "$1" "${2:-right}" <<'EOF'
import pathlib, sys, tomllib
folder, wanted, which = sys.argv[1:]
for file in pathlib.Path(folder).glob("*.toml"):
    for question in tomllib.loads(file.read_text())["question"]:
        if question["id"] == wanted:
            flags = [option.get("correct", False) for option in question["option"]]
            print(flags.index(which == "right") + 1)
            sys.exit(0)
sys.exit(f"no question {wanted}")
EOF
}
# The questions drawn for attempt $2 of learner $1, in the order shown.
drawn() {
    sql "select value from events, json_each(json_extract(detail_json, '$.questions'))
         where learner_id = '$1' and kind = 'attempt-started' and json_extract(detail_json, '$.number') = $2
         order by events.id, json_each.key"
}
event_detail() {  # learner kind field
    sql "select group_concat(json_extract(detail_json, '$.$3'), ',') from events
         where learner_id = '$1' and kind = '$2' order by id"
}
# results_on NAME: the screenshot shows the results of a failed attempt: its Review answers button (the
# primary blue) is where the results put it, not a stale frame from before.
results_on() {
    local pixel
    pixel=$(convert "$OUT/$1.png" -format "%[fx:int(255*p{268,590}.r)],%[fx:int(255*p{268,590}.g)],%[fx:int(255*p{268,590}.b)]" info:)
    [ "$pixel" = "31,95,139" ] || fail "$1.png does not show the results (pixel $pixel where Review answers should be)"
}
# Keeps the pointer off the column, so no hover colour is in the screenshots.
park_pointer() { xdotool mousemove --window "$WINDOW" 120 400; settle; }

# --- By keyboard: a failed first attempt ----------------------------------------------
start_player --learner K-1 --name "Robin Shaw"
park_pointer
keys m
keys Down Down Return
[ "$(sql "select current_screen from progress where learner_id = 'K-1'")" = "$SCREEN" ] ||
    fail "the course map did not open the assessment"
shot 01-intro
keys Return
mapfile -t Q < <(drawn K-1 1)
[ "${#Q[@]}" = 4 ] || fail "attempt 1 should draw 4 questions, drew: ${Q[*]:-none}"
shot 02-question

keys "$(option "${Q[0]}" wrong)" Return   # question 1: wrong
keys Next                                 # question 2: skipped for now (Page Down)
keys "$(option "${Q[2]}")" Return         # question 3: right
keys "$(option "${Q[3]}")" Return         # question 4: right; the view goes back round to question 2
[ "$(sql "select count(*) from interactions where learner_id = 'K-1'")" = 3 ] ||
    fail "expected 3 answers so far: $(sql 'select part, success from interactions')"
keys ctrl+Return
shot 03-submit-confirmation
keys Escape
keys "$(option "${Q[1]}" wrong)" Return   # question 2, reached by Enter: wrong
keys Return                               # all answered: Enter asks to submit
keys Return                               # and Enter submits
park_pointer
shot 04-results-fail
results_on 04-results-fail

expected=""
for i in 0 1 2 3; do
    success=$([ "$i" -ge 2 ] && echo 1 || echo 0)
    expected+="${Q[$i]}|1|$success"$'\n'
done
actual=$(sql "select part || '|' || attempt || '|' || success from interactions
              where learner_id = 'K-1' and screen = '$SCREEN' order by part")
[ "$actual" = "$(LC_ALL=C sort <<<"${expected%$'\n'}")" ] || fail "attempt 1 answers: expected
$expected got
$actual"
[ "$(event_detail K-1 attempt-submitted passed)|$(event_detail K-1 attempt-submitted score)" = "0|0.5" ] ||
    fail "attempt 1 should be submitted as failed at 50%: $(sql "select detail_json from events where kind = 'attempt-submitted'")"

keys r
shot 05-review
keys n
shot 06-review-question-2
keys Page_Down Down
shot 07-review-scrolled
keys p
keys Escape
park_pointer
shot 08-back-to-results
same_picture 04-results-fail 08-back-to-results
! (same_picture 05-review 06-review-question-2) 2>/dev/null || fail "N did not move the review on"
! (same_picture 06-review-question-2 07-review-scrolled) 2>/dev/null || fail "Page Down did not scroll the review"

# --- By mouse: retake and pass -------------------------------------------------------
click 505 573                       # Retake
shot 09-retake-intro
click 333 587                       # Start attempt 2
mapfile -t R < <(drawn K-1 2)
[ "${#R[@]}" = 4 ] || fail "the mouse did not start attempt 2"
for id in "${R[@]}"; do
    for first in "${Q[@]}"; do [ "$id" != "$first" ] || fail "attempt 2 repeats $id from attempt 1"; done
done
for i in 0 1 2 3; do
    n=$(option "${R[$i]}")
    click 600 $((457 + (n - 1) * 66))    # the right option
    [ "$i" -gt 0 ] || shot 10-chosen-by-mouse
    click 336 664                        # Confirm answer
done
[ "$(sql "select count(*) from interactions where learner_id = 'K-1' and attempt = 2 and success = 1")" = 4 ] ||
    fail "attempt 2 answers by mouse: $(sql "select part, success from interactions where attempt = 2")"
click 890 664                       # Finish and submit
click 369 494                       # Submit now
park_pointer
shot 11-results-pass
[ "$(event_detail K-1 attempt-submitted passed)" = "0,1" ] || fail "attempt 2 should pass"
# Attempt 1's submission completed the module; passing later does not complete it twice.
[ "$(sql "select count(*) from events where learner_id = 'K-1' and kind = 'module-completed' and subject = 'final'")" = 1 ] ||
    fail "the final module should be completed once: $(sql "select kind, subject from events where kind like '%completed'")"
keys t                              # no retake after a pass
[ "$(sql "select count(*) from events where learner_id = 'K-1' and kind = 'attempt-started'")" = 2 ] ||
    fail "a retake started after a pass"
quit_player

# --- A timed copy: the warning, and more time from its button --------------------------
COURSE=$OUT/timed-course
cp -r "$FIXTURE" "$COURSE"
sed -i 's/^attempts = 3$/attempts = 3\ntime_limit_minutes = 1/' "$COURSE/03-final/module.toml"
start_player --learner T-1 --name "Kim Lee"
park_pointer
keys m
keys Down Down Return
keys Return
[ "$(sql "select json_extract(state_json, '$.assessments.\"$SCREEN\"[0].time_allowed') from progress
          where learner_id = 'T-1'")" = 60000 ] || fail "the timed attempt did not start with 1 minute"
shot 12-time-warning
click 383 448                       # I need more time
[ "$(event_detail T-1 time-extended time_allowed_ms)" = 360000 ] ||
    fail "the button did not add 5 minutes: $(sql "select * from events where kind = 'time-extended'")"
keys ctrl+e                         # more than 2 minutes left: not offered, so nothing happens
[ "$(sql "select count(*) from events where kind = 'time-extended'")" = 1 ] || fail "Ctrl+E extended without the warning"
park_pointer
shot 13-extended
quit_player

# --- Out of time: the attempt hands itself in, with no input -------------------------
start_player --learner T-2 --name "Alex Moss"
park_pointer
keys m
keys Down Down Return
keys Return
mapfile -t T < <(drawn T-2 1)
keys "$(option "${T[0]}")" Return
sleep 61                            # no input at all: the countdown alone must wake the player
[ "$(event_detail T-2 attempt-submitted score)" = 0.25 ] ||
    fail "the attempt was not submitted when time ran out: $(sql "select * from events where learner_id = 'T-2'")"
shot 14-time-ran-out
results_on 14-time-ran-out
quit_player
echo "GUI assessment: 14 screenshots in $OUT"
