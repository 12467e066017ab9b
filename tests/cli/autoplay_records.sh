#!/usr/bin/env bash
# primer autoplay with a learner leaves the same records a learner in the player would:
# progress completed, one interaction per attempt, and a resume that needs no work.
set -euo pipefail
primer=$1 data=$2
rm -rf "$data"
fail() { echo "FAIL: $*" >&2; exit 1; }
# What the course holds, read from its files: its task screens, how many of them are marked,
# the answers the wrong strategy gives them (every attempt of a marked task, one answer to
# an unmarked one) and the questions its assessments draw.
read -r tasks graded wrong_answers drawn < <(python3 - <<'PY'
import pathlib, tomllib
root = pathlib.Path("modules")
tasks = graded = answers = drawn = 0
for folder in tomllib.loads((root / "course.toml").read_text())["modules"]:
    for screen in tomllib.loads((root / folder / "module.toml").read_text())["screen"]:
        kind = screen["kind"]
        if kind == "assessment":
            drawn += screen.get("draw", 15)
        elif kind in ("confidence", "reflection"):
            tasks += 1
            answers += 1
        elif kind not in ("text", "image", "summary", "conversation", "explainer"):
            tasks += 1
            graded += 1
            answers += screen.get("attempts", 2)
print(tasks, graded, answers, drawn)
PY
)
[ "$graded" -gt 0 ] && [ "$drawn" -gt 0 ] || fail "the course has no marked tasks or no assessment"

# Without a learner nothing is written, and the right answers finish every question.
summary=$("$primer" autoplay --course modules --strategy correct)
grep -Eq "questions: +$tasks answered, $graded correct" <<<"$summary" || fail "correct strategy: $summary"
grep -Eq "course: +completed" <<<"$summary" || fail "correct strategy did not complete: $summary"

"$primer" autoplay --course modules --strategy wrong --data-dir "$data" --learner s-42 --name "Test Learner" >/dev/null

db="$data/primer.sqlite3"
q() { sqlite3 -batch -noheader "$db" "$1"; }

# Task screens record with no part; assessment questions and conversation replies name theirs.
task_rows="learner_id='s-42' and part = ''"
assessment_rows="learner_id='s-42' and part <> '' and kind <> 'conversation'"

[ "$(q "select name from learners where id='s-42'")" = "Test Learner" ] || fail "learner not saved"
[ "$(q "select completed_at_ms > 0 from progress where learner_id='s-42'")" = 1 ] || fail "course not completed"
[ "$(q "select count(*) from interactions where $task_rows")" = "$wrong_answers" ] ||
    fail "expected $wrong_answers task answers, got $(q "select count(*) from interactions where $task_rows")"
[ "$(q "select count(distinct screen) from interactions where $task_rows")" = "$tasks" ] || fail "not every task answered"
[ "$(q "select count(*) from interactions where $assessment_rows")" = "$drawn" ] || fail "not every drawn question answered"
[ "$(q "select count(*) from interactions where kind = 'conversation'")" -gt 0 ] || fail "no conversation replies recorded"
[ "$(q "select count(*) from interactions where success=1")" = 0 ] || fail "wrong strategy recorded a success"
[ "$(q "select count(*) from events where kind='course-completed'")" = 1 ] || fail "no course-completed event"
[ "$(q "pragma integrity_check")" = ok ] || fail "database integrity"
echo "autoplay recorded $wrong_answers answers to $tasks tasks and $drawn assessment questions; course completed"
