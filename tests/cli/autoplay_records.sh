#!/usr/bin/env bash
# primer autoplay with a learner leaves the same records a learner in the player would:
# progress completed, one interaction per attempt, and a resume that needs no work.
set -euo pipefail
primer=$1 data=$2
rm -rf "$data"
fail() { echo "FAIL: $*" >&2; exit 1; }
questions=$(grep -c 'kind = "single-choice"' modules/*/module.toml | awk -F: '{s+=$2} END {print s}')

# Without a learner nothing is written, and the right answers finish every question.
summary=$("$primer" autoplay --course modules --strategy correct)
grep -Eq "questions: +$questions answered, $questions correct" <<<"$summary" || fail "correct strategy: $summary"
grep -Eq "course: +completed" <<<"$summary" || fail "correct strategy did not complete: $summary"

"$primer" autoplay --course modules --strategy wrong --data-dir "$data" --learner s-42 --name "Test Learner" >/dev/null

db="$data/primer.sqlite3"
q() { sqlite3 -batch -noheader "$db" "$1"; }

attempts=$(grep -h '^attempts' modules/*/module.toml | awk '{s+=$3} END {print s}')
# With the wrong strategy every question uses all its attempts (2 unless the script says).
expected=$(( attempts + 2 * (questions - $(grep -c '^attempts' modules/*/module.toml | awk -F: '{s+=$2} END {print s}')) ))

[ "$(q "select name from learners where id='s-42'")" = "Test Learner" ] || fail "learner not saved"
[ "$(q "select completed_at_ms > 0 from progress where learner_id='s-42'")" = 1 ] || fail "course not completed"
[ "$(q "select count(*) from interactions where learner_id='s-42'")" = "$expected" ] || fail "expected $expected answers, got $(q 'select count(*) from interactions')"
[ "$(q "select count(*) from interactions where success=1")" = 0 ] || fail "wrong strategy recorded a success"
[ "$(q "select count(distinct screen) from interactions")" = "$questions" ] || fail "not every question answered"
[ "$(q "select count(*) from events where kind='course-completed'")" = 1 ] || fail "no course-completed event"
[ "$(q "pragma integrity_check")" = ok ] || fail "database integrity"
echo "autoplay recorded $expected answers to $questions questions; course completed"
