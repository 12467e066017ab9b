# Drives a running player through every screen of a course with real key presses, as a
# learner would: Enter past the content notice, each task done right by its keys, Right to
# move on, Finish to the course map, then the support panel. Each step is checked against
# the records, so a tour that silently stalls cannot produce figures. Source it; needs DB,
# WINDOW and ANSWER (the primer_keyboard_answer helper).

# reading_order COURSE: "module/screen kind options attempts" per line, in course order.
reading_order() {
    python3 - "$1" <<'PY'
import pathlib, sys, tomllib
root = pathlib.Path(sys.argv[1])
course = tomllib.loads((root / "course.toml").read_text())
for folder in course["modules"]:
    module = tomllib.loads((root / folder / "module.toml").read_text())
    for screen in module["screen"]:
        options = len(screen.get("option", []))
        print(f'{module["id"]}/{screen["id"]} {screen["kind"]} {options} {screen.get("attempts", 2)}')
PY
}

current_screen() { sqlite3 -batch -noheader "$DB" "select current_screen from progress"; }

press() { xdotool key --window "$WINDOW" --delay 80 "$@"; sleep "${TOUR_SETTLE:-0.25}"; }

# wait_for_change WHAT COMMAND...: up to 10 s for the command to succeed (the records to
# show what the last keys did), else fails the tour.
wait_for_change() {
    local what=$1 tries=0
    shift
    until "$@"; do
        tries=$((tries + 1))
        [ $tries -lt 100 ] || { echo "tour: waited 10 s for $what (on $(current_screen))" >&2; return 1; }
        sleep 0.1
    done
}
progress_state() { sqlite3 -batch -noheader "$DB" "select state_json from progress"; }
state_is_not() { [ "$(progress_state)" != "$1" ]; }
screen_is_not() { [ "$(current_screen)" != "$1" ]; }

# tour COURSE AFTER_EACH: visits every screen, calling the function AFTER_EACH on each. Each
# task is done right by the keys tests/gui/keyboard_answer.cpp prints for the learner's saved
# progress ($ANSWER, as the keyboard-only GUI test uses it): tasks must be done before Right
# moves on, so a tour that only pressed Right would stop at the first one.
tour() {
    local course=$1 after_each=$2 last here plan line before last_keys noted="" steps=0
    last=$(reading_order "$course" | tail -1 | cut -d' ' -f1)
    press Return  # the content notice
    wait_for_change "the first screen" screen_is_not ""
    while :; do
        here=$(current_screen)
        plan=$(progress_state | "$ANSWER" "$course") || { echo "tour: the answer helper failed on $here" >&2; return 1; }
        last_keys=$(grep '^key ' <<<"$plan" | tail -1) || true
        before=$(progress_state)
        while IFS= read -r line; do
            case $line in
                note) [ "$here" = "$noted" ] || { noted=$here; press Return; } ;;
                key\ *)
                    press ${line#key }
                    # Only the step's last keys save something (a check, a choice): wait for it.
                    [ "$line" != "$last_keys" ] || wait_for_change "'${line#key }' to be recorded" state_is_not "$before" ||
                        return 1
                    ;;
                type\ *) xdotool type --window "$WINDOW" --delay 40 "${line#type }" ;;
                done) break ;;
            esac
        done <<<"$plan"
        steps=$((steps + 1))
        [ $steps -lt 1000 ] || { echo "tour: still going after 1000 steps (on $here)" >&2; return 1; }
        grep -qx done <<<"$plan" || continue  # more to do on this screen
        "$after_each"
        [ "$here" = "$last" ] && break
        press Right
        wait_for_change "Right to move on from $here" screen_is_not "$here" || return 1
    done
    press Right  # Finish: the course map
    press m s    # the map again, and the support panel over it
    "$after_each"
    press Escape
}
