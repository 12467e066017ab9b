#!/usr/bin/env bash
# Screenshots of the first screen of every kind in every module of a course, drawn by the
# real player: autoplay (right answers) walks a fresh learner to the screen and stops
# there, and `primer --screenshot` draws the screen that learner resumes on. Each picture
# is checked not to be blank; OUT/index.txt lists them. Look at them after content changes.
# Usage (under xvfb-run): course_screens.sh PRIMER COURSE OUT
#   or: cmake --build build --target screenshots   (the built-in course, into build/screenshots)
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
fail() { echo "FAIL: $*" >&2; exit 1; }

# "module-id screen-id kind", the first screen of each kind in each module, in course order.
python3 - "$COURSE" > "$OUT/screens.txt" <<'PY'
import sys, tomllib, pathlib
course = pathlib.Path(sys.argv[1])
for folder in tomllib.loads((course / "course.toml").read_text())["modules"]:
    module = tomllib.loads((course / folder / "module.toml").read_text())
    seen = set()
    for screen in module["screen"]:
        if screen["kind"] not in seen:
            seen.add(screen["kind"])
            print(module["id"], screen["id"], screen["kind"])
PY

# The pointer starts in the middle of Xvfb's screen, where it would hover over (and so
# highlight) whatever answer is drawn there; park it in the corner, over nothing.
xdotool mousemove 0 0 2>/dev/null || true
count=0
while read -r module screen kind; do
    data="$OUT/data-$module-$screen"
    "$PRIMER" autoplay --course "$COURSE" --data-dir "$data" --learner shots --name "Alex Morgan" \
        --stop-at "$module/$screen" > "$data.log" 2>&1 || fail "could not reach $module/$screen: $(cat "$data.log")"
    file="$OUT/$module--$kind--$screen.png"
    "$PRIMER" --course "$COURSE" --data-dir "$data" --learner shots --screenshot "$file" 2>>"$data.log" ||
        fail "could not draw $module/$screen: $(cat "$data.log")"
    deviation=$(convert "$file" -colorspace Gray -format "%[fx:standard_deviation]" info:)
    awk -v d="$deviation" 'BEGIN { exit !(d > 0.03) }' || fail "$file looks blank (deviation $deviation)"
    rm -rf "$data" "$data.log"
    echo "$module/$screen ($kind): $(basename "$file")" >> "$OUT/index.txt"
    count=$((count + 1))
done < "$OUT/screens.txt"
[ "$count" -gt 0 ] || fail "no screens found in $COURSE"
echo "$count screenshots in $OUT (listed in index.txt)"
