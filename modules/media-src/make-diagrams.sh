#!/usr/bin/env bash
# Makes the course diagrams (PNG, 1200x675) from nothing but this script, ImageMagick and the Lato fonts.
# Run from anywhere:  bash modules/media-src/make-diagrams.sh
# Writes into each module's media/ folder. Re-running gives the same pictures (no timestamps are stored).
#
# Every number on a diagram must match the screen that shows it and the fact sheet
# (/work/shared/reference/course-facts.md). If a figure changes, change it here and on the screen together.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
modules="$(dirname "$here")"

if ! convert -version 2>/dev/null | grep -q '^Version: ImageMagick'; then
  echo "make-diagrams: ImageMagick's convert is needed (apt-get install -y imagemagick)" >&2
  exit 1
fi

REG=/usr/share/fonts/truetype/lato/Lato-Regular.ttf
BOLD=/usr/share/fonts/truetype/lato/Lato-Bold.ttf
for f in "$REG" "$BOLD"; do
  [ -f "$f" ] || { echo "make-diagrams: font not found: $f (apt-get install -y fonts-lato)" >&2; exit 1; }
done

# Calm palette; every text colour is dark on a light ground (contrast well above 7:1).
BG="#F7F5F0"      # warm off-white
INK="#1F2933"     # near-black slate, for text
MUTED="#4A5560"   # secondary text (still > 7:1 on BG)
TEAL="#1F6F6F"    # main data colour
TEAL_LIGHT="#CFE3E1"
BLUE="#2F5D8A"
SAND="#E9E1D2"
RULE="#B9C2C9"

W=1200
H=675

# Same bytes every run: no dates, no comments, fixed compression. An 8-bit palette of 64
# colours: ImageMagick would otherwise keep its 16 bits a channel, which the diagrams do not
# need and which made them four times bigger and slower to decode at every start.
finish() {
  convert "$1" -strip -define png:exclude-chunks=date,time -define png:compression-level=9 \
    -define png:compression-filter=5 -depth 8 +dither -colors 64 "PNG8:$2"
  rm -f "$1"
}

tmpdir="$(mktemp -d)"
trap 'rm -rf "$tmpdir"' EXIT

########################################################################################################
# Module 1 - 15 in 100 girls and 5 in 100 boys (CSA Centre moderate estimate, sexual abuse before 16)
########################################################################################################
out="$modules/01-scale-and-nature/media/prevalence-girls-boys.png"
draw=()
dots() { # left top filled-count colour
  local left=$1 top=$2 filled=$3 colour=$4 i x y
  for ((i = 0; i < 100; i++)); do
    x=$((left + (i % 10) * 34 + 14))
    y=$((top + (i / 10) * 34 + 14))
    if ((i < filled)); then
      draw+=(-fill "$colour" -stroke "$colour" -strokewidth 2 -draw "circle $x,$y $((x + 12)),$y")
    else
      draw+=(-fill "$BG" -stroke "$RULE" -strokewidth 2 -draw "circle $x,$y $((x + 11)),$y")
    fi
  done
}
dots 150 150 15 "$TEAL"
dots 710 150 5 "$BLUE"
convert -size ${W}x${H} "xc:$BG" \
  -font "$BOLD" -fill "$INK" -pointsize 40 -annotate +60+78 "Sexual abuse before the age of 16" \
  -font "$REG" -fill "$MUTED" -pointsize 26 -annotate +60+118 "A moderate estimate for England and Wales. Each circle stands for 1 in 100 children." \
  "${draw[@]}" \
  -stroke none -font "$BOLD" -fill "$TEAL" -pointsize 38 -annotate +150+545 "Girls: about 15 in 100" \
  -font "$BOLD" -fill "$BLUE" -pointsize 38 -annotate +710+545 "Boys: about 5 in 100" \
  -font "$REG" -fill "$INK" -pointsize 26 -annotate +150+588 "15% of girls" \
  -font "$REG" -fill "$INK" -pointsize 26 -annotate +710+588 "5% of boys" \
  -font "$REG" -fill "$MUTED" -pointsize 22 -annotate +60+648 "Source: CSA Centre. Across all children, at least 1 in 10 are sexually abused before 16." \
  "$tmpdir/a.png"
finish "$tmpdir/a.png" "$out"

########################################################################################################
# Module 1 - estimated each year vs what agencies record (linear scale, so the gap is drawn honestly)
########################################################################################################
out="$modules/01-scale-and-nature/media/estimated-vs-identified.png"
left=60
full=1080                       # bar length for 500,000
bar() { # value -> pixel length, at least 6 px so the smallest bar stays visible
  local len=$(( $1 * full / 500000 ))
  (( len < 6 )) && len=6
  echo "$len"
}
b1=$(bar 500000); b2=$(bar 100000); b3=$(bar 2160)
convert -size ${W}x${H} "xc:$BG" \
  -font "$BOLD" -fill "$INK" -pointsize 40 -annotate +60+78 "Far more children are abused than agencies identify" \
  -font "$REG" -fill "$MUTED" -pointsize 26 -annotate +60+118 "Bars drawn to the same scale" \
  -font "$BOLD" -fill "$INK" -pointsize 34 -annotate +60+190 "About 500,000" \
  -font "$REG" -fill "$INK" -pointsize 26 -annotate +298+190 "children estimated to be sexually abused each year" \
  -stroke none -fill "$TEAL" -draw "rectangle $left,210 $((left + b1)),262" \
  -font "$BOLD" -fill "$INK" -pointsize 34 -annotate +60+335 "More than 100,000" \
  -font "$REG" -fill "$INK" -pointsize 26 -annotate +366+335 "child sexual abuse offences recorded by police" \
  -fill "$BLUE" -draw "rectangle $left,355 $((left + b2)),407" \
  -font "$BOLD" -fill "$INK" -pointsize 34 -annotate +60+480 "2,160" \
  -font "$REG" -fill "$INK" -pointsize 26 -annotate +162+480 "children placed on a child protection plan for sexual abuse" \
  -fill "$INK" -draw "rectangle $left,500 $((left + b3)),552" \
  -font "$REG" -fill "$MUTED" -pointsize 24 -annotate +$((left + b3 + 14))+535 "(barely visible at this scale)" \
  -stroke "$RULE" -strokewidth 2 -draw "line 60,585 1140,585" -stroke none \
  -font "$REG" -fill "$MUTED" -pointsize 22 -annotate +60+622 "Estimate: England and Wales. Police: England and Wales, 2023/24. Plans: England, 2023/24." \
  -font "$REG" -fill "$MUTED" -pointsize 22 -annotate +60+652 "The figures count different things (children, offences, plans), so compare them with care." \
  "$tmpdir/b.png"
finish "$tmpdir/b.png" "$out"

########################################################################################################
# Module 2 - the five main barriers to telling, most common first (Cossar et al. 2013)
########################################################################################################
out="$modules/02-communicating-with-children/media/five-barriers.png"
rows=()
labels=(
  "Emotional barriers: shame, embarrassment, not finding the words"
  "Worry about the family finding out, and loyalty to them"
  "Thinking it was not serious enough to tell anyone"
  "Threats from the person abusing them"
  "Fear of not being believed"
)
for i in 0 1 2 3 4; do
  top=$((140 + i * 96))
  cy=$((top + 40))
  rows+=(-stroke none -fill "$SAND" -draw "roundrectangle 60,$top 1140,$((top + 80)) 16,16")
  rows+=(-fill "$TEAL" -draw "circle 112,$cy 142,$cy")
  rows+=(-font "$BOLD" -fill "#FFFFFF" -pointsize 34 -annotate +$((112 - 10))+$((cy + 12)) "$((i + 1))")
  rows+=(-font "$REG" -fill "$INK" -pointsize 32 -annotate +170+$((cy + 11)) "${labels[$i]}")
done
convert -size ${W}x${H} "xc:$BG" \
  -font "$BOLD" -fill "$INK" -pointsize 40 -annotate +60+78 "Five main barriers to telling" \
  -font "$REG" -fill "$MUTED" -pointsize 26 -annotate +60+118 "What children and young people said stopped them telling, most common first" \
  "${rows[@]}" \
  -font "$REG" -fill "$MUTED" -pointsize 22 -annotate +60+652 "Source: Cossar and others (2013), for the Office of the Children's Commissioner for England" \
  "$tmpdir/c.png"
finish "$tmpdir/c.png" "$out"

########################################################################################################
# Module 3 - concerns held by different services, recorded over time, show a pattern
########################################################################################################
out="$modules/03-intra-familial-abuse/media/building-a-picture.png"
lanes=("School" "Health" "Family support")
lane_y=(212 332 452)              # centre of each lane
colours=("$TEAL" "$BLUE" "#7A5C2E")
# "lane month label" (an illustration only: no real child, no real case)
events=(
  "0 1 Gone quiet"
  "0 4 Sexual behaviour\nunusual for age"
  "1 2 Missed\nappointments"
  "1 5 Anxious at\ncheck-up"
  "2 0 Neglect\nconcerns"
  "2 3 New adult\nin the home"
)
months=("Jan" "Feb" "Mar" "Apr" "May" "Jun")
x0=370; step=142
d=()
for i in 0 1 2; do
  y=${lane_y[$i]}
  d+=(-stroke none -fill "$SAND" -draw "roundrectangle 60,$((y - 54)) 1140,$((y + 54)) 14,14")
  d+=(-gravity NorthWest -font "$BOLD" -fill "$INK" -pointsize 28 -annotate +84+$((y - 17)) "${lanes[$i]}")
done
d+=(-stroke "$MUTED" -strokewidth 2 -draw "line $((x0 - 50)),526 $((x0 + 5 * step + 50)),526" -stroke none)
for m in 0 1 2 3 4 5; do
  x=$((x0 + m * step))
  d+=(-stroke "$MUTED" -strokewidth 2 -draw "line $x,518 $x,534" -stroke none)
  d+=(-gravity North -font "$REG" -fill "$MUTED" -pointsize 24 -annotate +$((x - W / 2))+538 "${months[$m]}")
done
for e in "${events[@]}"; do
  read -r lane m text <<<"$e"
  x=$((x0 + m * step)); y=${lane_y[$lane]}
  c=${colours[$lane]}
  d+=(-stroke none -fill "$c" -draw "circle $x,$((y - 28)) $((x + 11)),$((y - 28))")
  d+=(-gravity North -font "$REG" -fill "$INK" -pointsize 22 -annotate +$((x - W / 2))+$((y - 10)) "$text")
done
convert -size ${W}x${H} "xc:$BG" \
  -gravity NorthWest \
  -font "$BOLD" -fill "$INK" -pointsize 40 -annotate +60+40 "Concerns recorded over time can show a pattern" \
  -font "$REG" -fill "$MUTED" -pointsize 26 -annotate +60+96 "An illustration: what three services each noticed about one child over six months" \
  "${d[@]}" \
  -gravity NorthWest -stroke none -fill "$TEAL_LIGHT" -draw "roundrectangle 60,590 1140,650 14,14" \
  -font "$BOLD" -fill "$INK" -pointsize 26 -annotate +84+604 "Each service saw only part of it. Recorded and shared, together they show a pattern." \
  "$tmpdir/d.png"
finish "$tmpdir/d.png" "$out"

echo "make-diagrams: wrote 4 diagrams"
