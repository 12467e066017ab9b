#!/usr/bin/env bash
# The manager view in Welsh, live while the player's background sync sends (lrs.toml:
# auto = true), against a loopback fake LRS that first answers 503 with Retry-After. With
# --lang cy, Ctrl+M and the passphrase: the view's words are Welsh (Tesseract reads them)
# and statements wait; then, with no key pressed or mouse moved, the background sync's
# retry sends them and the view shows it. Then the LRS refuses the credentials: Sync now
# (its button says "Cysoni nawr") stops, and the Welsh advice names the same button.
# Usage (under xvfb-run): manager_live.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/../.."  # tests/lrs/lib.sh runs the fake LRS from the source tree
primer=$PRIMER data=$OUT/data work=$OUT course=$COURSE password='manager-live-Secret-5R1'
source tests/lrs/lib.sh
PASSPHRASE="gentle hill evening"

"$PRIMER" autoplay --course "$COURSE" --data-dir "$data" --learner A-1 --strategy correct >/dev/null
printf '%s\n%s\n' "$PASSPHRASE" "$PASSPHRASE" | "$PRIMER" manager --set-passphrase --data-dir "$data" 2>/dev/null
# The first POST is turned away for 8 s: long enough to open the view before the retry.
start_lrs --fail 503 --fail-count 1 --retry-after 8
printf 'auto = true\n' >> "$data/lrs.toml"
waiting() { sql "select count(*) from outbox where state = 'waiting'"; }
sent() { sql "select count(*) from outbox where state = 'sent'"; }
# ocr NAME: the words on screenshot NAME on one line, as Tesseract reads them (kept beside it).
ocr() { tesseract "$OUT/$1.png" - 2>/dev/null | tr -s ' \n' ' ' | tee "$OUT/$1.txt"; }

start_player --lang cy
keys ctrl+m
type_text "$PASSPHRASE"
keys Return
sleep 1.5  # the passphrase is hashed before the view opens
shot 01-waiting
queued=$(waiting)
[ "$(sent)" = 0 ] && [ "$queued" -gt 0 ] || fail "the retry came before the view was looked at (waiting $queued, sent $(sent))"
text=$(ocr 01-waiting)
for words in "Golwg rheolwr" "Sefydliad" "Statws" "Dysgwyr" "Allforio" "Cysoni nawr gyda 127.0.0.1" \
             "Datganiadau ar gyfer yr LRS"; do
    grep -qF "$words" <<<"$text" || fail "\"$words\" is not on the Welsh manager view: $text"
done
grep -Eq "Yn ?aros: ?$queued Wedi'u ?hanfon: ?0" <<<"$text" || fail "the $queued waiting statements are not shown: $text"
for english in "Manager view" "Organisation" "Sync now" "Export"; do
    ! grep -qF "$english" <<<"$text" || fail "\"$english\" is still English on the Welsh manager view: $text"
done

# Hands off: the background sync's retry sends, and its run wakes the window to show it.
for _ in $(seq 150); do [ "$(waiting)" = 0 ] && [ "$(sent)" -gt 0 ] && break; sleep 0.1; done
[ "$(waiting)" = 0 ] || fail "the background sync did not retry: $(waiting) statements still wait"
sleep 0.5
shot 02-sent-by-background
text=$(ocr 02-sent-by-background)
grep -Eq "Yn ?aros: ?0 Wedi'u ?hanfon: ?$(sent)" <<<"$text" || fail "the view does not show the background sync's result: $text"
check_lrs_holds_export

# The LRS comes back on the same port with other credentials; Sync now is refused (401).
"$PRIMER" autoplay --course "$COURSE" --data-dir "$data" --learner B-2 --strategy wrong >/dev/null
port=$lrs_port
stop_lrs
LRS_KEEP_SETTINGS=1 start_lrs --port "$port" --password 'another-Secret-2'
keys shift+Tab shift+Tab Return  # from the organisation field, back past Back to the last stop: Sync now
stopped() { [ "$(sql "select count(*) from outbox where state = 'waiting' and last_error like '%(HTTP 401)%'")" -gt 0 ]; }
for _ in $(seq 100); do stopped && break; sleep 0.1; done
stopped || fail "Sync now was not refused"
sleep 0.5
xdotool mousemove --window "$WINDOW" 640 500 click --repeat 2 --delay 30 5  # the card is under the button
settle
shot 03-stopped
text=$(ocr 03-stopped)
grep -qF "Cysoni nawr gyda 127.0.0.1" <<<"$text" || fail "the button does not read 'Cysoni nawr': $text"
grep -q "Mae'r cysoni wedi stopio" <<<"$text" || fail "the view does not say sync has stopped, in Welsh: $text"
grep -q "pwyswch Cysoni nawr" <<<"$text" || fail "the Welsh advice does not name the button as it reads: $text"
quit_player
for secret in "$password" 'another-Secret-2'; do
    ! grep -qF -- "$secret" "$OUT/player.log" "$OUT"/*.txt || fail "a password is in the player's output or on screen"
done
echo "manager view in Welsh: the background sync's retry shown untouched; Sync now and its advice agree"
