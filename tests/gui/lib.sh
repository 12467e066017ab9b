# Helpers for GUI tests: run the real player under Xvfb and drive it with real X input.
# Source this from a test run under `xvfb-run`; set PRIMER, COURSE and OUT first.

fail() { echo "FAIL: $*" >&2; exit 1; }

# start_player [args...]: launches the player and waits until its window can take input.
start_player() { open_window "$PRIMER" --course "$COURSE" --data-dir "$OUT/data" "$@"; }

# open_window COMMAND...: runs a command that opens the player's window, and waits as above.
open_window() {
    "$@" 2>>"$OUT/player.log" &
    PLAYER_PID=$!
    # --onlyvisible: GLFW names the window before it creates the OpenGL context and maps
    # it, and focusing a window that is not mapped yet fails with BadMatch.
    WINDOW=$(timeout 20 xdotool search --sync --onlyvisible --pid "$PLAYER_PID" --name Primer | head -1) ||
        fail "the player window did not appear (see $OUT/player.log)"
    # A window can exist a moment before it can take the focus (seen in sanitizer builds).
    local tries=0
    until xdotool windowactivate --sync "$WINDOW" 2>/dev/null || xdotool windowfocus --sync "$WINDOW" 2>/dev/null; do
        tries=$((tries + 1))
        [ $tries -lt 30 ] || fail "the player window would not take the keyboard focus"
        sleep 0.1
    done
    settle
}

# Gives the player time to draw what the last input asked for.
settle() { sleep "${SETTLE:-0.4}"; }

keys() { xdotool key --delay 60 "$@"; settle; }
type_text() { xdotool type --delay 40 "$1"; settle; }

# click X Y: a real mouse click at window coordinates.
click() {
    xdotool mousemove --window "$WINDOW" "$1" "$2" click 1
    settle
}

# shot NAME: screenshot of the whole screen into $OUT/NAME.png, checked not to be blank.
shot() {
    local file="$OUT/$1.png"
    import -window root "$file"
    local deviation colours
    deviation=$(convert "$file" -colorspace Gray -format "%[fx:standard_deviation]" info:)
    colours=$(identify -format "%k" "$file")
    awk -v d="$deviation" 'BEGIN { exit !(d > 0.03) }' || fail "$1.png looks blank (deviation $deviation)"
    [ "$colours" -gt 32 ] || fail "$1.png has only $colours colours: no text drawn?"
}

# words_in NAME WxH+X+Y [TESSERACT OPTION...]: the words Tesseract reads in that part of
# screenshot NAME, on one line. The crop is doubled first: Tesseract misses text the size of
# the player's buttons. The crop is kept beside the screenshot for a person to look at.
words_in() {
    local name=$1 area=$2 crop
    shift 2
    crop="$OUT/$name-${area//[^0-9]/-}.png"
    convert "$OUT/$name.png" -crop "$area" +repage -resize 200% "$crop"
    tesseract "$crop" - "$@" 2>/dev/null | tr -s ' \n' ' '
}

# same_picture A B: the two screenshots show the same thing (under 0.5% of pixels differ).
same_picture() {
    local differing total
    differing=$(compare -metric AE -fuzz 3% "$OUT/$1.png" "$OUT/$2.png" null: 2>&1 | cut -d' ' -f1) || true
    total=$(identify -format "%[fx:w*h]" "$OUT/$1.png")
    awk -v d="$differing" -v t="$total" 'BEGIN { exit !(d < t * 0.005) }' ||
        fail "$1.png and $2.png differ in $differing of $total pixels"
}

# quit_player: Ctrl+Q, then the process must end by itself with status 0.
quit_player() {
    xdotool key ctrl+q
    local waited=0
    while kill -0 "$PLAYER_PID" 2>/dev/null; do
        sleep 0.1
        waited=$((waited + 1))
        [ $waited -lt 100 ] || { kill "$PLAYER_PID"; fail "the player did not quit on Ctrl+Q"; }
    done
    wait "$PLAYER_PID" || fail "the player exited with status $?"
}

sql() { sqlite3 -batch -noheader "$OUT/data/primer.sqlite3" "$1"; }
