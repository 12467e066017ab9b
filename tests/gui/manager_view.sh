#!/usr/bin/env bash
# The manager view, as a manager meets it: five learners recorded by autoplay (two pass,
# two fail, one stopped part way), a passphrase set with `primer manager --set-passphrase`;
# in the player, with real keys, Ctrl+M from sign-in, a wrong passphrase refused (and a
# pause after three), the right one let in; the figures on the screen, read back by OCR,
# match `primer report`; an organisation filter; Page Down and Page Up scroll the focused
# questions table; a CSV exported with the button matches
# `primer export`; Escape locks the view again, and the learners' records are untouched.
# Usage (under xvfb-run): manager_view.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
DATA=$OUT/data
PASSPHRASE="calm river morning"

for learner in A-1:correct B-2:wrong C-3:correct D-4:wrong; do
    "$PRIMER" autoplay --course "$COURSE" --data-dir "$DATA" --learner "${learner%%:*}" --name "Learner ${learner%%:*}" \
        --strategy "${learner##*:}" >/dev/null
done
"$PRIMER" autoplay --course "$COURSE" --data-dir "$DATA" --learner E-5 --name "Learner E-5" \
    --stop-at communicating-with-children/welcome >/dev/null
sql "update learners set organisation = 'Northshire Council' where id in ('A-1', 'B-2', 'E-5');
     update learners set organisation = 'Westvale Trust' where id in ('C-3', 'D-4');"
records_before=$(sql "select * from progress order by learner_id; select count(*) from interactions")

# The passphrase from standard input: mistakes are refused with a sentence and keep nothing.
out=$(printf 'too short\ntoo short\n' | "$PRIMER" manager --set-passphrase --data-dir "$DATA" 2>&1) &&
    fail "a short passphrase was accepted"
grep -q "at least 10 characters" <<<"$out" || fail "short passphrase message: $out"
out=$(printf '%s\n%s\n' "$PASSPHRASE" "calm river mornings" | "$PRIMER" manager --set-passphrase --data-dir "$DATA" 2>&1) &&
    fail "two different passphrases were accepted"
grep -q "not the same" <<<"$out" || fail "mismatch message: $out"
[ ! -e "$DATA/manager.passphrase" ] || fail "a refused passphrase left a file"
printf '%s\n%s\n' "$PASSPHRASE" "$PASSPHRASE" | "$PRIMER" manager --set-passphrase --data-dir "$DATA" 2>/dev/null
[ "$(stat -c %a "$DATA/manager.passphrase")" = 600 ] || fail "the passphrase file is readable by others"
grep -q '^\$argon2id\$v=19\$m=65536,t=2,p=1\$' "$DATA/manager.passphrase" || fail "not an Argon2id hash"
grep -q "$PASSPHRASE" "$DATA/manager.passphrase" && fail "the passphrase itself was stored"

# passphrase_entered: Return in the passphrase field, then time for the Argon2id check
# (~0.1 s alone, several times that on a loaded machine) before the answer is looked at.
passphrase_entered() { keys Return && sleep 1.5; }
# ocr NAME: the words on screenshot NAME, as Tesseract reads them.
ocr() { tesseract "$OUT/$1.png" - 2>/dev/null >"$OUT/$1.txt"; cat "$OUT/$1.txt"; }
# figures_shown NAME: the row of big figures under the filters (y 205-265 at 1280x800), read
# as one line: Tesseract's page layout splits a row of large digits unpredictably.
figures_shown() {
    convert "$OUT/$1.png" -crop 1280x60+0+205 +repage "$OUT/$1-figures.png"
    tesseract "$OUT/$1-figures.png" - --psm 6 2>/dev/null | tr -s ' \n' ' ' | sed 's/ $//'
}
# figures_of REPORT: "learners completed in-progress passed failed", as the view's top row shows them.
figures_of() {
    awk '/^Course /{l=$3} /^  completed/{c=$2} /^  in progress/{p=$3} /^  passed/{s=$2} /^  failed/{f=$2}
         END {print l, c, p, s, f}' <<<"$1"
}

start_player
shot 01-sign-in
keys ctrl+m
shot 02-gate
type_text "calm river evening"
passphrase_entered
shot 03-refused
text=$(ocr 03-refused)
grep -q "That passphrase is not right" <<<"$text" || fail "a wrong passphrase was not refused: $text"
grep -q "Deciding scores" <<<"$text" && fail "a wrong passphrase opened the view"
# Two more wrong guesses earn a pause, said in words; the button waits too.
type_text "calm river evening"
shot 04-typed-hidden
passphrase_entered
type_text "calm lake morning"
keys Return
# The pause lasts 2 s from the guess: take a burst of pictures within it, read them after.
for n in 1 2 3; do shot "05-pause-$n" && sleep 0.2; done
paused=no
for n in 1 2 3; do
    grep -q "you can try again in [12] second" <<<"$(ocr "05-pause-$n" | tr '\n' ' ')" && paused=yes && break
done
[ $paused = yes ] || fail "no pause after three wrong guesses (see 05-pause-*.png)"
sleep 2
type_text "$PASSPHRASE"
passphrase_entered
shot 06-dashboard
text=$(ocr 06-dashboard)
report=$("$PRIMER" report --course family-environment --data-dir "$DATA")
expected=$(figures_of "$report")
[ "$expected" = "5 4 1 2 2" ] || fail "the records are not what this test made: $report"
[ "$(figures_shown 06-dashboard)" = "$expected" ] ||
    fail "the view's figures ($(figures_shown 06-dashboard)) are not the report's ($expected)"
grep -q "80% of learners" <<<"$text" || fail "completion rate not shown: $text"
grep -q "50% of those assessed" <<<"$text" || fail "pass rate not shown: $text"
grep -Eq "Learner ?A-1 .*Northshire Council" <<<"$text" || fail "the learner list does not start with A-1: $text"

# The organisation field has the keyboard on arrival; Enter applies the filter.
type_text "Northshire Council"
keys Return
shot 07-filtered
text=$(ocr 07-filtered)
expected=$(figures_of "$("$PRIMER" report --course family-environment --organisation "Northshire Council" --data-dir "$DATA")")
[ "$expected" = "3 2 1 1 1" ] || fail "the report for Northshire Council: $expected"
[ "$(figures_shown 07-filtered)" = "$expected" ] ||
    fail "the filtered figures ($(figures_shown 07-filtered)) are not the report's ($expected)"
grep -q "67% of learners" <<<"$text" || fail "filtered completion rate not shown: $text"

# Tab goes through the stops: Organisation -> Status -> Active from -> Active before ->
# Apply -> Learners, which scrolls into view with its ring.
keys Tab Tab Tab Tab Tab
shot 08-learners
text=$(ocr 08-learners)
for learner in A-1 B-2 E-5; do grep -Eq "Learner ?$learner.*Northshire Council" <<<"$text" || fail "$learner not listed: $text"; done
grep -q "Westvale\|Learner [CD]-" <<<"$text" && fail "the filter left another organisation's learners in the list: $text"
keys Tab
shot 09-questions
grep -q "Questions, hardest first" <<<"$(ocr 09-questions)" || fail "the questions did not come into view"
# The focused table scrolls by keyboard: Page Down moves its rows, Page Up brings them back.
keys Next
shot 09b-questions-page-down
compare -metric AE -fuzz 3% "$OUT/09-questions.png" "$OUT/09b-questions-page-down.png" null: 2>/dev/null &&
    fail "Page Down did not scroll the questions table"
keys Prior
shot 09c-questions-page-up
same_picture 09-questions 09c-questions-page-up
# -> Format -> Save to: name the file; Enter exports it on the worker, and the view says where it went.
keys Tab Tab
type_text "northshire.csv"
keys Return
sleep 1
shot 10-exported
grep -q "Exported 3 rows to" <<<"$(ocr 10-exported | tr '\n' ' ')" || fail "the view did not say where the export went"
exported=$DATA/exports/northshire.csv
[ -f "$exported" ] || fail "no export at $exported: $(ls -R "$DATA")"
"$PRIMER" export --format csv --course family-environment --organisation "Northshire Council" --data-dir "$DATA" \
    >"$OUT/cli.csv"
cmp -s "$exported" "$OUT/cli.csv" || fail "the button's CSV differs from primer export's: $(diff "$exported" "$OUT/cli.csv")"
[ "$(head -c 20 "$exported")" = "learner_id,learner_n" ] && [ "$(wc -l <"$exported")" = 4 ] ||
    fail "the export's header and rows: $(cat "$exported")"

# Escape leaves for sign-in; coming back needs the passphrase again.
keys Escape
shot 11-signed-out
keys ctrl+m
shot 12-locked-again
same_picture 02-gate 12-locked-again
keys Escape
quit_player

[ "$(sql "select * from progress order by learner_id; select count(*) from interactions")" = "$records_before" ] ||
    fail "the manager view changed the learners' records"

# With no passphrase yet, the first visit chooses one, typed twice (Tab between the fields).
rm "$DATA/manager.passphrase"
start_player
keys ctrl+m
shot 13-choose
type_text "quiet harbour evening"
keys Tab
type_text "quiet harbour evening"
passphrase_entered
shot 14-chosen
grep -q "Deciding scores" <<<"$(ocr 14-chosen)" || fail "choosing a passphrase did not open the view"
[ "$(stat -c %a "$DATA/manager.passphrase")" = 600 ] || fail "the chosen passphrase's file is readable by others"
quit_player

grep -q "$PASSPHRASE\|calm river evening\|quiet harbour" "$OUT/player.log" && fail "a passphrase reached the log"
echo "manager view: gate, figures, filter and export checked in 16 screenshots in $OUT"
