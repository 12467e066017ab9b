#!/usr/bin/env bash
# The manager view warns when a completion it shows does not match its signature: two
# learners recorded by autoplay, one completion row edited in the database (given a pass
# it never earned); with real keys, Ctrl+M and the passphrase open the dashboard, whose
# warning card (read back by OCR) counts and names that learner and says what to do, and
# whose learners table marks that row "not verified" in words. The untouched learner's row
# is not marked; the records are not changed by looking.
# Usage (under xvfb-run): manager_trust.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
DATA=$OUT/data
PASSPHRASE="quiet harbour dawn"

"$PRIMER" autoplay --course "$COURSE" --data-dir "$DATA" --learner A-1 --name "Ann Able" >/dev/null
"$PRIMER" autoplay --course "$COURSE" --data-dir "$DATA" --learner B-2 --name "Bea Bold" --strategy wrong >/dev/null
sql "DROP TRIGGER completions_never_change;
     UPDATE completions SET success = 'passed', score_scaled = 1.0 WHERE learner_id = 'B-2';"
records_before=$(sql "select * from completions order by id")
printf '%s\n%s\n' "$PASSPHRASE" "$PASSPHRASE" | "$PRIMER" manager --set-passphrase --data-dir "$DATA" 2>/dev/null

start_player
keys ctrl+m
type_text "$PASSPHRASE"
keys Return
sleep 1.5  # the passphrase is hashed before the view opens
shot 01-dashboard
# The card sits between the filters and the figures (y ~150-330 at 1280x800).
card=$(words_in 01-dashboard 1240x200+20+140)
grep -q "Records that do not match their signature: 1" <<<"$card" || fail "no warning card: $card"
grep -q "Bea Bold (B-2)" <<<"$card" || fail "the card does not name B-2: $card"
grep -q "Ann Able" <<<"$card" && fail "the card names the untouched learner: $card"
grep -q "primer verify" <<<"$card" && grep -q "backup" <<<"$card" || fail "the card does not say what to do: $card"

# Tab from the organisation field to the learners table (Status, From, Before, Apply, Learners).
keys Tab Tab Tab Tab Tab
shot 02-learners
rows=$(tesseract "$OUT/02-learners.png" - 2>/dev/null | tee "$OUT/02-learners.txt")
grep -Eq "Bea ?Bold.*B-2.*Passed.*\(not verified\)" <<<"$rows" || fail "B-2's row is not marked: $rows"
grep -E "Ann ?Able" <<<"$rows" | grep -q "not verified" && fail "A-1's row is marked: $rows"
grep -Eq "Ann ?Able" <<<"$rows" || fail "A-1's row is not shown: $rows"
keys Escape
quit_player

[ "$(sql "select * from completions order by id")" = "$records_before" ] || fail "the manager view changed the records"
echo "manager view: the edited completion of B-2 is named in a warning card and marked in the table"
