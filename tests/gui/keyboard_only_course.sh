#!/usr/bin/env bash
# The whole built-in course with the keyboard alone, under a fixed seed: sign in, the content
# notice, every screen of every module (each task answered right, the conversation played to
# an ending, content notes read on, explainers played and passed), the support panel (paged
# to its end), the keyboard help, the comfort settings, read aloud, a screen's source and the
# course map on the way, the final assessment passed and its review read, to the
# last screen. The pointer is parked off the window and no mouse button is ever pressed. The
# records must then show the course completed and passed, an answer to every graded task and
# a signed completion. Screenshots of each kind of screen are left in OUT to look at.
# Usage (under xvfb-run, a screen larger than 1280x800): keyboard_only_course.sh PRIMER ANSWER_HELPER COURSE OUT
set -euo pipefail
PRIMER=$1 HELPER=$2 COURSE=$3 OUT=$4
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
LEARNER=KB-7
SEED=20261122

state() { sql "select state_json from progress where learner_id = '$LEARNER'"; }
current() { sql "select current_screen from progress where learner_id = '$LEARNER'"; }
press() { xdotool key --delay 60 "$@"; }

# wait_until DESCRIPTION COMMAND...: polls until the command succeeds; a loaded machine may
# take a while to draw, so the limit is generous, but it is a limit.
wait_until() {
    local what=$1 tries=0
    shift
    until "$@"; do
        tries=$((tries + 1))
        [ $tries -lt 300 ] || fail "waited 30 s for $what (on $(current))"
        sleep 0.1
    done
}
state_is_not() { [ "$(state)" != "$1" ]; }
screen_is_not() { [ "$(current)" != "$1" ]; }
learner_exists() { [ "$(sql "select count(*) from learners where id = '$LEARNER'")" = 1 ]; }
has_progress() { [ -n "$(current)" ]; }

# A picture that differs from NAME.png: the last keys have been drawn.
picture_changed() {
    import -window root "$OUT/.now.png"
    local differing
    differing=$(compare -metric AE -fuzz 3% "$OUT/$1.png" "$OUT/.now.png" null: 2>&1 | cut -d' ' -f1) || true
    [ "${differing%.*}" -gt 0 ] 2>/dev/null
}

# differs A B: the two screenshots differ in more than 50 pixels (a small change counts, say a clock).
differs() {
    local differing
    differing=$(compare -metric AE -fuzz 3% "$OUT/$1.png" "$OUT/$2.png" null: 2>&1 | cut -d' ' -f1) || true
    awk -v d="$differing" 'BEGIN { exit !(d > 50) }'
}

start_player --seed "$SEED"
# Park the pointer off the window, in the screen's far corner (the screen is made larger than
# the window for this), and leave it there: nothing below is clicked.
read -r screen_w screen_h < <(xdotool getdisplaygeometry)
eval "$(xdotool getwindowgeometry --shell "$WINDOW")"  # sets X Y WIDTH HEIGHT
[ $((X + WIDTH)) -lt "$screen_w" ] || fail "the screen (${screen_w}x$screen_h) leaves no room beside the window"
xdotool mousemove $((screen_w - 1)) $((screen_h - 1))
shot 01-sign-in
type_text "Kit Bell"
keys Tab
type_text "$LEARNER"
keys Tab
type_text "Eastshire Council"
keys Return
wait_until "the learner to be signed in" learner_exists
shot 02-content-notice
keys Return
wait_until "the first screen" has_progress

last=$(python3 -c '
import sys, tomllib, pathlib
root = pathlib.Path(sys.argv[1])
course = tomllib.loads((root / "course.toml").read_text())
module = tomllib.loads((root / course["modules"][-1] / "module.toml").read_text())
print(module["id"] + "/" + module["screen"][-1]["id"])' "$COURSE")

declare -A seen_kind=() focus_shot=()
panels_done=0 map_done=0 review_done=0 explainer_done=0 screens=0 noted=
while :; do
    here=$(current)
    plan=$(state | "$HELPER" "$COURSE") || fail "the answer helper failed on $here"
    echo "$(date +%s.%N | cut -c1-14) $here: $(tr '\n' ';' <<<"$plan")" >> "$OUT/steps.log"
    kind=$(sed -n 's/^kind //p' <<<"$plan")
    if [ -z "${seen_kind[$kind]:-}" ]; then
        seen_kind[$kind]=1
        shot "k-$kind-$(tr / _ <<<"$here")"
    fi
    # Keys and text reach the player in order, so only the step's last keys are waited for:
    # they are the ones that save (a check, a choice, a confirmation).
    last_keys=$(grep '^key ' <<<"$plan" | tail -1) || true
    before=$(state)
    while IFS= read -r line; do
        case $line in
            kind\ *) ;;
            note)  # on arrival, the content note: read on (Enter), then do the screen behind it
                [ "$here" != "$noted" ] || continue
                noted=$here
                shot "note-$(tr / _ <<<"$here")"
                press Return
                wait_until "the content note to give way" picture_changed "note-$(tr / _ <<<"$here")"
                ;;
            key\ *)
                words=(${line#key })
                if [ "$line" = "$last_keys" ] && [ -z "${focus_shot[$kind]:-}" ] && [ ${#words[@]} -gt 1 ]; then
                    # The first task of each kind: a picture of the answer built, before its check.
                    focus_shot[$kind]=1
                    press "${words[@]:0:${#words[@]}-1}"
                    settle && shot "f-$kind-$(tr / _ <<<"$here")"
                    words=("${words[-1]}")
                fi
                press "${words[@]}"
                [ "$line" != "$last_keys" ] || wait_until "the keys '${line#key }' to be recorded" state_is_not "$before"
                ;;
            type\ *) xdotool type --delay 40 "${line#type }" ;;
            done) break ;;
        esac
    done <<<"$plan"
    grep -qx done <<<"$plan" || continue  # more to do on this screen

    # Things to visit on the way, once each, by their keys.
    if [ $panels_done = 0 ] && [ "$kind" = single-choice ]; then
        panels_done=1
        shot p-before-panels
        keys s
        shot p-support
        keys Next Next Next Next  # Page Down to the last contacts
        shot p-support-scrolled
        differs p-support p-support-scrolled || fail "Page Down did not scroll the support contacts"
        keys Escape
        keys h
        shot p-help
        keys Escape
        keys o  # comfort settings: text size up a step and back, by the arrows
        shot p-settings
        differs p-before-panels p-settings || fail "O did not open the comfort settings"
        keys Right
        shot p-settings-larger
        differs p-settings p-settings-larger || fail "Right did not make the text larger"
        keys Left Escape
        [ "$(sql "select text_size from comfort_settings where learner_id = '$LEARNER'")" = 100 ] ||
            fail "the text size did not come back to 100%"
        keys a  # read aloud: a sentence is highlighted, and A again stops it
        wait_until "read aloud to highlight a sentence" picture_changed p-before-panels
        keys a
        shot p-after-panels
        # Stopped: no reading highlight (#FFEDA8) left. Not the same picture as before: reading
        # scrolls its first sentence, the title, into view when the screen was scrolled past it.
        reading=$(convert "$OUT/p-after-panels.png" -fill black +opaque "#FFEDA8" -fill white -opaque "#FFEDA8" \
            -format "%[fx:round(mean*w*h)]" info:)
        [ "$reading" -eq 0 ] || fail "A again did not stop reading aloud ($reading highlighted pixels)"
        keys w  # where the screen's facts come from, and W again to hide it
        shot p-source
        differs p-after-panels p-source || fail "W did not show the screen's source"
        keys w
    fi
    if [ $map_done = 0 ] && [ "$here" != "${here%%/*}/welcome" ] && [ "$kind" = text ]; then
        map_done=1
        keys m
        shot p-course-map
        keys Return  # the first module has the focus; Enter continues it where it needs the learner
        [ "${here%%/*}" = "$(current | cut -d/ -f1)" ] || fail "Enter on the map left module ${here%%/*}: $(current)"
        [ "$(current)" = "$here" ] || continue
    fi
    if [ "$kind" = explainer ] && [ $explainer_done = 0 ]; then
        explainer_done=1  # play the narration a moment (captions alone under Xvfb), pause it
        keys space
        sleep 1
        keys space
        shot e-explainer-played
        differs "k-explainer-$(tr / _ <<<"$here")" e-explainer-played || fail "Space did not play the explainer"
    fi
    if [ "$kind" = assessment ] && [ $review_done = 0 ]; then
        review_done=1
        shot a-results
        keys r
        shot a-review-1
        keys n
        shot a-review-2
        keys Escape
        shot a-results-again
        same_picture a-results a-results-again
    fi

    [ "$here" = "$last" ] && break
    screens=$((screens + 1))
    [ $screens -lt 400 ] || fail "still going after 400 screens"
    press Right
    wait_until "Right to move on from $here" screen_is_not "$here"
done
shot 99-last-screen
quit_player

# ---- The records ------------------------------------------------------------------
completed=$(sql "select completed_at_ms > 0 from progress where learner_id = '$LEARNER'")
[ "$completed" = 1 ] || fail "the course is not recorded as completed"
status=$(sql "select success from completions where learner_id = '$LEARNER' order by id desc limit 1")
[ "$status" = passed ] || fail "the latest signed completion says '$status', not passed"
# The signature holds: the export's row for the learner verifies.
"$PRIMER" export --format csv --data-dir "$OUT/data" --output "$OUT/records.csv" > "$OUT/export.log" 2>&1 ||
    fail "export: $(cat "$OUT/export.log")"
"$PRIMER" verify "$OUT/records.csv" --data-dir "$OUT/data" > "$OUT/verify.log" 2>&1 || fail "verify: $(cat "$OUT/verify.log")"
# Every graded task screen of the course has a right answer recorded.
graded=$(python3 -c '
import sys, tomllib, pathlib
root = pathlib.Path(sys.argv[1])
course = tomllib.loads((root / "course.toml").read_text())
kinds = {"single-choice", "multiple-response", "true-false", "ordering", "categorise", "matching", "hotspot", "fill-in"}
for folder in course["modules"]:
    module = tomllib.loads((root / folder / "module.toml").read_text())
    for screen in module["screen"]:
        if screen["kind"] in kinds: print(module["id"] + "/" + screen["id"])' "$COURSE")
for screen in $graded; do
    [ "$(sql "select count(*) from interactions where learner_id = '$LEARNER' and screen = '$screen' and success = 1")" -ge 1 ] ||
        fail "no right answer recorded for $screen"
done
echo "keyboard only: $(wc -w <<<"$graded") graded tasks answered right, $screens screens, course completed and $status"
