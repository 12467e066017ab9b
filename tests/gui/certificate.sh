#!/usr/bin/env bash
# "Save my certificate" with real keys and clicks: a learner who completed the small
# assessment course and passed resumes on the results, presses G, and the same PDF
# `primer certificate` writes lands in their XDG documents folder under their name and the
# course's; `primer verify` finds it valid, and "Open it" hands that file to the opener (the
# PRIMER_OPEN_URL_LOG hook). A folder the file cannot be written to gives one sentence and
# loses nothing; a learner who failed the assessment is offered no certificate at all.
# Usage (under xvfb-run): certificate.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
export HOME="$OUT/home" XDG_CONFIG_HOME="$OUT/home/.config" PRIMER_OPEN_URL_LOG="$OUT/opened.log"
mkdir -p "$HOME/Papurau" "$XDG_CONFIG_HOME"
echo 'XDG_DOCUMENTS_DIR="$HOME/Papurau"' > "$XDG_CONFIG_HOME/user-dirs.dirs"
pdf="$HOME/Papurau/Certificate - Noticing and responding- a short course - Sam Jones.pdf"

# click_word NAME WORD: clicks the middle of WORD where Tesseract reads it in screenshot NAME
# (doubled first, as words_in does: Tesseract misses text the size of the buttons).
click_word() {
    local at
    convert "$OUT/$1.png" -resize 200% "$OUT/$1-doubled.png"
    at=$(tesseract "$OUT/$1-doubled.png" - tsv 2>/dev/null |
         awk -F'\t' -v w="$2" '$12 == w { print int(($7 + $9 / 2) / 2), int(($8 + $10 / 2) / 2); exit }')
    [ -n "$at" ] || fail "no \"$2\" in $1.png"
    xdotool mousemove $at click 1
    settle
}

for learner in "pass-1 Sam Jones correct" "fail-1 Alex Reed wrong"; do
    read -r id first last strategy <<< "$learner"
    "$PRIMER" autoplay --course "$COURSE" --data-dir "$OUT/data" --learner "$id" --name "$first $last" \
        --strategy "$strategy" > "$OUT/autoplay-$id.log" || fail "autoplay: $(cat "$OUT/autoplay-$id.log")"
done
[ "$(sql "select success from completions where learner_id = 'pass-1' order by id desc limit 1")" = passed ] ||
    fail "autoplay did not pass the assessment for pass-1"

# The failed learner: results with no certificate, and G does nothing.
start_player --learner fail-1
shot 01-failed-results
words=$(words_in 01-failed-results 1280x800+0+0)
case "$words" in *"not passed"*|*"did not pass"*|*score*) ;; *) fail "01-failed-results shows no results: $words" ;; esac
case "$words" in *"Save my certificate"*) fail "a learner who failed is offered a certificate" ;; esac
keys g
[ -z "$(ls -A "$HOME/Papurau")" ] || fail "G saved something for a learner who failed: $(ls "$HOME/Papurau")"
quit_player

# A folder that cannot take the file: one sentence, and the records are as they were.
mkdir -p "$pdf.partial"  # a folder where the partial file must go
completions=$(sql "select count(*) from completions")
start_player --learner pass-1
shot 02-passed-results
case "$(words_in 02-passed-results 1280x800+0+0)" in *"Save my certificate"*) ;; *) fail "no Save my certificate button after a pass" ;; esac
keys g
shot 03-save-failed
case "$(words_in 03-save-failed 1280x800+0+0)" in *"could not write"*) ;; *) fail "a failed save said nothing" ;; esac
[ ! -e "$pdf" ] || fail "a failed save left a file"
[ "$(sql "select count(*) from completions")" = "$completions" ] || fail "a failed save changed the records"
rm -rf "$pdf.partial"  # (the failed write may have taken it away already)

# Saved for real, by the button this time.
click_word 03-save-failed Save
[ -s "$pdf" ] || fail "Save my certificate wrote no PDF: $(ls "$HOME/Papurau")"
shot 04-saved
case "$(words_in 04-saved 1280x800+0+0)" in *"Papurau"*) ;; *) fail "the screen does not say where the certificate went" ;; esac
"$PRIMER" verify --data-dir "$OUT/data" "$pdf" > "$OUT/verify.log" 2>&1 || fail "primer verify: $(cat "$OUT/verify.log")"
grep -q ": valid: pass-1 completed" "$OUT/verify.log" || fail "primer verify did not say valid: $(cat "$OUT/verify.log")"

click_word 04-saved Open
[ "$(cat "$OUT/opened.log")" = "file://${pdf// /%20}" ] || fail "Open it opened $(cat "$OUT/opened.log" 2>/dev/null)"
quit_player
echo "certificate: saved, verified and opened after a pass; none offered after a fail"
