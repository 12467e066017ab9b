#!/usr/bin/env bash
# Completion records a manager can trust: learners play through autoplay (recording as the
# player would), the export parses strictly as RFC 4180 with neutralised formulas, every
# signed row verifies, and any edited signed field, a forged completion or a different key
# is caught.
set -euo pipefail
primer=$1 data=$2
rm -rf "$data" && mkdir -p "$data"
fail() { echo "FAIL: $*" >&2; exit 1; }
course=tests/fixtures/courses/valid

"$primer" autoplay --course $course --data-dir "$data" --learner A-1 --name 'Ann, "Jo"' >/dev/null
"$primer" autoplay --course $course --data-dir "$data" --learner B-2 --name '=HYPERLINK("x")' --strategy wrong >/dev/null
# A staff id a spreadsheet would take for a formula is neutralised, and still verifies.
"$primer" autoplay --course $course --data-dir "$data" --learner=-D4 --name Dee >/dev/null
sqlite3 "$data/primer.sqlite3" "insert into learners values ('C-3', 'Cy', 'North', 1, 1);
  insert into progress values ('C-3', 'fixture-course', '2.1.0', 'basics/welcome', 1, 2, NULL, '{}');"

"$primer" export --format csv --data-dir "$data" --output "$data/all.csv" 2>"$data/export.log"
grep -q "exported 4 rows (3 signed)" "$data/export.log" || fail "export summary: $(cat "$data/export.log")"
# Python's csv module in strict mode is the independent RFC 4180 reader here.
python3 - "$data/all.csv" <<'PY' || fail "the export is not strict RFC 4180"
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, strict=True))
raw = open(sys.argv[1], "rb").read()
assert raw.count(b"\r\n") == 5 and raw.count(b"\n") == 5, "CRLF line ends"
header, *body = rows
assert len(body) == 4 and all(len(r) == len(header) for r in body), rows
by_id = {r[0]: dict(zip(header, r)) for r in body}
assert by_id["A-1"]["learner_name"] == 'Ann, "Jo"'
assert by_id["B-2"]["learner_name"] == "'=HYPERLINK(\"x\")", by_id["B-2"]["learner_name"]
assert by_id["C-3"]["completion_status"] == "in_progress" and by_id["C-3"]["signature"] == ""
assert by_id["A-1"]["completion_status"] == "completed" and by_id["A-1"]["signature"]
assert "'-D4" in by_id, by_id.keys()
PY
out=$("$primer" verify "$data/all.csv" --data-dir "$data") || fail "a fresh export does not verify: $out"
grep -q "3 signed and valid, 1 in progress (nothing to sign), 0 failed" <<<"$out" || fail "verify summary: $out"

# Each kind of tampering is caught and named by line.
sed 's/^A-1,\(.*\),completed,unknown,/A-1,\1,completed,passed,/' "$data/all.csv" >"$data/edited.csv"
out=$("$primer" verify "$data/edited.csv" --data-dir "$data") && fail "an edited result verified"
grep -q "(learner A-1): it does not match its signature" <<<"$out" || fail "edit not named: $out"
sed 's/^C-3,\(.*\),in_progress,/C-3,\1,completed,/' "$data/all.csv" >"$data/forged.csv"
out=$("$primer" verify "$data/forged.csv" --data-dir "$data") && fail "a forged completion verified"
grep -q "learner C-3): says 'completed', 'unknown' but is not signed" <<<"$out" || fail "forgery not named: $out"
other=$(mktemp -d)
"$primer" autoplay --course $course --data-dir "$other" --learner Z-9 >/dev/null
key=$(sqlite3 "$other/primer.sqlite3" "select public_key from signing_keys")
out=$("$primer" verify "$data/all.csv" --public-key "$key") && fail "another organisation's key verified"
grep -q "which is not the key given" <<<"$out" || fail "wrong key not named: $out"
rm -rf "$other"

# An export made before the score in points was signed (no score_raw, score_min, score_max
# or signed_form columns; its row signed in form 1 by a key made for this fixture) still
# verifies, and an edit to it is still caught.
old_export=tests/fixtures/exports/form1-primer-preset.csv
old_key=oJGDDobmMX2tZmRI-guX8D2A4xbfBV1ApK6PDyyl_ZM
out=$("$primer" verify $old_export --public-key $old_key) || fail "an export from before the points does not verify: $out"
grep -q "1 signed and valid, 1 in progress (nothing to sign), 0 failed" <<<"$out" || fail "old export: $out"
sed 's/,passed,0.8667,87,2,/,passed,0.9667,97,2,/' $old_export >"$data/old-edited.csv"
! cmp -s $old_export "$data/old-edited.csv" || fail "the edit of the old export did not apply"
out=$("$primer" verify "$data/old-edited.csv" --public-key $old_key) && fail "an edited old export verified: $out"
grep -q "(learner OLD-1): it does not match its signature: a signed field has been changed" <<<"$out" ||
    fail "the edited old line is not named: $out"
# Points typed into an old export's (form 1) line were never signed, so it does not verify.
python3 - $old_export "$data/old-with-points.csv" <<'PY'
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f, strict=True))
fields = list(rows[0].keys())
at = fields.index("score_percent") + 1
fields[at:at] = ["score_raw", "score_min", "score_max"]
rows[0].update(score_raw="15", score_min="0", score_max="15")
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    out = csv.DictWriter(f, fieldnames=fields, restval="", lineterminator="\r\n")
    out.writeheader()
    out.writerows(rows)
PY
out=$("$primer" verify "$data/old-with-points.csv" --public-key $old_key) && fail "an old line given points verified: $out"
grep -q "(learner OLD-1): it does not match its signature: it carries a score in points" <<<"$out" ||
    fail "the old line given points is not named: $out"
# A form-2 row claimed as form 1 no longer matches its signature.
python3 - "$data/all.csv" "$data/downgraded.csv" <<'PY'
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, strict=True))
form = rows[0].index("signed_form")
assert [r[form] for r in rows[1:] if r[0] == "A-1"] == ["2"], rows
for row in rows[1:]:
    if row[0] == "A-1":
        row[form] = "1"
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    csv.writer(f, lineterminator="\r\n").writerows(rows)
PY
out=$("$primer" verify "$data/downgraded.csv" --data-dir "$data") && fail "a row claimed as form 1 verified: $out"
grep -q "(learner A-1): it does not match its signature" <<<"$out" || fail "the claimed form is not caught: $out"

# The database itself refuses edits to signed completions.
sqlite3 "$data/primer.sqlite3" "update completions set success = 'passed'" 2>/dev/null && fail "a completion row was edited"

# LMS presets carry exactly their documented columns, completed learners only.
[ "$("$primer" export --format csv --preset totara --data-dir "$data" | head -1)" = $'username,courseshortname,courseidnumber,completiondate,grade\r' ] ||
    fail "Totara columns"
[ "$("$primer" export --format csv --preset totara --data-dir "$data" | wc -l)" = 4 ] || fail "Totara rows"
[ "$("$primer" export --format csv --preset iomad --data-dir "$data" | head -1)" = $'username,coursename,timeenrolled,timestarted,timecompleted\r' ] ||
    fail "IOMAD columns"
[ "$("$primer" export --format csv --preset canvas --data-dir "$data" | head -1)" = $'course_id,user_id,role,status\r' ] ||
    fail "Canvas columns"
[ "$("$primer" export --format csv --status in-progress --data-dir "$data" | wc -l)" = 2 ] || fail "status filter"
[ "$("$primer" export --format csv --organisation North --data-dir "$data" | tail -1 | cut -d, -f1)" = C-3 ] || fail "organisation filter"
[ "$("$primer" export --format csv --from 2999-01-01 --data-dir "$data" | wc -l)" = 1 ] || fail "date filter"
"$primer" export --format csv --status done --data-dir "$data" 2>/dev/null && fail "a bad status was accepted"
# The manager's summary reads the same records.
report=$("$primer" report --course fixture-course --data-dir "$data")
grep -q "^Course fixture-course: 4 learners" <<<"$report" || fail "report learners: $report"
grep -q "^  completed   3 (75%)" <<<"$report" || fail "report completion: $report"
# B-2 answered wrongly on all three tries; A-1 and -D4 were right first time.
grep -q "basics/first-question  (single-choice)  learners 3, answers 5, right 40%; chosen in wrong answers: wrong x3" \
    <<<"$report" || fail "report item analysis: $report"
echo "export and verify: 4 learners, 3 signed, every tampering caught"
