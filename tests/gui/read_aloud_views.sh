#!/usr/bin/env bash
# Read aloud beyond the course's screens, with real keys and clicks: sign-in (its Read aloud
# button; A typed into the name field stays a letter of the name), the content notice, the
# course map, the break screen, and the settings and keyboard help panels over it. On each, A
# (or the button) starts reading, the sentence being read gets the reading highlight (#FFEDA8)
# and it moves down as the voice goes on; A stops it, and so does moving to another view. The
# map, the break screen and the settings panel are read at 200% text too.
# Usage (under xvfb-run): read_aloud_views.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/reading_highlight.sh"

# reads_down NAME WHAT: reading has just been started; the highlight shows, then moves further
# down within 20 s (NAME-1.png is the first highlight, NAME-2.png the later one).
reads_down() {
    local count top bottom later_top later_bottom
    read -r count top bottom <<< "$(shot_highlighted "$1-1")"
    [ "$count" -gt 300 ] || fail "$2: nothing highlighted after starting to read ($count pixels)"
    for _ in $(seq 40); do
        sleep 0.5
        shot "$1-2"
        read -r count later_top later_bottom <<< "$(highlight "$1-2")"
        if [ "$count" -gt 300 ] && [ "$later_bottom" -gt "$bottom" ]; then
            echo "$2: highlight at rows $top-$bottom, then $later_top-$later_bottom"
            return
        fi
    done
    fail "$2: the highlight did not move down within 20 s (first at rows $top-$bottom, last $later_top-$later_bottom)"
}

# not_reading NAME WHAT: a second on, NAME.png has no highlight.
not_reading() {
    sleep 1
    shot "$1"
    local count
    read -r count _ _ <<< "$(highlight "$1")"
    [ "$count" -eq 0 ] || fail "$2 ($count highlighted pixels in $1.png)"
}

# words_at NAME WORDS...: the centre "x y" of WORDS, one line of NAME.png as Tesseract reads it.
words_at() {
    local name=$1
    shift
    tesseract "$OUT/$name.png" - tsv 2>/dev/null | awk -F'\t' -v want="$*" '
        NR > 1 && $12 != "" {
            line = $3 "." $4 "." $5
            if (line != last) { text = ""; left = $7; last = line }
            text = text == "" ? $12 : text " " $12
            if (index(text, want) == 1 || text == want) { print int((left + $7 + $9) / 2), int($8 + $10 / 2); exit }
            if (index(want, text) != 1) { text = ""; left = -1; last = "" }
        }'
}

# Sign-in, first run: no one is listed and the name field has the keyboard.
start_player
xdotool mousemove --window "$WINDOW" 20 20
shot 01-sign-in
read -r x y <<< "$(words_at 01-sign-in Read aloud)"
[ -n "${y:-}" ] || fail "no Read aloud button on sign-in (Tesseract: $(tesseract "$OUT/01-sign-in.png" - 2>/dev/null | tr '\n' ' '))"
click "$x" "$y"
reads_down 02-sign-in-read "sign-in"
click "$x" "$y"  # now Stop reading, in the same place
not_reading 03-sign-in-stopped "the sign-in button did not stop reading"
# A is a letter in the name field: typing "Ada Adams" reads nothing and signs in as that name.
keys Tab
type_text "Ada Adams"
not_reading 04-name-typed "typing A into the name field started reading"
keys Tab
type_text "ada-1"
keys Return
[ "$(sql "select name from learners")" = "Ada Adams" ] || fail "signed in as \"$(sql "select name from learners")\", not Ada Adams"

# The content notice, before the course: A reads its title, then its body; A stops.
xdotool mousemove --window "$WINDOW" 640 790
shot 05-notice
xdotool key a
reads_down 06-notice-read "content notice"
xdotool key a
not_reading 07-notice-stopped "A did not stop reading the content notice"
# Reading stops when the view changes: Enter accepts the notice, on to the first screen.
xdotool key a
read -r count _ _ <<< "$(shot_highlighted 08-notice-reading-again)"
[ "$count" -gt 300 ] || fail "A did not start reading the notice again ($count pixels)"
keys Return
[ -n "$(sql "select current_screen from progress")" ] || fail "Enter did not accept the content notice"
not_reading 09-first-screen "reading the notice went on into the course"

# The course map (M): its title, then each module's card, scrolled into view as it is read.
keys m
xdotool key a
reads_down 10-map-read "course map"
keys b  # Take a break: another view, so reading stops
not_reading 11-break "reading the map went on onto the break screen"

# The break screen: A and its own Read aloud (A) button.
xdotool key a
reads_down 12-break-read "break screen"
xdotool key a
not_reading 13-break-stopped "A did not stop reading the break screen"

# The settings panel (O) over the break: read on its own; closing it stops.
keys o
xdotool key a
reads_down 14-settings-read "settings panel"
keys Escape
not_reading 15-settings-closed "reading went on after the settings panel closed"

# The keyboard help (H): read on its own, row by row.
keys h
xdotool key a
reads_down 16-help-read "keyboard help"
keys Escape
not_reading 17-help-closed "reading went on after the keyboard help closed"

# At 200% text: the settings panel (text size is its first row), the break screen and the map.
keys o Right Right Right Right
xdotool key a
reads_down 18-settings-200-read "settings panel at 200%"
keys Escape
xdotool key a
reads_down 19-break-200-read "break screen at 200%"
keys Return  # carry on, back to the map
xdotool key a
reads_down 20-map-200-read "course map at 200%"
quit_player
echo "read aloud views: sign-in (button), content notice, course map, break, settings and help read with a moving highlight; A stops, and so does a new view"
