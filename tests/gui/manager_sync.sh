#!/usr/bin/env bash
# "Sync now" in the manager view, with real keys and a loopback fake LRS: Ctrl+M from
# sign-in, the passphrase, Shift+Tab to the button, Enter; the LRS then holds exactly the
# exported statements, the view says so, and the password never reaches the player's output.
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
quit_player
check_lrs_holds_export
! grep -qF -- "$password" "$OUT/player.log" || fail "the password is in the player's output"
echo "manager sync: the LRS holds exactly the export after Sync now"
