#!/usr/bin/env bash
# Comfort settings with real keys on the built-in course: O opens the panel over a text
# screen; Right (four times) sets 200% text, Down to "Colours" and Right sets high contrast,
# Esc closes it. The screen must then be near-black and its words about twice as tall (read
# by Tesseract), and the settings saved for the learner. After Ctrl+Q and a new start as the
# same learner, the screen must come back exactly as it was left.
# Usage (under xvfb-run): comfort_settings.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
differs() { ! compare -metric AE -fuzz 3% "$OUT/$1.png" "$OUT/$2.png" null: 2>/dev/null || fail "$1.png and $2.png are the same"; }
# The mean brightness of a screenshot, 0 (black) to 1 (white).
brightness() { convert "$OUT/$1.png" -colorspace Gray -format "%[fx:mean]" info:; }
# The median height in pixels of the words Tesseract reads in a screenshot (light on dark is
# negated first: Tesseract reads dark text best).
word_height() {
    local picture="$OUT/$1.png"
    if [ "${2:-}" = negate ]; then convert "$picture" -negate "$OUT/$1-negated.png"; picture="$OUT/$1-negated.png"; fi
    tesseract "$picture" - tsv 2>/dev/null |
        awk -F'\t' 'NR > 1 && $1 == 5 && $12 ~ /^[A-Za-z][A-Za-z][A-Za-z]+$/ && $11 > 60 { print $10 }' | sort -n |
        awk '{ h[NR] = $1 } END { if (NR == 0) print 0; else print h[int((NR + 1) / 2)] }'
}

"$PRIMER" autoplay --course "$COURSE" --data-dir "$OUT/data" --learner comfy-1 --name "Sam Lee" \
    --stop-at scale-and-nature/welcome > "$OUT/autoplay.log" || fail "autoplay: $(cat "$OUT/autoplay.log")"
start_player --learner comfy-1
xdotool mousemove --window "$WINDOW" 0 799  # over nothing
shot 01-usual
awk -v b="$(brightness 01-usual)" 'BEGIN { exit !(b > 0.8) }' || fail "the usual theme is not light"
usual_height=$(word_height 01-usual)
[ "$usual_height" -gt 0 ] || fail "Tesseract read no words in 01-usual.png"

keys o
shot 02-panel
differs 01-usual 02-panel
keys Right Right Right Right  # text size: 125, 150, 175, 200%
keys Down Down Down Right     # colours: high contrast
shot 03-panel-changed
differs 02-panel 03-panel-changed
keys Escape
shot 04-large-high-contrast
awk -v b="$(brightness 04-large-high-contrast)" 'BEGIN { exit !(b < 0.2) }' ||
    fail "high contrast is not dark: mean brightness $(brightness 04-large-high-contrast)"
large_height=$(word_height 04-large-high-contrast negate)
echo "median word height: $usual_height px at 100%, $large_height px at 200%"
awk -v a="$usual_height" -v b="$large_height" 'BEGIN { exit !(b >= 1.7 * a && b <= 2.3 * a) }' ||
    fail "words are $large_height px tall at 200%, $usual_height px at 100%: not about twice"
saved=$(sql "select text_size || ' ' || high_contrast || ' ' || line_spacing from comfort_settings where learner_id = 'comfy-1'")
[ "$saved" = "200 1 100" ] || fail "the settings saved are '$saved', not '200 1 100'"

quit_player
start_player --learner comfy-1
xdotool mousemove --window "$WINDOW" 0 799
shot 05-restarted
same_picture 04-large-high-contrast 05-restarted
quit_player
