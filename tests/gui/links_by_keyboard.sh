#!/usr/bin/env bash
# Links in course text by keyboard, on a fixture screen with one link: Tab draws the focus
# ring around it (a few hundred pixels change, no more), Enter asks for it to be opened (PRIMER_OPEN_URL_LOG makes the player write the link down instead
# of starting a browser) and does not move on; Tab again leaves the link, and Enter then goes
# to the next screen as usual.
# Usage (under xvfb-run): links_by_keyboard.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
export PRIMER_OPEN_URL_LOG="$OUT/opened.txt"
current() { sql "select current_screen from progress"; }
differing() { compare -metric AE -fuzz 3% "$OUT/$1.png" "$OUT/$2.png" null: 2>&1 | cut -d' ' -f1 || true; }

"$PRIMER" autoplay --course "$COURSE" --data-dir "$OUT/data" --learner links-1 --name "Kim Ade" \
    --stop-at basics/welcome > "$OUT/autoplay.log" || fail "autoplay: $(cat "$OUT/autoplay.log")"
start_player --learner links-1
xdotool mousemove --window "$WINDOW" 0 799  # over nothing
[ "$(current)" = basics/welcome ] || fail "the player did not resume on the screen with the link: $(current)"
shot 01-no-focus

keys Tab
shot 02-link-focused
# The ring is a small outline around one word: a few hundred pixels change, no more.
changed=$(differing 01-no-focus 02-link-focused)
echo "Tab changed $changed pixels"
[ "$changed" -gt 40 ] && [ "$changed" -lt 3000 ] || fail "Tab did not draw a focus ring around the link ($changed pixels changed)"

keys Return
[ -f "$OUT/opened.txt" ] || fail "Enter on the focused link asked for nothing to be opened"
[ "$(cat "$OUT/opened.txt")" = "https://example.org" ] || fail "Enter asked to open '$(cat "$OUT/opened.txt")'"
[ "$(current)" = basics/welcome ] || fail "Enter on the link also moved on, to $(current)"

keys Tab  # past the only link: the focus leaves it
shot 03-focus-left
same_picture 01-no-focus 03-focus-left
keys Return
[ "$(current)" != basics/welcome ] || fail "Enter did not move on once the link had lost the focus"
[ "$(wc -l < "$OUT/opened.txt")" -eq 1 ] || fail "a link was opened again: $(cat "$OUT/opened.txt")"
quit_player
echo "links by keyboard: Tab focused the link, Enter asked for https://example.org, Tab left it"
