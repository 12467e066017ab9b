# Helpers for the read aloud GUI tests: where the reading highlight (#FFEDA8) is in a screenshot.
# Source it after lib.sh, with OUT set.

# highlight NAME: "pixels top bottom" of the highlight colour in NAME.png ("0 - -" when none).
highlight() {
    local mask="$OUT/$1-highlight.png"
    convert "$OUT/$1.png" -fill black +opaque "#FFEDA8" -fill white -opaque "#FFEDA8" "$mask"
    local count
    count=$(convert "$mask" -format "%[fx:round(mean*w*h)]" info:)
    if [ "$count" -eq 0 ]; then echo "0 - -"; return; fi
    # -trim leaves the white box's geometry: WxH+X+Y.
    convert "$mask" -trim -format "$count %[fx:page.y] %[fx:page.y+h]" info:
}

# shot_highlighted NAME: screenshots NAME.png until the highlight shows (a loaded machine can
# take a few frames to start reading), then prints what highlight() says of it.
shot_highlighted() {
    local tries=0 result
    while :; do
        shot "$1"
        result=$(highlight "$1")
        [ "${result%% *}" -eq 0 ] && [ $tries -lt 10 ] || break
        tries=$((tries + 1))
    done
    echo "$result"
}
