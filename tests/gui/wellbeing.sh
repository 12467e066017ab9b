#!/usr/bin/env bash
# Wellbeing controls on the built-in course, with real keys: the content note before the
# practice conversation (X skips it, and the skip is recorded and counted as done), "Take a
# break" (B) with its pause screen and Enter to carry on (the break ends the sitting), and
# the note again on going back, where Enter reads on into the conversation; H opens the
# keyboard help and Esc closes it. The xAPI
# export of these records must pass the third-party validator.
# Usage (under xvfb-run): wellbeing.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
current() { sql "select current_screen from progress"; }
differs() { ! compare -metric AE -fuzz 3% "$OUT/$1.png" "$OUT/$2.png" null: 2>/dev/null || fail "$1.png and $2.png are the same"; }
module=communicating-with-children

"$PRIMER" autoplay --course "$COURSE" --data-dir "$OUT/data" --learner well-1 --name "Robin Shaw" \
    --stop-at "$module/conversation-jade" > "$OUT/autoplay.log" || fail "autoplay: $(cat "$OUT/autoplay.log")"
start_player --learner well-1
xdotool mousemove --window "$WINDOW" 640 776  # the nav bar's "Screen n of m", over nothing
[ "$(current)" = "$module/conversation-jade" ] || fail "the player did not resume on the conversation: $(current)"
shot 01-content-note

keys x
[ "$(current)" = "$module/recording-and-passing-on" ] || fail "X did not skip the conversation: $(current)"
[ "$(sql "select count(*) from events where kind = 'screen-skipped' and subject = '$module/conversation-jade'")" = 1 ] ||
    fail "the skip was not recorded"
skipped=$(sql "select json_extract(state_json, '\$.skipped') from progress")
[ "$skipped" = "[\"$module/conversation-jade\"]" ] || fail "progress does not count the skipped screen: $skipped"
shot 02-after-skip
differs 01-content-note 02-after-skip

sittings=$(sql "select count(*) from sittings")
keys b
shot 03-break
differs 02-after-skip 03-break
sleep 1.5
keys Return
shot 04-carried-on
same_picture 02-after-skip 04-carried-on
[ "$(sql "select count(*) from sittings")" = $((sittings + 1)) ] || fail "carrying on after a break did not start a new sitting"
[ "$(current)" = "$module/recording-and-passing-on" ] || fail "the break moved the learner: $(current)"

keys Left
[ "$(current)" = "$module/conversation-jade" ] || fail "Left did not go back to the conversation: $(current)"
shot 05-note-again
same_picture 01-content-note 05-note-again
keys Return
shot 06-conversation
differs 05-note-again 06-conversation

keys h  # the keyboard help opens over the screen, and Esc gives the screen back as it was
shot 07-keyboard-help
differs 06-conversation 07-keyboard-help
keys Escape
shot 08-help-closed
same_picture 06-conversation 08-help-closed
quit_player

"$PRIMER" export --format xapi --data-dir "$OUT/data" --output "$OUT/statements.jsonl" > "$OUT/export.log" 2>&1 ||
    fail "export: $(cat "$OUT/export.log")"
grep -q '"http://id.tincanapi.com/verb/skipped"' "$OUT/statements.jsonl" || fail "the export has no skipped statement"
node "$root/tests/xapi/validate.js" "$OUT/statements.jsonl" || fail "the exported statements do not validate"
echo "wellbeing: content note skip, break and resume all recorded"
