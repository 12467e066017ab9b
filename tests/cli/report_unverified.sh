#!/usr/bin/env bash
# A completion row edited in the database (given a pass it never earned) is caught by the
# manager's own commands, not only by `primer verify`: `primer report` counts and names it
# and still exits 0 (1 with --strict); `primer export` still writes both rows but says on
# standard error and in its summary which learner's completion does not match, and
# --verified-only leaves that row out; an untouched database gives no warning at all.
set -euo pipefail
primer=$1 data=$2
rm -rf "$data" && mkdir -p "$data"
fail() { echo "FAIL: $*" >&2; exit 1; }
course=tests/fixtures/courses/valid

"$primer" autoplay --course $course --data-dir "$data" --learner A-1 --name "Ann" >/dev/null
"$primer" autoplay --course $course --data-dir "$data" --learner B-2 --name "Bea" --strategy wrong >/dev/null

# Before any edit: nothing is flagged.
report=$("$primer" report --course fixture-course --data-dir "$data" --strict) || fail "a clean report exited non-zero"
grep -q "NOT VERIFIED" <<<"$report" && fail "a clean database was flagged: $report"
"$primer" export --format csv --data-dir "$data" --output "$data/clean.csv" 2>"$data/clean.log"
grep -q "warning" "$data/clean.log" && fail "a clean export warned: $(cat "$data/clean.log")"

[ "$(sqlite3 "$data/primer.sqlite3" "select success from completions where learner_id = 'B-2' order by id desc limit 1")" = unknown ] ||
    fail "B-2's completion is not 'unknown' (the fixture has no assessment), so the edit below may change nothing"
# Someone lifts the trigger that refuses edits and gives B-2 a pass with full marks.
sqlite3 "$data/primer.sqlite3" "DROP TRIGGER completions_never_change;
  UPDATE completions SET success = 'passed', score_scaled = 1.0 WHERE learner_id = 'B-2';"

report=$("$primer" report --course fixture-course --data-dir "$data") || fail "the report exited non-zero without --strict"
grep -q "^  NOT VERIFIED 1 completion does not match its signature:" <<<"$report" || fail "report count: $report"
grep -q "^    B-2 (Bea) in fixture-course: it does not match its signature" <<<"$report" || fail "report names: $report"
grep -q "^    A-1" <<<"$report" && fail "the untouched learner was named: $report"
grep -q "Run 'primer verify'.*restore the records from a backup" <<<"$report" || fail "report advice: $report"
"$primer" report --course fixture-course --data-dir "$data" --strict >/dev/null && fail "--strict exited 0"

"$primer" export --format csv --data-dir "$data" --output "$data/all.csv" 2>"$data/export.log" ||
    fail "the export failed: $(cat "$data/export.log")"
grep -q "warning: 1 completion does not match its signature (learner B-2)" "$data/export.log" ||
    fail "export warning: $(cat "$data/export.log")"
grep -q "exported 2 rows (2 signed, 1 not matching its signature)" "$data/export.log" ||
    fail "export summary: $(cat "$data/export.log")"
python3 - "$data/all.csv" <<'PY' || fail "the export does not hold both rows as recorded"
import csv, sys
rows = {r["learner_id"]: r for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"), strict=True)}
assert set(rows) == {"A-1", "B-2"}, rows.keys()
assert rows["B-2"]["success_status"] == "passed" and rows["B-2"]["signature"], rows["B-2"]
PY
# To standard output too, the warning goes to standard error and the rows are all there.
[ "$("$primer" export --format csv --data-dir "$data" 2>"$data/stdout.log" | wc -l)" = 3 ] || fail "stdout rows"
grep -q "(learner B-2)" "$data/stdout.log" || fail "no warning when writing to standard output"
# The export's rows are what `primer verify` then checks one by one.
out=$("$primer" verify "$data/all.csv" --data-dir "$data") && fail "the edited export verified"
grep -q "(learner B-2): it does not match its signature" <<<"$out" || fail "verify: $out"

"$primer" export --format csv --verified-only --data-dir "$data" --output "$data/verified.csv" 2>"$data/verified.log"
grep -q "It is left out of this export (--verified-only)" "$data/verified.log" || fail "verified-only: $(cat "$data/verified.log")"
grep -q "exported 1 row (1 signed, 1 left out: not matching its signature)" "$data/verified.log" ||
    fail "verified-only summary: $(cat "$data/verified.log")"
"$primer" verify "$data/verified.csv" --data-dir "$data" >/dev/null || fail "the verified-only export does not verify"
"$primer" export --format xapi --verified-only --data-dir "$data" --course-dir $course >/dev/null 2>&1 &&
    fail "--verified-only was taken for xAPI"
echo "report and export: the edited completion of B-2 is named, both rows kept, --verified-only leaves it out"
