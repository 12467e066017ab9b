#!/usr/bin/env bash
# xAPI statement ids name the data folder by its installation-id file, not by the signing
# key, so machines may share an organisation key. (a) A data folder with records from
# before installation ids (made, with its export, by the Primer before them: see
# tests/fixtures/records/before-installation-id/README) exports the very same ids, keeps
# them when its key is replaced, and sends the same ids; (b) two new folders given one
# organisation key, each with one learner played identically, share no statement id and
# both validate; (c) a damaged installation-id file stops xAPI with a sentence naming it,
# and is left as it was.
set -euo pipefail
primer=$1 data=$2
rm -rf "$data" && mkdir -p "$data"
fail() { echo "FAIL: $*" >&2; exit 1; }
course=tests/fixtures/courses/valid
before=tests/fixtures/records/before-installation-id
validator=tests/xapi/validate.js
[ -d tests/xapi/node_modules/xapi-validation ] || fail "the validator is not installed: run third_party/setup.sh --tests"
export_xapi() {  # FOLDER FILE
    "$primer" export --format xapi --course-dir $course --data-dir "$1" --output "$2" 2>/dev/null || fail "export from $1"
}
ids() {  # FILE: each statement's id and registration, in order
    python3 -c 'import json, sys
for line in open(sys.argv[1]):
    if line.strip():
        s = json.loads(line)
        print(s["id"], s["context"]["registration"])' "$1"
}

# (a) The old folder as that Primer left it: its records, its key, no installation-id.
old=$data/old
mkdir -p "$old"
sqlite3 "$old/primer.sqlite3" <"$before/records.sql"
cp "$before/signing.key" "$old/signing.key"
chmod 600 "$old/signing.key"
key_id=$(sqlite3 -batch -noheader "$old/primer.sqlite3" "select key_id from signing_keys")
export_xapi "$old" "$data/old.jsonl"
[ "$(cat "$old/installation-id")" = "$key_id" ] || fail "the old folder's installation id is not its key id $key_id"
ids "$data/old.jsonl" >"$data/old-ids.txt"
[ -s "$data/old-ids.txt" ] || fail "the old folder exported no statements"
cmp -s "$before/ids.txt" "$data/old-ids.txt" ||
    fail "ids changed from those the earlier Primer exported: $(diff "$before/ids.txt" "$data/old-ids.txt" | head -5)"
node $validator "$data/old.jsonl" >/dev/null || fail "the old folder's statements are not valid"
# A new organisation key in its place signs from now on; the ids stay.
cp "$before/other-signing.key" "$old/signing.key"
export_xapi "$old" "$data/old-new-key.jsonl"
ids "$data/old-new-key.jsonl" | cmp -s "$before/ids.txt" - || fail "replacing the key changed the ids"
[ "$(cat "$old/installation-id")" = "$key_id" ] || fail "replacing the key changed installation-id"
# primer sync queues the same ids.
printf 'endpoint = "http://127.0.0.1:9/xapi/"\nusername = "key"\npassword = "secret"\n' >"$old/lrs.toml"
chmod 600 "$old/lrs.toml"
"$primer" sync --status --course-dir $course --data-dir "$old" >/dev/null || fail "sync --status on the old folder"
sqlite3 -batch -noheader "$old/primer.sqlite3" "select statement from outbox order by id" >"$data/old-outbox.jsonl"
diff <(ids "$data/old-outbox.jsonl" | sort) <(sort "$before/ids.txt") >/dev/null || fail "sync queued other ids than export"
echo "old folder: $(wc -l <"$before/ids.txt") statement ids as before, after a new key, and queued for sync"

# (b) Two new machines given the same organisation key, one learner each, played the same.
for machine in one two; do
    mkdir -p "$data/$machine"
    cp "$before/signing.key" "$data/$machine/signing.key"
    chmod 600 "$data/$machine/signing.key"
    "$primer" autoplay --course $course --data-dir "$data/$machine" --learner A-1 --seed 3 >/dev/null
    export_xapi "$data/$machine" "$data/$machine.jsonl"
    node $validator "$data/$machine.jsonl" >/dev/null || fail "machine $machine's statements are not valid"
    cmp -s "$before/signing.key" "$data/$machine/signing.key" || fail "machine $machine replaced the organisation key"
done
course_id=$(sqlite3 -batch -noheader "$data/one/primer.sqlite3" "select course_id from progress")
python3 - "$data/one.jsonl" "$data/two.jsonl" "$data/one/installation-id" "$data/two/installation-id" "$key_id" "$course_id" <<'PY' ||
import json, re, sys, uuid
one, two = ([json.loads(l) for l in open(path) if l.strip()] for path in sys.argv[1:3])
installations = [open(path).read() for path in sys.argv[3:5]]
key_id, course_id = sys.argv[5:7]
assert len(one) == len(two) and len(one) >= 4, f"{len(one)} and {len(two)} statements"
for text in installations:
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\n", text), repr(text)
assert installations[0] != installations[1], "both machines have one installation id"
# The same learning, the same verbs, each statement named by its own folder's id.
assert [s["verb"]["id"] for s in one] == [s["verb"]["id"] for s in two], "the two plays differ"
shared = {s["id"] for s in one} & {s["id"] for s in two}
assert not shared, f"{len(shared)} statement ids in common"
namespace = uuid.UUID("6f0c3b1e-5a2d-4c6e-9b1f-7d3e2a9c4b58")  # Primer's (name_uuid.cpp)
for statements, installation in zip((one, two), installations):
    expected = str(uuid.uuid5(namespace, installation.strip() + "|registration|A-1|" + course_id))
    assert {s["context"]["registration"] for s in statements} == {expected}, "the registration is not the installation id's"
    assert expected != str(uuid.uuid5(namespace, key_id + "|registration|A-1|" + course_id))
print(f"two machines, one key: {len(one)} statements each, no id in common")
PY
    fail "two machines with one key made statements with the same ids"

# (c) A damaged installation-id: xAPI export and sync stop with a sentence; the file stays.
printf 'copied from somewhere\n' >"$data/one/installation-id"
out=$("$primer" export --format xapi --course-dir $course --data-dir "$data/one" 2>&1 >/dev/null) &&
    fail "an export with a damaged installation-id succeeded"
grep -qF "$data/one/installation-id does not hold an installation id" <<<"$out" || fail "export: $out"
grep -q "backup" <<<"$out" || fail "export does not say what to do: $out"
cp "$old/lrs.toml" "$data/one/lrs.toml"
out=$("$primer" sync --status --course-dir $course --data-dir "$data/one" 2>&1) && fail "sync with a damaged installation-id ran"
grep -qF "$data/one/installation-id does not hold an installation id" <<<"$out" || fail "sync: $out"
[ "$(cat "$data/one/installation-id")" = "copied from somewhere" ] || fail "the damaged file was replaced"
"$primer" export --format csv --data-dir "$data/one" >/dev/null 2>&1 || fail "a CSV export needs no installation id"
echo "damaged installation-id: named, kept, CSV still exported"
