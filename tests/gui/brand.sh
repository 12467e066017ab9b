#!/usr/bin/env bash
# Brand packs on screen: the sign-in screen and a content screen in the default brand and
# in the Northfield example (tests/fixtures/brands/northfield), checked by pixel colour: the
# brand's background, its primary colour on the buttons, and its logo where the logo goes.
# A course naming the brand in course.toml shows it too. Then the Northfield support panel
# (S), which lists the brand's own helpline. The dark example (tests/fixtures/brands/nightshift)
# the same way, and a question's feedback and the support panel in it, where its dark button
# labels must sit on its light primary. Last, the fire-safety example module end to end in
# the Northfield brand: validated, packed, installed, played through, and shown.
# Usage (under xvfb-run): brand.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
northfield=$(cd "$(dirname "$0")/../fixtures/brands/northfield" && pwd)
nightshift=$(cd "$(dirname "$0")/../fixtures/brands/nightshift" && pwd)

pixel() { convert "$OUT/$1.png" -format "%[hex:u.p{$2,$3}]" info:; }
# count NAME COLOUR [GEOMETRY]: how many pixels of the screenshot (or of a crop) are exactly COLOUR.
count() {
    convert "$OUT/$1.png" ${3:+-crop "$3"} -fill black +opaque "$2" -fill white -opaque "$2" \
        -format "%[fx:round(mean*w*h)]" info:
}
at_least() { [ "$2" -ge "$3" ] || fail "$1: $2 pixels, expected at least $3"; }

check_colours() {  # SHOT BACKGROUND PRIMARY
    [ "$(pixel "$1" 5 400)" = "$2" ] || fail "$1.png: background is #$(pixel "$1" 5 400), not #$2"
    at_least "$1.png primary #$3" "$(count "$1" "#$3")" 2000
}

check_brand() {  # NAME BACKGROUND PRIMARY LOGO-COLOUR ARGS...
    local name=$1 background=$2 primary=$3 logo=$4; shift 4
    "$PRIMER" --course "$COURSE" --data-dir "$OUT/data-$name" "$@" --screenshot "$OUT/$name-sign-in.png"
    "$PRIMER" --course "$COURSE" --data-dir "$OUT/data-$name" "$@" --learner S-1 --name "Sam Patel" \
        --screenshot "$OUT/$name-content.png"
    for view in sign-in content; do check_colours "$name-$view" "$background" "$primary"; done
    # The logo: beside the organisation's name on the sign-in card, and at the top bar's left.
    at_least "$name-sign-in.png logo" "$(count "$name-sign-in" "#$logo" 70x70+360+65)" 100
    at_least "$name-content.png logo" "$(count "$name-content" "#$logo" 60x60+18+4)" 100
}

check_brand default F7F5F0 1F5F8B 1F5F8B
check_brand northfield F1F6F2 1B5E3B F28C28 --brand "$northfield"
# Different brands, different pictures: the Northfield orange is nowhere in the default.
[ "$(count default-sign-in "#F28C28")" = 0 ] || fail "the default brand shows the Northfield orange"

# A course that names its brand in course.toml (brand = "...") shows it without --brand.
"$PRIMER" --course "$(dirname "$0")/../fixtures/courses/branded" --data-dir "$OUT/data-manifest" --learner S-2 \
    --name "Sam Patel" --screenshot "$OUT/manifest-content.png"
[ "$(pixel manifest-content 5 400)" = F1F6F2 ] || fail "course.toml's brand is not shown: #$(pixel manifest-content 5 400)"

# The support panel lists the brand's helpline after the course's contacts.
start_player --brand "$northfield" --learner S-1
keys s
shot northfield-support
! compare -metric AE -fuzz 3% "$OUT/northfield-support.png" "$OUT/northfield-content.png" null: 2>/dev/null ||
    fail "S did not open the support panel"
quit_player

# The dark brand: its navy, its teal and its logo; then a question answered, with feedback.
check_brand nightshift 0F1B2D 5FD3C6 5FD3C6 --brand "$nightshift"
# Its Continue button's label is the brand's dark on_primary, not white.
at_least "nightshift-sign-in.png dark label on Continue" "$(count nightshift-sign-in "#0F1B2D" 500x30+380+633)" 50
[ "$(count nightshift-sign-in "#FFFFFF" 500x30+380+633)" = 0 ] || fail "nightshift-sign-in.png: white on the light primary"
"$PRIMER" autoplay --course "$COURSE" --data-dir "$OUT/data-nightshift" --learner S-3 --stop-at basics/first-question \
    >/dev/null
open_window "$PRIMER" --course "$COURSE" --data-dir "$OUT/data-nightshift" --brand "$nightshift" --learner S-3
keys 1 Return
shot nightshift-feedback
keys s
shot nightshift-support
quit_player
# The fire-safety example module (another topic) as an L&D team ships it, in the Northfield
# brand: validated, packed, installed into the data folder's module library, played through
# from a course that adds it, and one of its screens shown in Northfield's colours and logo.
module=$(dirname "$0")/../fixtures/modules/fire-safety
induction=$(dirname "$0")/../fixtures/courses/library-required
fire=$OUT/data-fire
"$PRIMER" validate "$module" | grep -q "fire-safety: 0 errors, 0 warnings" || fail "fire-safety does not validate clean"
"$PRIMER" pack "$module" -o "$OUT/fire-safety.primer" 2>/dev/null
"$PRIMER" install "$OUT/fire-safety.primer" --data-dir "$fire" | grep -q "installed fire-safety 1.0.0" ||
    fail "fire-safety did not install"
summary=$("$PRIMER" autoplay --course "$induction" --strategy correct --data-dir "$fire" --learner F-1 --name "Sam Fire")
grep -Eq "course: +completed" <<<"$summary" || fail "the induction course with fire-safety was not completed: $summary"
"$PRIMER" autoplay --course "$induction" --data-dir "$fire" --learner F-2 --stop-at fire-safety/fire-triangle >/dev/null
"$PRIMER" --course "$induction" --data-dir "$fire" --brand "$northfield" --learner F-2 \
    --screenshot "$OUT/northfield-fire-safety.png"
check_colours northfield-fire-safety F1F6F2 1B5E3B
at_least "northfield-fire-safety.png logo" "$(count northfield-fire-safety "#F28C28" 60x60+18+4)" 100
[ "$(sqlite3 -batch -noheader "$fire/primer.sqlite3" "select current_screen from progress where learner_id='F-2'")" \
    = fire-safety/fire-triangle ] || fail "the screenshot is not of the fire-safety screen"

echo "the three brands show their background, primary colour and logo; the support panel opens"
