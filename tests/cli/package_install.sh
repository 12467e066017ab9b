#!/usr/bin/env bash
# A module from another topic (tests/fixtures/modules/fire-safety) goes the way an L&D
# team sends one: it validates clean, packs to the same bytes twice, installs into a data
# folder's module library, is trusted by key, replaced by a newer version but not by an
# older one, and plays through from a course that adds it with [[library]], with the
# records showing the course completed.
set -euo pipefail
primer=$(realpath "$1") work=$(realpath -m "$2")
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
module=tests/fixtures/modules/fire-safety
data=$work/data

out=$("$primer" validate $module) || fail "validate: $out"
grep -q "fire-safety: 0 errors, 0 warnings (1 modules, 6 screens)" <<<"$out" || fail "validate: $out"

"$primer" pack $module -o "$work/one.primer" 2>/dev/null
"$primer" pack $module -o "$work/two.primer" 2>/dev/null
cmp -s "$work/one.primer" "$work/two.primer" || fail "packing twice gave different bytes"

# A course that needs the module says so until it is installed.
status=0
out=$("$primer" validate tests/fixtures/courses/library-required --data-dir "$data" 2>&1) || status=$?
[ $status -eq 1 ] && grep -q "error: module 'fire-safety' is not installed in the module library ($data/modules)" <<<"$out" ||
    fail "a missing library module: $out"
out=$("$primer" validate tests/fixtures/courses/library-optional --data-dir "$data" 2>&1) || fail "optional, missing: $out"
grep -q "warning: module 'fire-safety' is not installed" <<<"$out" || fail "optional, missing: $out"

out=$("$primer" install "$work/one.primer" --data-dir "$data") || fail "install: $out"
[ "$out" = "primer: installed fire-safety 1.0.0 into $data/modules/fire-safety; the package is not signed (no trusted keys are set up, so unsigned packages are accepted)." ] ||
    fail "install said: $out"
diff -r -x primer-package.json $module "$data/modules/fire-safety" || fail "the installed files differ from the module"
[ -z "$(find "$data/modules" -name '.installing-*' -o -name '*.partial')" ] || fail "staging left behind"

# Signed by an author whose key the organisation trusts; unsigned ones are then refused.
"$primer" pack $module -o "$work/signed.primer" --sign --data-dir "$work/author" >"$work/sign.out" 2>/dev/null
tail -1 "$work/sign.out" >"$data/trusted-keys.txt"
out=$("$primer" install "$work/signed.primer" --data-dir "$data") || fail "signed install: $out"
grep -q "(replacing 1.0.0); signed by trusted key ed25519:" <<<"$out" || fail "signed install said: $out"
status=0
out=$("$primer" install "$work/one.primer" --data-dir "$data" 2>&1) || status=$?
[ $status -eq 1 ] && grep -q "the package is not signed, and this installation accepts only packages signed" <<<"$out" ||
    fail "unsigned with trusted keys: $out"
rm "$data/trusted-keys.txt"

# A newer version replaces the installed one; an older one is refused, unless allowed.
for version in 1.1.0 0.9.0; do
    mkdir -p "$work/v$version" && sed "s/^version = .*/version = \"$version\"/" $module/module.toml >"$work/v$version/module.toml"
    mkdir -p "$work/v$version/fire-safety" && mv "$work/v$version/module.toml" "$work/v$version/fire-safety/"
    "$primer" pack "$work/v$version/fire-safety" -o "$work/v$version.primer" 2>/dev/null
done
out=$("$primer" install "$work/v1.1.0.primer" --data-dir "$data") || fail "upgrade: $out"
grep -q "installed fire-safety 1.1.0 .* (replacing 1.0.0)" <<<"$out" || fail "upgrade said: $out"
status=0
out=$("$primer" install "$work/v0.9.0.primer" --data-dir "$data" 2>&1) || status=$?
[ $status -eq 1 ] && grep -q "it holds version 0.9.0 of 'fire-safety', older than the installed 1.1.0; add --allow-downgrade" <<<"$out" ||
    fail "downgrade: $out"
grep -q '^version = "1.1.0"' "$data/modules/fire-safety/module.toml" || fail "the refused downgrade changed the module"
"$primer" install "$work/v0.9.0.primer" --data-dir "$data" --allow-downgrade | grep -q "(replacing 1.1.0)" ||
    fail "--allow-downgrade did not install"

# Played through from a course that adds it, as a learner would: the records show it done.
out=$("$primer" validate tests/fixtures/courses/library-required --data-dir "$data") || fail "course validate: $out"
grep -q "0 errors, 0 warnings (2 modules, 7 screens)" <<<"$out" || fail "course validate: $out"
summary=$("$primer" autoplay --course tests/fixtures/courses/library-required --strategy correct --data-dir "$data" \
    --learner fs-1 --name "Sam Fire")
grep -Eq "course: +completed" <<<"$summary" || fail "autoplay did not complete: $summary"
q() { sqlite3 -batch -noheader "$data/primer.sqlite3" "$1"; }
[ "$(q "select completed_at_ms > 0 from progress where learner_id='fs-1'")" = 1 ] || fail "progress not completed"
[ "$(q "select count(distinct screen) from interactions where learner_id='fs-1' and success=1")" = 3 ] ||
    fail "the three fire-safety tasks were not all answered right: $(q "select screen, success from interactions")"
[ "$(q "select count(*) from events where kind='course-completed'")" = 1 ] || fail "no course-completed event"
echo "fire-safety validated, packed twice to the same bytes, installed, trusted, upgraded, downgrade refused, played to completion"
