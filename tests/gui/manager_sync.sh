#!/usr/bin/env bash
# "Sync now" in the manager view, with real keys and a loopback fake LRS: Ctrl+M from
# sign-in, the passphrase, Shift+Tab to the button, Enter; the LRS then holds exactly the
# exported statements, the view says so, and the password never reaches the player's output.
# Then, in the same view: statements the LRS refuses as invalid are listed as set aside with
# its reason (Tab reaches their table, Page Down scrolls it), and when the LRS refuses the credentials (401) the view says sync has stopped
# and to check the username and password in lrs.toml, without showing them.
# Usage (under xvfb-run): manager_sync.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/../.."  # tests/lrs/lib.sh runs the fake LRS from the source tree
primer=$PRIMER data=$OUT/data work=$OUT course=$COURSE password='manager-lrs-Secret-7Q2'
source tests/lrs/lib.sh
PASSPHRASE="steady tide morning"

"$PRIMER" autoplay --course "$COURSE" --data-dir "$data" --learner A-1 --strategy correct >/dev/null
"$PRIMER" autoplay --course "$COURSE" --data-dir "$data" --learner B-2 --strategy wrong >/dev/null
printf '%s\n%s\n' "$PASSPHRASE" "$PASSPHRASE" | "$PRIMER" manager --set-passphrase --data-dir "$data" 2>/dev/null
start_lrs
[ "$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['statements']))" "$lrs_store" 2>/dev/null || echo 0)" = 0 ] ||
    fail "the LRS holds statements before the sync"

start_player
keys ctrl+m
type_text "$PASSPHRASE"
keys Return
sleep 1.5  # the passphrase is hashed before the view opens
keys shift+Tab shift+Tab  # from the organisation field, back past Back to the last stop: Sync now
shot 01-sync-focused
keys Return
synced() { [ "$(sql "select count(*) from outbox where state = 'sent'")" -gt 0 ] &&
           [ "$(sql "select count(*) from outbox where state <> 'sent'")" = 0 ]; }
for _ in $(seq 100); do synced && break; sleep 0.1; done
synced || fail "Sync now did not send the outbox"
sleep 0.5  # the view's next frame shows the result
shot 02-synced
differs() { ! compare -metric AE -fuzz 3% "$OUT/$1.png" "$OUT/$2.png" null: 2>/dev/null || fail "$1.png and $2.png are the same"; }
differs 01-sync-focused 02-synced
check_lrs_holds_export

# ocr NAME: the words on screenshot NAME on one line, as Tesseract reads them.
ocr() { tesseract "$OUT/$1.png" - 2>/dev/null | tr -s ' \n' ' ' | tee "$OUT/$1.txt"; }
grep -q "Waiting: 0 Sent: [1-9][0-9]* Set aside: 0" <<<"$(ocr 02-synced)" || fail "the outbox counts are not shown: $(cat "$OUT/02-synced.txt")"

# A new learner's records, queued by primer sync --status while the view is open; its
# statements are damaged so that the LRS refuses them as invalid (400): more set aside
# than their table shows at once, so the keyboard scrolls it.
"$PRIMER" autoplay --course "$COURSE" --data-dir "$data" --learner C-3 --strategy correct >/dev/null
run_sync --status
expect_status 0 "sync --status"
invalid=$(sql "select count(*) from outbox where state = 'waiting'")
[ "$invalid" -gt 5 ] || fail "C-3's statements were not queued: $invalid"
sql "DROP TRIGGER outbox_statements_never_change;
     UPDATE outbox SET statement = replace(statement, '\"http://adlnet.gov/expapi/verbs/', '\"verb-') WHERE state = 'waiting';"
keys Return  # the focus is still on Sync now
quarantined() { [ "$(sql "select count(*) from outbox where state = 'quarantined'")" = "$invalid" ] &&
                [ "$(sql "select count(*) from outbox where state = 'waiting'")" = 0 ]; }
for _ in $(seq 100); do quarantined && break; sleep 0.1; done
quarantined || fail "Sync now did not set the invalid statements aside"
sleep 0.5
scroll_down() { xdotool mousemove --window "$WINDOW" 640 500 click --repeat 2 --delay 30 5; settle; }
scroll_down  # the outbox is under the button, below the window's edge
shot 03-set-aside
text=$(ocr 03-set-aside)
grep -q "Set aside ($invalid)" <<<"$text" || fail "the set-aside statements are not listed: $text"
grep -q "C-3" <<<"$text" || fail "the set-aside statement's learner is not shown: $text"
grep -q "refused it as invalid" <<<"$text" || fail "the set-aside statement's reason is not shown: $text"
# Tab from Sync now to the set-aside table; Page Down scrolls it, Page Up back.
keys Tab
shot 03b-set-aside-focused
keys Next
shot 03c-set-aside-page-down
differs 03b-set-aside-focused 03c-set-aside-page-down
keys Prior
shot 03d-set-aside-page-up
same_picture 03b-set-aside-focused 03d-set-aside-page-up
keys shift+Tab  # back to Sync now

# The LRS comes back on the same port with other credentials: the next sync is refused (401).
"$PRIMER" autoplay --course "$COURSE" --data-dir "$data" --learner D-4 --strategy wrong >/dev/null
port=$lrs_port
stop_lrs
LRS_KEEP_SETTINGS=1 start_lrs --port "$port" --password 'another-Secret-1'
keys Return
stopped() { [ "$(sql "select count(*) from outbox where state = 'waiting' and last_error like '%(HTTP 401)%'")" -gt 0 ]; }
for _ in $(seq 100); do stopped && break; sleep 0.1; done
stopped || fail "the 401 was not kept with the waiting statements"
sleep 0.5
scroll_down
shot 04-stopped
text=$(ocr 04-stopped)
grep -q "Sync has stopped" <<<"$text" || fail "the view does not say sync has stopped: $text"
grep -q "did not accept the username and password" <<<"$text" || fail "the view does not say what the LRS refused: $text"
grep -q "rs.toml" <<<"$text" || fail "the view does not say where to put it right: $text" # Tesseract often reads l as I
grep -q "refused it as invalid" <<<"$text" || fail "the set-aside statement went from the view: $text"
quit_player
for secret in "$password" 'another-Secret-1'; do
    ! grep -qF -- "$secret" "$OUT/player.log" "$OUT"/*.txt || fail "a password is in the player's output or on screen"
done
echo "manager sync: the LRS holds exactly the export after Sync now; set-aside reasons and a 401 stop are shown"
