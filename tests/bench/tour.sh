# Drives a running player through every screen of a course with real key presses, as a
# learner would: Enter past the content notice, Right on reading screens, a number and
# Enter on questions until one is right or the tries run out, Finish to the course map,
# then the support panel. Each step is checked against the records, so a tour that
# silently stalls cannot produce figures. Source it; needs DB and WINDOW.

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

# expect_screen ID WHAT: fails unless the records say the player is on ID.
expect_screen() {
    local now
    now=$(current_screen)
    [ "$now" = "$1" ] || { echo "tour: expected $1 after $2, the player is on '$now'" >&2; return 1; }
}

# tour COURSE AFTER_EACH: visits every screen, calling the function AFTER_EACH on each.
tour() {
    local course=$1 after_each=$2 screen kind options attempts previous=""
    press Return  # the content notice
    while read -r screen kind options attempts; do
        if [ -n "$previous" ]; then press Right; fi
        expect_screen "$screen" "moving on from ${previous:-the notice}" || return 1
        if [ "$kind" = single-choice ]; then
            local choice
            for choice in $(seq 1 "$options"); do
                press "$choice" Return
                # Done once the records show a right answer or no tries left; a wrong
                # answer with tries left takes the next option.
                [ "$(sqlite3 -batch -noheader "$DB" "select max(success) or max(attempt) >= $attempts
                                                     from interactions where screen = '$screen'")" = 1 ] && break
            done
        fi
        "$after_each"
        previous=$screen
    done < <(reading_order "$course")
    press Right  # Finish: the course map
    press m s    # the map again, and the support panel over it
    "$after_each"
    press Escape
}
