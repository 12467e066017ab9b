#!/usr/bin/env bash
# primer autoplay records every choice kind as the player would: one interaction per
# attempt, with the kind's cmi.interaction type and verdict, under each strategy.
set -euo pipefail
primer=$1 data=$2
rm -rf "$data"
fail() { echo "FAIL: $*" >&2; exit 1; }
course=tests/fixtures/courses/choice-kinds
"$primer" autoplay --course "$course" --strategy correct --data-dir "$data" --learner right >/dev/null
"$primer" autoplay --course "$course" --strategy wrong --data-dir "$data" --learner wrong >/dev/null
q() { sqlite3 -batch -noheader "$data/primer.sqlite3" "$1"; }

# Each screen's kind, interaction type and verdicts, for the learner who gets them right.
expected='practice/confidence-after|confidence|likert|ungraded
practice/record-form|hotspot|choice|correct
practice/recording|fill-in|fill-in|correct
practice/reflection|reflection|long-fill-in|ungraded
starting-point/confidence-before|confidence|likert|ungraded
starting-point/first-response|multiple-response|choice|correct
starting-point/telling|true-false|true-false|correct
starting-point/who-to-talk-to|single-choice|choice|correct'
got=$(q "select screen || '|' || kind || '|' || interaction_type || '|' || group_concat(verdict)
         from interactions where learner_id = 'right' group by screen order by screen")
[ "$got" = "$expected" ] || fail "correct strategy recorded:
$got"
[ "$(q "select response_json from interactions where learner_id = 'right' and screen = 'practice/record-form'")" = \
  '["child-words","observed"]' ] || fail "hotspot response"
[ "$(q "select correct_responses_json from interactions where learner_id = 'right' and screen = 'practice/recording'")" = \
  '[["own words","lead"],["own words","lead (DSL)"],["own exact words","lead"],["own exact words","lead (DSL)"]]' ] ||
    fail "fill-in correct responses"

# The wrong strategy uses every attempt of each graded question (2, but 1 for true-false)
# and gets none right; ungraded screens are saved once.
[ "$(q "select count(*) from interactions where learner_id = 'wrong'")" = 12 ] ||
    fail "wrong strategy: $(q "select screen, attempt, verdict from interactions where learner_id = 'wrong'")"
[ "$(q "select count(*) from interactions where learner_id = 'wrong' and verdict = 'correct'")" = 0 ] ||
    fail "the wrong strategy got something right"
[ "$(q "select count(*) from progress where completed_at_ms > 0")" = 2 ] || fail "both learners complete the course"
echo "autoplay recorded every choice kind for both strategies"
