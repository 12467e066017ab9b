#!/usr/bin/env bash
# The export benchmark works, not how fast: run on 2,000 synthetic learners, each export it
# times must have written what it reported, parse strictly (CSV as RFC 4180, every xAPI line
# as JSON through the third-party validator), and the generated completions must verify.
# Usage: export_bench_check.sh BENCH PRIMER WORK
set -euo pipefail
bench=$1 primer=$2 work=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work"
out=$("$bench" "$primer" modules "$work" 2000 200) || fail "the benchmark failed: $out"
echo "$out"
# The figures it printed, by label: "  LABEL   N rows in ...".
count() { grep -F "  $1 " <<<"$out" | awk '{ for (i = 1; i <= NF; ++i) if ($(i + 1) == "rows" || $(i + 1) == "statements") { print $i; exit } }'; }
signed=$(sed -n 's/.*learners, \([0-9]*\) signed completions.*/\1/p' <<<"$out")
[ "$(count 'csv, preset primer (signed)')" = 2000 ] || fail "primer rows"
[ "$(count 'csv, preset totara (completed only)')" = "$signed" ] || fail "totara rows: every signed completion"
[ "$(count 'csv, --per module')" = 8000 ] || fail "per-module rows: 4 modules each"
statements=$(count 'xapi, JSON Lines, one team')
grep -q "statements for 200 learners" <<<"$out" || fail "xAPI learners"
grep -q "8000 rows for 2000 learners" <<<"$out" || fail "per-module learners"

python3 - "$work" 2000 "$signed" 8000 "$statements" <<'PY' || fail "an export does not parse"
import csv, json, sys
work, learners, signed, module_rows, statements = sys.argv[1], *map(int, sys.argv[2:])
def rows(name):
    with open(f"{work}/{name}", newline="", encoding="utf-8") as f:
        return list(csv.reader(f, strict=True))[1:]
assert len(rows("primer.csv")) == learners
assert len(rows("totara.csv")) == signed
assert len(rows("modules.csv")) == module_rows
lines = [json.loads(line) for line in open(f"{work}/statements.jsonl", encoding="utf-8")]
assert len(lines) == statements and len({s["id"] for s in lines}) == statements
PY
node tests/xapi/validate.js "$work/statements.jsonl" >/dev/null || fail "the benchmark's statements are not valid xAPI"
verified=$("$primer" verify "$work/primer.csv" --data-dir "$work/data") || fail "the generated completions do not verify: $verified"
grep -q "$signed signed and valid, $((2000 - signed)) in progress (nothing to sign), 0 failed" <<<"$verified" ||
    fail "verify: $verified"
echo "export benchmark check: every export parses, $statements statements valid, $signed completions verify"
