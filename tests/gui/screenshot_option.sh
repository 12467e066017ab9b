#!/usr/bin/env bash
# `primer --screenshot FILE` draws the first screen after resume, writes a PNG and exits 0.
# Usage (under xvfb-run): screenshot_option.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"

"$PRIMER" --course "$COURSE" --data-dir "$OUT/data" --learner S-1 --name "Sam Patel" --screenshot "$OUT/first.png"
[ "$(identify -format "%wx%h" "$OUT/first.png")" = "1280x800" ] || fail "unexpected screenshot size"
import() { :; }  # shot() below only checks the file written by the player
cp "$OUT/first.png" "$OUT/notice.png" && shot notice
[ "$(sql "select name from learners where id = 'S-1'")" = "Sam Patel" ] || fail "--learner/--name did not sign in"

# A broken course shows its diagnostics instead of crashing.
"$PRIMER" --course "$(dirname "$0")/../fixtures/courses/invalid/many-errors-two-files" --data-dir "$OUT/data" \
    --screenshot "$OUT/broken.png" 2>/dev/null
cp "$OUT/broken.png" "$OUT/diagnostics.png" && shot diagnostics
echo "screenshots of the first screen and of a broken course's diagnostics are not blank"
