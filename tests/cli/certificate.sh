#!/usr/bin/env bash
# Certificates: a completed learner's PDF shows who, what and when; its QR code (read by
# zbarimg) and its metadata carry the signed record, which verifies by file, by scanned
# text and by verification code; an altered record and an unfinished course are refused.
set -euo pipefail
primer=$1 data=$2
rm -rf "$data" && mkdir -p "$data"
fail() { echo "FAIL: $*" >&2; exit 1; }
course=tests/fixtures/courses/valid
cert="$data/ann.pdf"

"$primer" autoplay --course $course --data-dir "$data" --learner A-1 --name "Ann Ó Súilleabháin" >/dev/null
"$primer" certificate --learner A-1 --course-dir $course --data-dir "$data" --output "$cert" 2>"$data/log"
code=$(grep -o 'verification code [0-9A-Z-]*' "$data/log" | cut -d' ' -f3)
[ -n "$code" ] || fail "no verification code: $(cat "$data/log")"

text=$(pdftotext "$cert" - 2>/dev/null)
for expected in "Certificate of completion" "Ann Ó Súilleabháin" "A fixture course" "Verification code $code"; do
    grep -qF "$expected" <<<"$text" || fail "the certificate does not show '$expected': $text"
done

out=$("$primer" verify "$cert" --data-dir "$data") || fail "the certificate does not verify: $out"
grep -q "valid: A-1 completed fixture-course" <<<"$out" || fail "verify says: $out"
"$primer" verify "$code" --data-dir "$data" >/dev/null || fail "the verification code does not verify"

pdftoppm -png -r 200 "$cert" "$data/page"
scanned=$(zbarimg -q --raw "$data/page-1.png")
[[ "$scanned" == primer-certificate/1:* ]] || fail "the QR code does not read back: $scanned"
"$primer" verify "$scanned" --data-dir "$data" >/dev/null || fail "the scanned record does not verify"

# An altered record (a better score, say) in the scanned text no longer verifies.
forged=$(python3 - "$scanned" <<'PY'
import base64, json, sys
prefix, data = sys.argv[1].split(":", 1)
record = json.loads(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))
record["learner_id"] = "Z-9"
print(prefix + ":" + base64.urlsafe_b64encode(json.dumps(record).encode()).decode().rstrip("="))
PY
)
out=$("$primer" verify "$forged" --data-dir "$data") && fail "an altered certificate verified: $out"
grep -q "NOT VALID: it does not match its signature" <<<"$out" || fail "verify says: $out"
"$primer" verify "ZZZZ-ZZZZ-ZZZZ" --data-dir "$data" >/dev/null && fail "an unknown code verified"

# No certificate before the course is complete.
sqlite3 "$data/primer.sqlite3" "insert into learners values ('C-3', 'Cy', '', 1, 1);
  insert into progress values ('C-3', 'fixture-course', '2.1.0', 'basics/welcome', 1, 2, NULL, '{}');"
out=$("$primer" certificate --learner C-3 --course-dir $course --data-dir "$data" --output "$data/cy.pdf" 2>&1) &&
    fail "an unfinished course earned a certificate"
grep -q "they have not completed the course yet" <<<"$out" || fail "refusal says: $out"
[ ! -e "$data/cy.pdf" ] || fail "a refused certificate left a file"
# With a final assessment: the score that passed is on the certificate; a fail earns none.
exam=tests/fixtures/courses/assessment
"$primer" autoplay --course $exam --data-dir "$data" --learner P-1 >/dev/null
"$primer" autoplay --course $exam --data-dir "$data" --learner F-1 --strategy wrong >/dev/null
[ "$(sqlite3 "$data/primer.sqlite3" "select group_concat(learner_id || ':' || success || ':' || score_scaled, ' ')
      from (select * from completions where course_id = 'assessment-fixture' order by id)")" = "P-1:passed:1.0 F-1:failed:0.0" ] ||
    fail "assessment completions: $(sqlite3 "$data/primer.sqlite3" 'select * from completions')"
"$primer" certificate --learner P-1 --course-dir $exam --data-dir "$data" --output "$data/p.pdf" 2>/dev/null
pdftotext "$data/p.pdf" - 2>/dev/null | grep -q "final assessment score of 100% (passed)" || fail "no score on the certificate"
out=$("$primer" certificate --learner F-1 --course-dir $exam --data-dir "$data" --output "$data/f.pdf" 2>&1) &&
    fail "a failed assessment earned a certificate"
grep -q "they have not passed the final assessment yet" <<<"$out" || fail "refusal says: $out"
echo "certificate: shown, scanned and verified; forgery, unfinished course and failed assessment refused"
