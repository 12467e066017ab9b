#!/usr/bin/env bash
# A certificate in the Northfield example brand shows its signatory, role, wording and
# name as issuer, and carries its logo; the default brand's keeps Primer's own wording.
set -euo pipefail
primer=$1 data=$2
rm -rf "$data" && mkdir -p "$data"
fail() { echo "FAIL: $*" >&2; exit 1; }
course=tests/fixtures/courses/valid

"$primer" autoplay --course $course --data-dir "$data" --learner A-1 --name "Ann Shaw" >/dev/null
"$primer" certificate --learner A-1 --course-dir $course --data-dir "$data" --output "$data/north.pdf" \
    --brand tests/fixtures/brands/northfield 2>"$data/log" || fail "$(cat "$data/log")"
text=$(pdftotext "$data/north.pdf" - 2>/dev/null)
for expected in "Dr Amara Okafor" "Chair, Northfield Safeguarding Partnership" \
    "has completed the partnership's safeguarding course" "Issued by Northfield Safeguarding Partnership"; do
    grep -qF "$expected" <<<"$text" || fail "the branded certificate does not show '$expected': $text"
done
# The logo is the one raster image in the PDF (the QR code is drawn as squares).
[ "$(pdfimages -list "$data/north.pdf" | tail -n +3 | wc -l)" -ge 1 ] || fail "the branded certificate has no logo"

"$primer" certificate --learner A-1 --course-dir $course --data-dir "$data" --output "$data/default.pdf" 2>/dev/null
text=$(pdftotext "$data/default.pdf" - 2>/dev/null)
grep -qF "Issued by Primer" <<<"$text" || fail "the default certificate is not issued by Primer: $text"
grep -qF "Dr Amara Okafor" <<<"$text" && fail "the default certificate shows the Northfield signatory"
echo "the branded certificate shows its signatory, wording and issuer; the default keeps Primer's"
