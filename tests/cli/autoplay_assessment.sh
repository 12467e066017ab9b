#!/usr/bin/env bash
# primer autoplay takes the fixture course's assessment as a learner would, and records it:
# one answer per drawn question (part = question id, attempt 1), the attempt's start and
# submission with its score, completion whether passed or not, and success kept apart.
set -euo pipefail
primer=$1 data=$2
course=tests/fixtures/courses/assessment
rm -rf "$data"
fail() { echo "FAIL: $*" >&2; exit 1; }
db="$data/primer.sqlite3"
q() { sqlite3 -batch -noheader "$db" "$1"; }

"$primer" autoplay --course "$course" --strategy wrong --data-dir "$data" --learner wrong >/dev/null
"$primer" autoplay --course "$course" --strategy correct --data-dir "$data" --learner right >/dev/null

for learner in wrong right; do
    [ "$(q "select completed_at_ms > 0 from progress where learner_id='$learner'")" = 1 ] ||
        fail "$learner: course not completed"
    [ "$(q "select count(*) from interactions where learner_id='$learner' and screen='final/assessment'
             and part != '' and attempt = 1 and kind = 'single-choice' and interaction_type = 'choice'")" = 4 ] ||
        fail "$learner: expected 4 assessment answers: $(q "select * from interactions where learner_id='$learner'")"
    drawn=$(q "select value from events, json_each(json_extract(detail_json, '$.questions'))
               where learner_id='$learner' and kind='attempt-started' order by value")
    answered=$(q "select part from interactions where learner_id='$learner' order by part")
    [ -n "$drawn" ] && [ "$drawn" = "$answered" ] || fail "$learner: answers are not the drawn questions: $drawn / $answered"
    [ "$(q "select json_extract(detail_json, '$.number') from events where learner_id='$learner' and kind='attempt-started'")" = 1 ] ||
        fail "$learner: no attempt-started event for attempt 1"
done

[ "$(q "select count(*) from interactions where learner_id='wrong' and success=1")" = 0 ] || fail "wrong recorded a success"
[ "$(q "select json_extract(detail_json, '$.passed') || ' ' || json_extract(detail_json, '$.score')
        from events where learner_id='wrong' and kind='attempt-submitted'")" = "0 0.0" ] ||
    fail "wrong: submission not recorded as failed: $(q "select detail_json from events where kind='attempt-submitted'")"
[ "$(q "select json_extract(detail_json, '$.passed') || ' ' || json_extract(detail_json, '$.score')
        from events where learner_id='right' and kind='attempt-submitted'")" = "1 1.0" ] ||
    fail "right: submission not recorded as passed"
[ "$(q "select count(*) from events where kind='course-completed'")" = 2 ] || fail "both learners complete the course"
# Each learner's draw comes from their own seed, saved in their progress, so a resume shows the same questions.
[ "$(q "select json_extract(state_json, '$.assessments.\"final/assessment\"[0].passed') from progress where learner_id='right'")" = 1 ] ||
    fail "the attempt is not in the saved progress"
echo "autoplay took the assessment for two learners: failed and passed, both completed"
