#!/usr/bin/env bash
# The Language examples in modules/README.md do what the README says: the module gets
# exactly the warning shown, and the allow_terms screen adds none.
# Usage: readme_language_example.sh PRIMER OUT (from the source tree)
set -euo pipefail
primer=$(realpath "$1") out=$2
rm -rf "$out" && mkdir -p "$out/01-first-module"
fail() { printf "FAIL: %b\n" "$*" >&2; exit 1; }

# The fenced block after the marker <!-- language example, NAME ... -->.
block() {
    awk -v name="$1" 'index($0, "<!-- language example, " name) == 1 { found = 1; next }
                      found && /^```/ && !inside { inside = 1; next }
                      inside && /^```/ { exit }
                      inside { print }' modules/README.md
}
avoid=$(block avoid) module=$(block module) output=$(block output) allow=$(block allow_terms)
for part in avoid module output allow; do [ -n "${!part}" ] || fail "no '$part' example in modules/README.md"; done

printf 'format = 1\nid = "example"\ntitle = "Example"\nversion = "1"\nmodules = ["01-first-module"]\n\n%s\n' \
    "$avoid" > "$out/course.toml"
printf '%s\n' "$module" > "$out/01-first-module/module.toml"
got=$(cd "$out" && "$primer" validate . | sed -n '/^\.: /q;p' | sed 's#^\./##')
[ "$got" = "$output" ] || fail "the README shows:\n$output\nbut primer validate prints:\n$got"

printf '%s\n\n%s\n' "$module" "$allow" > "$out/01-first-module/module.toml"
result=$("$primer" validate "$out") || fail "the allow_terms example does not validate:\n$result"
grep -q "0 errors, 1 warning " <<<"$result" || fail "the allow_terms example adds warnings:\n$result"
echo "README language examples: as documented"
