#!/usr/bin/env bash
# Every hostile package in tests/fixtures/packages/invalid (made by make_invalid.py there)
# is refused by `primer install` with exactly the message in its .expected and exit 1,
# within 30 seconds, and the data folder (which already holds an installed module and a
# record) stays byte-for-byte as it was; and the valid fire-safety.primer is up to date.
set -euo pipefail
primer=$(realpath "$1") work=$(realpath -m "$2")
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
dir=tests/fixtures/packages/invalid
# Every path, type, mode and size under a folder, and every file's SHA-256.
snapshot() { (cd "$1" && find . -printf '%p %y %m %s\n' | sort && find . -type f -exec sha256sum {} + | sort); }

"$primer" pack tests/fixtures/modules/fire-safety -o "$work/good.primer" 2>/dev/null
"$primer" install "$work/good.primer" --data-dir "$work/base" >/dev/null
# The valid package kept beside the corpus (a fuzzing seed) is what `primer pack` makes of
# the fixture module now, its Welsh translation included: remake it when the module changes.
cmp -s "$work/good.primer" tests/fixtures/packages/fire-safety.primer ||
    fail "tests/fixtures/packages/fire-safety.primer is out of date; remake it with 'primer pack tests/fixtures/modules/fire-safety -o tests/fixtures/packages/fire-safety.primer'"
echo "a learner's records" >"$work/base/primer.sqlite3"

count=0
for package in "$dir"/*.primer; do
    name=$(basename "$package" .primer)
    [ -f "$dir/$name.expected" ] || fail "$name has no $name.expected"
    data="$work/$name"
    cp -a "$work/base" "$data"
    [ ! -f "$dir/$name.trusted" ] || cp "$dir/$name.trusted" "$data/trusted-keys.txt"
    before=$(snapshot "$data")
    status=0
    out=$(cd "$dir" && timeout 30 "$primer" install "$name.primer" --data-dir "$data" 2>&1) || status=$?
    [ $status -eq 1 ] || fail "$name: exit status $status, expected 1 (124 is a hang): $out"
    [ "$out" = "$(cat "$dir/$name.expected")" ] || fail "$name printed:
$out
expected:
$(cat "$dir/$name.expected")"
    [ "$(snapshot "$data")" = "$before" ] || fail "$name: the data folder changed"
    count=$((count + 1))
done
[ $count -ge 20 ] || fail "only $count hostile packages"
for expected in "$dir"/*.expected; do [ -f "${expected%.expected}.primer" ] || fail "$expected has no package"; done
echo "$count hostile packages refused with their expected messages; the data folder unchanged each time"
