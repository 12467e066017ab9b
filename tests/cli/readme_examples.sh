#!/usr/bin/env bash
# The conversation and explainer examples in modules/README.md are valid screens: an author
# who copies one gets no errors and no warnings. Usage: readme_examples.sh PRIMER OUT (from the source tree)
set -euo pipefail
primer=$1 out=$2
rm -rf "$out" && mkdir -p "$out/media"
fail() { echo "FAIL: $*" >&2; exit 1; }

example=$(awk '/<!-- conversation example/ { found = 1; next }
               found && /^```toml/ { inside = 1; next }
               inside && /^```/ { exit }
               inside { print }' modules/README.md)
[ -n "$example" ] || fail "no conversation example found in modules/README.md"
printf 'id = "example"\ntitle = "The README example"\n\n%s\n' "$example" > "$out/module.toml"
cp tests/fixtures/courses/conversation/01-conversations/media/classroom.png "$out/media/"

result=$("$primer" validate "$out" 2>&1) || fail "the README example does not validate:\n$result"
grep -q "0 errors, 0 warnings" <<<"$result" || fail "the README example has warnings:\n$result"
# And every ending in it can be reached in play.
"$primer" autoplay --course "$out" --strategy all-branches > "$out/branches.txt" 2>&1 ||
    fail "all-branches found a problem in the README example: $(cat "$out/branches.txt")"
grep -q "endings reached: 3 of 3" "$out/branches.txt" || fail "not every ending reached: $(cat "$out/branches.txt")"
echo "README conversation example: valid"

# The explainer example, with the built-in course's narration and diagram it names.
explainer=$(awk '/<!-- explainer example/ { found = 1; next }
                 found && /^```toml/ { inside = 1; next }
                 inside && /^```/ { exit }
                 inside { print }' modules/README.md)
[ -n "$explainer" ] || fail "no explainer example found in modules/README.md"
rm -rf "$out/explainer" && mkdir -p "$out/explainer/media/narration"
printf 'id = "example"\ntitle = "The README example"\n\n%s\n' "$explainer" > "$out/explainer/module.toml"
cp modules/01-scale-and-nature/media/narration/how-many-children.* "$out/explainer/media/narration/"
cp modules/01-scale-and-nature/media/estimated-vs-identified.png "$out/explainer/media/"
result=$("$primer" validate "$out/explainer" 2>&1) || fail "the README explainer example does not validate:\n$result"
grep -q "0 errors, 0 warnings" <<<"$result" || fail "the README explainer example has warnings:\n$result"
echo "README explainer example: valid"
