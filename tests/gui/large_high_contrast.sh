#!/usr/bin/env bash
# Every kind of view at 200% text size in high contrast, on the built-in course: the first
# screen of each kind (reached by autoplay and drawn by `primer --screenshot`), then, with
# real keys in one player, the content note, the conversation behind it, the support panel,
# the comfort settings, the keyboard help, the break screen, an assessment question, its
# results and the review of answers. Each picture must be mostly high-contrast black and
# have no text cut off at the window's right edge (no text-coloured pixels in its last
# columns, beyond rules drawn across the whole window). OUT/index.txt lists the pictures:
# look at them after changing a view.
# Usage (under xvfb-run): large_high_contrast.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
learner=large-1

# 200% text and high contrast for the learner, as the comfort panel would save them.
comfort() {
    sqlite3 -batch "$1/primer.sqlite3" "insert or replace into comfort_settings (learner_id, text_size,
        line_spacing, dyslexia_font, high_contrast, reduced_motion, caption_size, narration_volume, reading_speed,
        updated_at_ms) values ('$learner', 200, 100, 0, 1, 0, 100, 80, 100, 0)"
}

# check NAME: NAME.png is high contrast and nothing runs off its right edge.
check() {
    local file="$OUT/$1.png" dark edge_rows
    # The black background and the near-black (#121212) bars and cards: under 10% grey.
    dark=$(convert "$file" -colorspace Gray -threshold 10% -negate -format "%[fx:mean]" info:)
    awk -v d="$dark" 'BEGIN { exit !(d > 0.6) }' || fail "$1.png is not the high-contrast black (only $dark of it is dark)"
    # Rows with white, light grey (muted text) or yellow (links, focus) in the last 6 columns,
    # leaving out rules and bars drawn across the whole window: light in the first 6 columns
    # too (the progress bar's filled part is the light blue primary). The left edge rather
    # than the middle, which a panel covers while the bars still show beside it.
    local height
    height=$(identify -format %h "$file")
    edge_rows=$(convert "$file" -colorspace Gray \
        \( -clone 0 -gravity East -crop 6x+0+0 +repage -threshold 80% -scale "1x$height!" -threshold 0 \) \
        \( -clone 0 -gravity West -crop 6x+0+0 +repage -threshold 50% -scale "1x$height!" -threshold 99% -negate \) \
        -delete 0 -compose Multiply -composite -format "%[fx:round(mean*h)]" info:)
    [ "$edge_rows" -eq 0 ] || fail "$1.png has text cut off at the right edge ($edge_rows rows of it)"
    echo "$1.png: dark $dark, text rows at the right edge $edge_rows" >> "$OUT/index.txt"
}

# The first screen of each kind in the course, in course order.
python3 - "$COURSE" > "$OUT/screens.txt" <<'PY'
import sys, tomllib, pathlib
course = pathlib.Path(sys.argv[1])
seen = set()
for folder in tomllib.loads((course / "course.toml").read_text())["modules"]:
    module = tomllib.loads((course / folder / "module.toml").read_text())
    for screen in module["screen"]:
        if screen["kind"] not in seen:
            seen.add(screen["kind"])
            print(module["id"], screen["id"], screen["kind"])
PY

xdotool mousemove 0 0 2>/dev/null || true  # over nothing, so nothing is drawn hovered
while read -r module screen kind; do
    data="$OUT/data-$kind"
    "$PRIMER" autoplay --course "$COURSE" --data-dir "$data" --learner "$learner" --name "Alex Morgan" \
        --stop-at "$module/$screen" > "$data.log" 2>&1 || fail "could not reach $module/$screen: $(cat "$data.log")"
    comfort "$data"
    "$PRIMER" --course "$COURSE" --data-dir "$data" --learner "$learner" --screenshot "$OUT/screen-$kind.png" \
        2>>"$data.log" || fail "could not draw $module/$screen: $(cat "$data.log")"
    check "screen-$kind"
    rm -rf "$data" "$data.log"
done < "$OUT/screens.txt"
[ "$(wc -l < "$OUT/screens.txt")" -ge 10 ] || fail "only $(wc -l < "$OUT/screens.txt") kinds of screen in $COURSE"

# Views reached with keys: the content note before the practice conversation first.
"$PRIMER" autoplay --course "$COURSE" --data-dir "$OUT/data" --learner "$learner" --name "Alex Morgan" \
    --stop-at communicating-with-children/conversation-jade > "$OUT/autoplay.log" || fail "autoplay: $(cat "$OUT/autoplay.log")"
comfort "$OUT/data"
start_player --learner "$learner"
xdotool mousemove --window "$WINDOW" 0 799
live() { shot "$1"; check "$1"; }
live view-content-note
keys Return
live view-conversation
keys s
live view-support
keys Escape o
live view-settings
keys Escape h
live view-help
keys Escape b
live view-break
sleep 1.5  # the break screen takes Enter after a moment, so a held key does not end it
keys Return
quit_player

# The final assessment: a question, then (after autoplay has sat it) the results and the review.
rm -rf "$OUT/data"
"$PRIMER" autoplay --course "$COURSE" --data-dir "$OUT/data" --learner "$learner" --name "Alex Morgan" \
    --stop-at final-assessment/final-assessment > "$OUT/autoplay.log" || fail "autoplay: $(cat "$OUT/autoplay.log")"
comfort "$OUT/data"
start_player --learner "$learner"
xdotool mousemove --window "$WINDOW" 0 799
keys Return
live view-assessment-question
quit_player
rm -rf "$OUT/data"
"$PRIMER" autoplay --course "$COURSE" --data-dir "$OUT/data" --learner "$learner" --name "Alex Morgan" \
    --stop-at final-assessment/confidence-after > "$OUT/autoplay.log" || fail "autoplay: $(cat "$OUT/autoplay.log")"
comfort "$OUT/data"
start_player --learner "$learner"
xdotool mousemove --window "$WINDOW" 0 799
keys Left
live view-assessment-results
keys r
live view-assessment-review
quit_player
echo "large text, high contrast: $(wc -l < "$OUT/index.txt") pictures checked, listed in $OUT/index.txt"
