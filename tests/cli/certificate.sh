#!/usr/bin/env bash
# Certificates: a completed learner's PDF shows who, what and when; its QR code (read by
# zbarimg) and its metadata carry the signed record, which verifies by file, by scanned
# text and by verification code; an altered record and an unfinished course are refused.
# In the learner's saved language (or --lang) its own words change, and its payload does not.
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
# In the learner's language: Ann chose Welsh in the player's Settings, so her certificate's
# own words are Welsh, while its payload (metadata and QR code) is the English one's and
# verifies. --lang overrides the saved choice; a language without player words is refused.
sqlite3 "$data/primer.sqlite3" "insert into comfort_settings (learner_id, text_size, line_spacing, dyslexia_font,
  high_contrast, reduced_motion, caption_size, narration_volume, reading_speed, updated_at_ms, language)
  values ('A-1', 100, 100, 0, 0, 0, 100, 80, 100, 1, 'cy');"
"$primer" certificate --learner A-1 --course-dir $course --data-dir "$data" --output "$data/ann-cy.pdf" 2>/dev/null
text=$(pdftotext "$data/ann-cy.pdf" - 2>/dev/null)
for expected in "Tystysgrif cwblhau" "Mae hyn yn tystio bod" "wedi cwblhau" "Cyhoeddwyd gan Primer" "Cod dilysu $code" \
    "I'w gwirio: primer verify $code" "Ann Ó Súilleabháin"; do
    grep -qF "$expected" <<<"$text" || fail "the Welsh certificate does not show '$expected': $text"
done
grep -qE "^ar [0-9]+ (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) 20[0-9]{2}$" <<<"$text" ||
    fail "the Welsh certificate's date is not in Welsh: $text"
! grep -qE "Certificate of completion|This is to certify|Verification code" <<<"$text" || fail "English left on the Welsh certificate: $text"
keywords() { pdfinfo "$1" | sed -n 's/^Keywords: *//p'; }
[ "$(keywords "$data/ann-cy.pdf")" = "$(keywords "$cert")" ] || fail "the Welsh certificate carries another payload"
pdfinfo "$data/ann-cy.pdf" | grep -q "^Title: *Tystysgrif cwblhau: A fixture course" || fail "the PDF's title is not Welsh"
out=$("$primer" verify "$data/ann-cy.pdf" --data-dir "$data") || fail "the Welsh certificate does not verify: $out"
pdftoppm -png -r 200 "$data/ann-cy.pdf" "$data/page-cy"
[ "$(zbarimg -q --raw "$data/page-cy-1.png")" = "$scanned" ] || fail "the Welsh certificate's QR code differs"
"$primer" certificate --learner A-1 --course-dir $course --data-dir "$data" --output "$data/ann-en.pdf" --lang en 2>/dev/null
pdftotext "$data/ann-en.pdf" - 2>/dev/null | grep -q "Certificate of completion" || fail "--lang en did not choose English"
out=$("$primer" certificate --learner A-1 --course-dir $course --data-dir "$data" --output "$data/x.pdf" --lang xx 2>&1) &&
    fail "a language without player words made a certificate"
grep -q 'there are no player words in "xx"' <<<"$out" || fail "--lang xx says: $out"
[ ! -e "$data/x.pdf" ] || fail "a refused language left a file"
echo "certificate: shown, scanned and verified, in Welsh too; forgery, unfinished course and failed assessment refused"
