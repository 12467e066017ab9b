#!/usr/bin/env bash
# Read aloud on a text screen of the built-in course, with real keys: A starts it and the
# sentence being read gets the reading highlight (#FFEDA8) (the title, then the body: a loaded
# machine may first show a later one), further down as the voice moves on; A again stops it and the highlight goes; reading
# also stops when the learner moves to another screen. With no sound device (as under Xvfb)
# the highlight moves on the synthesised sentences' own lengths, and the screen says so. The
# support panel is read on its own, a confidence scale's points one by one, and the assessment
# results' score line (once drawn as plain text, so skipped). The top bar
# keeps its key hints at 100% with the Read aloud button.
# Usage (under xvfb-run): read_aloud.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/reading_highlight.sh"
screen=scale-and-nature/looking-after-yourself

"$PRIMER" autoplay --course "$COURSE" --data-dir "$OUT/data" --learner reader-1 --name "Sam Reid" \
    --stop-at "$screen" > "$OUT/autoplay.log" || fail "autoplay: $(cat "$OUT/autoplay.log")"
start_player --learner reader-1
xdotool mousemove --window "$WINDOW" 640 776  # the nav bar's "Screen n of m", over nothing
shot 01-before-reading
# At 100% the top bar keeps every button's key, Read aloud's too, beside this module's long
# heading or in a row under it (read by Tesseract from the bar, enlarged).
convert "$OUT/01-before-reading.png" -crop 1280x140+0+0 +repage -resize 200% "$OUT/01-top-bar.png"
bar=$(tesseract "$OUT/01-top-bar.png" - 2>/dev/null | tr '\n' ' ')
for label in "Read aloud (A)" "Course map (M)" "Take a break (B)" "Settings (O)" "Help (H)"; do
    [[ "$bar" == *"$label"* ]] || fail "the top bar has no \"$label\" at 100% text: it reads \"$bar\""
done
read -r count _ _ <<< "$(highlight 01-before-reading)"
[ "$count" -eq 0 ] || fail "the highlight colour is on the screen before reading ($count pixels)"

xdotool key a
read -r count top bottom <<< "$(shot_highlighted 02-title-read)"
[ "$count" -gt 500 ] || fail "no sentence highlighted after A ($count pixels)"
echo "first highlight: $count pixels, rows $top-$bottom"
[ "$top" -ge 120 ] && [ "$bottom" -lt 700 ] || fail "the highlight is outside the reading column (rows $top-$bottom)"

# Sentences here take 1.5 to 4 s to say: 4 s on, the highlight is further down.
sleep 4
shot 03-body-read
read -r count later_top later_bottom <<< "$(highlight 03-body-read)"
echo "later highlight: $count pixels, rows $later_top-$later_bottom"
[ "$count" -gt 500 ] || fail "the highlight went away while reading ($count pixels)"
# The bottom, not the top: a loaded machine may first catch a sentence that shares its first row with the next.
[ "$later_bottom" -gt "$bottom" ] || fail "the highlight did not move down (rows $top-$bottom, then $later_top-$later_bottom)"
grep -q "reading aloud is silent" "$OUT/player.log" && echo "no sound device: $(grep -m1 'reading aloud' "$OUT/player.log")"

xdotool key a
settle
shot 04-stopped
read -r count _ _ <<< "$(highlight 04-stopped)"
[ "$count" -eq 0 ] || fail "A did not stop reading: the highlight is still there ($count pixels)"
sleep 1.5  # nothing comes back once stopped
shot 05-still-stopped
read -r count _ _ <<< "$(highlight 05-still-stopped)"
[ "$count" -eq 0 ] || fail "reading came back after it was stopped ($count pixels)"

# Moving on stops reading: the next screen has no highlight.
xdotool key a
read -r count _ _ <<< "$(shot_highlighted 06-reading-again)"
[ "$count" -gt 500 ] || fail "A did not start reading again ($count pixels)"
keys Right
[ "$(sql "select current_screen from progress")" != "$screen" ] || fail "Right did not move on"
sleep 1
shot 07-next-screen
read -r count _ _ <<< "$(highlight 07-next-screen)"
[ "$count" -eq 0 ] || fail "reading went on after moving to the next screen ($count pixels)"

# The support panel (S) reads on its own: A highlights its words inside the panel (the view
# under it is dimmed, so the highlight colour can only be the panel's), and closing it stops.
keys s
xdotool key a
read -r count top bottom <<< "$(shot_highlighted 08-support-read)"
[ "$count" -gt 500 ] || fail "A in the support panel highlighted nothing ($count pixels)"
echo "support panel highlight: $count pixels, rows $top-$bottom"
# The heading and the intro's three sentences come first (the intro is highlighted whole for
# each): wait for the highlight to move below them, up to 20 s on a busy machine.
moved=""
for _ in $(seq 40); do
    sleep 0.5
    read -r count later_top later_bottom <<< "$(shot_highlighted 09-support-contacts-read)"
    if [ "$count" -gt 300 ] && [ "$later_bottom" -gt "$bottom" ]; then moved=yes; break; fi
done
echo "support panel, later: $count pixels, rows $later_top-$later_bottom"
[ -n "$moved" ] || fail "reading did not go on down the support panel within 20 s"
keys Escape
sleep 1
shot 10-support-closed
read -r count _ _ <<< "$(highlight 10-support-closed)"
[ "$count" -eq 0 ] || fail "reading went on after the support panel closed ($count pixels)"
quit_player

# A confidence screen: after its title and question, each point of the scale is read in turn
# and takes the highlight whole (a box as tall as a point, narrower than a fifth of the column).
rm -rf "$OUT/data"
"$PRIMER" autoplay --course "$COURSE" --data-dir "$OUT/data" --learner reader-1 --name "Sam Reid" \
    --stop-at scale-and-nature/confidence-before > "$OUT/autoplay.log" || fail "autoplay: $(cat "$OUT/autoplay.log")"
start_player --learner reader-1
xdotool mousemove --window "$WINDOW" 640 776
xdotool key a
point=""
for second in $(seq 1 40); do
    shot 11-confidence-reading
    read -r count top bottom <<< "$(highlight 11-confidence-reading)"
    if [ "$count" -gt 0 ]; then
        width=$(convert "$OUT/11-confidence-reading-highlight.png" -trim -format "%w" info:)
        if [ $((bottom - top)) -ge 100 ] && [ "$width" -le 200 ]; then point="$width x $((bottom - top)) at rows $top-$bottom"; break; fi
    fi
    sleep 0.5
done
[ -n "$point" ] || fail "no point of the confidence scale was highlighted within 20 s"
echo "confidence point highlighted: $point (after about $((second / 2)) s)"
cp "$OUT/11-confidence-reading.png" "$OUT/12-confidence-point-read.png"
quit_player

# The final assessment's results (after autoplay has sat it): the score line, drawn in the
# display font, is read too and takes the highlight in its turn. Each place the highlight
# stops is screenshot as it is read, and Tesseract reads the highlighted box afterwards
# (reading them while the voice goes on would miss a short line).
rm -rf "$OUT/data"
"$PRIMER" autoplay --course "$COURSE" --data-dir "$OUT/data" --learner reader-1 --name "Sam Reid" \
    --stop-at final-assessment/confidence-after > "$OUT/autoplay.log" || fail "autoplay: $(cat "$OUT/autoplay.log")"
start_player --learner reader-1
xdotool mousemove --window "$WINDOW" 640 776
keys Left
xdotool key a
bands=() last_top=""
for at in $(seq 10 70); do
    shot "13-results-$at"
    read -r count top bottom <<< "$(highlight "13-results-$at")"
    if [ "$count" -gt 0 ] && [ "$top" != "$last_top" ]; then bands+=("$at $top $bottom"); last_top=$top; fi
    [ "$count" -gt 0 ] && [ "$top" -gt 500 ] && break  # the last line, under the card
done
scored=""
for band in "${bands[@]}"; do
    read -r at top bottom <<< "$band"
    box=$(convert "$OUT/13-results-$at-highlight.png" -trim -format "%wx%h+%[fx:page.x]+%[fx:page.y]" info:)
    convert "$OUT/13-results-$at.png" -crop "$box" +repage -resize 200% -bordercolor white -border 20 "$OUT/13-rows-$at.png"
    line=$(tesseract "$OUT/13-rows-$at.png" - 2>/dev/null | tr '\n' ' ')
    if [[ "$line" == *"You scored"* ]]; then scored="\"$line\" at rows $top-$bottom"; cp "$OUT/13-results-$at.png" "$OUT/14-results-score-read.png"; fi
done
[ -n "$scored" ] || fail "the results' \"You scored\" line was never highlighted (highlights seen: ${bands[*]:-none})"
echo "results score line highlighted: $scored, among ${#bands[@]} highlighted lines"
quit_player
echo "read aloud: started, highlighted the title then the body, stopped on A and on moving on; read the support panel, a confidence scale's points and the results' score line"
