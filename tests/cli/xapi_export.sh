#!/usr/bin/env bash
# xAPI statements from real records pass Learning Locker's validator (tests/xapi), keep
# the same ids when exported again (so an LRS never sees a duplicate), and never carry a
# reflection. A course in the Northfield brand gets the brand's ids in export and sync.
set -euo pipefail
primer=$1 data=$2
rm -rf "$data" && mkdir -p "$data"
fail() { echo "FAIL: $*" >&2; exit 1; }
course=tests/fixtures/courses/valid
validator=tests/xapi/validate.js
[ -d tests/xapi/node_modules/xapi-validation ] || fail "the validator is not installed: run third_party/setup.sh --tests"

"$primer" autoplay --course $course --data-dir "$data" --learner A-1 >/dev/null
"$primer" autoplay --course $course --data-dir "$data" --learner B-2 --strategy wrong >/dev/null
export_xapi() { "$primer" export --format xapi --course-dir $course --data-dir "$data" --home-page https://lms.example.org "$@"; }

export_xapi --output "$data/first.jsonl" 2>"$data/log"
grep -q "statements for 2 learners" "$data/log" || fail "summary: $(cat "$data/log")"
node $validator "$data/first.jsonl" || fail "statements are not valid xAPI"
for verb in initialized progressed answered completed terminated; do
    grep -q "\"http://adlnet.gov/expapi/verbs/$verb\"" "$data/first.jsonl" || fail "no $verb statement"
done
grep -q '"homePage":"https://lms.example.org"' "$data/first.jsonl" || fail "the home page option is not used"

# Exporting again, as an array this time, gives the same statements with the same ids.
export_xapi --json-array --output "$data/again.json" 2>/dev/null
node $validator "$data/again.json" >/dev/null || fail "the JSON array form is not valid"
python3 - "$data/first.jsonl" "$data/again.json" <<'PY' || fail "a second export changed the statements"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
array = json.load(open(sys.argv[2]))
assert lines == array, "different statements"
PY
echo "xapi export: $(wc -l <"$data/first.jsonl") statements, valid, stable ids"

# A course that names the Northfield brand: without --home-page, --activity-base or their
# lrs.toml keys, every actor and activity id is the brand's [xapi]; lrs.toml's keys win over it.
branded=tests/fixtures/courses/branded
rm -rf "$data/branded" && mkdir -p "$data/branded"
"$primer" autoplay --course $branded --data-dir "$data/branded" --learner N-1 >/dev/null
"$primer" export --format xapi --course-dir $branded --data-dir "$data/branded" --output "$data/branded.jsonl" 2>/dev/null
node $validator "$data/branded.jsonl" >/dev/null || fail "the branded course's statements are not valid xAPI"
check_ids() {  # FILE HOME_PAGE ACTIVITY_BASE
    python3 - "$@" <<'PY'
import json, sys
path, home, base = sys.argv[1:]
statements = [json.loads(l) for l in open(path) if l.strip()]
assert len(statements) >= 4, f"only {len(statements)} statements"
for s in statements:
    assert s["actor"]["account"]["homePage"] == home, s["actor"]
    ids = [s["object"]["id"]] + [a["id"] for kind in s.get("context", {}).get("contextActivities", {}).values() for a in kind]
    for i in ids:
        assert i.startswith(base), f"{i} is not under {base}"
print(f"{len(statements)} statements under {home} and {base}")
PY
}
check_ids "$data/branded.jsonl" https://learning.northfield.example.org https://learning.northfield.example.org/activities/ \
    || fail "the brand's [xapi] is not used"
cat >"$data/branded/lrs.toml" <<'TOML'
endpoint = "https://lrs.example.org/xapi/"
username = "key"
password = "secret"
home_page = "https://lms.example.org"
TOML
chmod 600 "$data/branded/lrs.toml"
"$primer" export --format xapi --course-dir $branded --data-dir "$data/branded" --output "$data/branded-lrs.jsonl" 2>/dev/null
check_ids "$data/branded-lrs.jsonl" https://lms.example.org https://learning.northfield.example.org/activities/ \
    || fail "lrs.toml's home_page does not win over the brand's, or its silence loses the brand's activity base"

# primer sync takes the same ids, and an lrs.toml with only credentials gets the brand's
# endpoint and version ([lrs]); --status queues the statements without sending them.
rm -rf "$data/sync" && mkdir -p "$data/sync"
"$primer" autoplay --course $branded --data-dir "$data/sync" --learner N-2 >/dev/null
printf 'username = "key"\npassword = "secret"\n' >"$data/sync/lrs.toml"
chmod 600 "$data/sync/lrs.toml"
status=$("$primer" sync --status --course-dir $branded --data-dir "$data/sync") || fail "sync --status: $status"
grep -q "LRS:          lrs.northfield.example.org (xAPI 1.0.3)" <<<"$status" || fail "not the brand's LRS: $status"
sqlite3 -batch -noheader "$data/sync/primer.sqlite3" "select statement from outbox" >"$data/sync.jsonl"
check_ids "$data/sync.jsonl" https://learning.northfield.example.org https://learning.northfield.example.org/activities/ \
    || fail "primer sync does not queue the brand's ids"
