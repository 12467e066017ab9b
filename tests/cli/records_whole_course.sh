#!/usr/bin/env bash
# The built-in course played through the engine (autoplay, recording as the player would)
# by several learners: two pass (one of them over two sittings), one fails, one answers at
# random, one stops part-way. Every export format is produced from the command line; every
# xAPI statement passes the third-party validator, every CSV parses strictly with its
# documented columns, every certificate verifies (and only passes earn one), the time of
# each sitting adds up to the total exported, and an edited export line or database row
# fails verification.
set -euo pipefail
primer=$1 data=$2
rm -rf "$data" && mkdir -p "$data"
fail() { echo "FAIL: $*" >&2; exit 1; }
validator=tests/xapi/validate.js
[ -d tests/xapi/node_modules/xapi-validation ] || fail "the validator is not installed: run third_party/setup.sh --tests"
middle=communicating-with-children/five-barriers

play() { "$primer" autoplay --course modules --data-dir "$data" "$@" >/dev/null || fail "autoplay $*"; }
play --learner P-1 --strategy correct
play --learner F-2 --strategy wrong
play --learner R-3 --strategy random --seed 5
play --learner I-4 --stop-at $middle
play --learner S-5 --stop-at $middle
play --learner S-5 --strategy correct

q() { sqlite3 -batch -noheader "$data/primer.sqlite3" "$1"; }
[ "$(q "select count(*) from sittings where learner_id = 'S-5'")" = 2 ] || fail "S-5 should have two sittings"
# A learner comes back after their last sitting ended, never inside it.
overlaps=$(q "select count(*) from sittings a join sittings b on a.learner_id = b.learner_id and a.id < b.id
              where b.started_at_ms <= a.last_active_at_ms")
[ "$overlaps" = 0 ] || fail "$overlaps sittings start before the learner's previous one ended"

# Every export, from the command line.
export_to() { local file=$1; shift; "$primer" export --data-dir "$data" --output "$data/$file" "$@" 2>/dev/null || fail "export $*"; }
for preset in primer totara iomad canvas; do export_to $preset.csv --format csv --preset $preset; done
export_to modules.csv --format csv --per module
export_to statements.jsonl --format xapi
export_to statements.json --format xapi --json-array

# xAPI: every statement valid (xapi-validation, and validate.js's own checks); the array
# holds the same statements as the lines; every verb of a learner's journey is there.
node $validator "$data/statements.jsonl" >"$data/validator.log" || fail "invalid statements: $(tail -5 "$data/validator.log")"
node $validator "$data/statements.json" >/dev/null || fail "the JSON array is not valid"
python3 - "$data" <<'PY' || fail "xAPI statements"
import json, sys, collections
folder = sys.argv[1]
lines = [json.loads(l) for l in open(f"{folder}/statements.jsonl") if l.strip()]
assert lines == json.load(open(f"{folder}/statements.json")), "the JSON array differs from the lines"
verbs = collections.Counter(s["verb"]["id"].rsplit("/", 1)[-1] for s in lines)
for verb in ["initialized", "progressed", "answered", "completed", "passed", "failed", "suspended", "resumed", "terminated"]:
    assert verbs[verb] > 0, f"no {verb} statement: {verbs}"
by_learner = collections.defaultdict(list)
for s in lines:
    by_learner[s["actor"]["account"]["name"]].append(s)
assert sorted(by_learner) == ["F-2", "I-4", "P-1", "R-3", "S-5"], sorted(by_learner)
# Sittings in order: the first sitting's end comes before the second's start.
journey = [(s["timestamp"], s["verb"]["id"].rsplit("/", 1)[-1]) for s in by_learner["S-5"]
           if s["verb"]["id"].endswith(("initialized", "suspended", "resumed", "terminated"))]
assert [verb for _, verb in sorted(journey)] == ["initialized", "suspended", "resumed", "terminated"], journey
# Each conversation choice answered carries every choice of its node.
replies = [s for s in lines if s["object"].get("definition", {}).get("interactionType") == "choice"
           and "/conversation-" in s["object"]["id"]]
assert replies and all(len(s["object"]["definition"]["choices"]) >= 2 for s in replies), "conversation choices"
print(f"{len(lines)} statements for {len(by_learner)} learners")
PY

# The task kinds the built-in course does not use (hotspot, ordering) are in two fixture
# courses: their answered statements pass the validator too, with their cmi.interaction types.
for fixture in choice-kinds sort-kinds; do
    kinds=$data/$fixture
    for strategy in correct wrong; do
        "$primer" autoplay --course tests/fixtures/courses/$fixture --data-dir "$kinds" --learner $strategy \
            --strategy $strategy >/dev/null || fail "autoplay $fixture"
    done
    "$primer" export --format xapi --course-dir tests/fixtures/courses/$fixture --data-dir "$kinds" \
        --output "$kinds/statements.jsonl" 2>/dev/null || fail "export $fixture"
    node $validator "$kinds/statements.jsonl" >"$kinds/validator.log" || fail "$fixture: $(tail -5 "$kinds/validator.log")"
done
types=$(cat "$data"/statements.jsonl "$data"/*-kinds/statements.jsonl | grep -o '"interactionType":"[a-z-]*"' | sort -u |
        cut -d'"' -f4 | tr '\n' ' ')
[ "$types" = "choice fill-in likert matching sequencing true-false " ] || fail "interaction types: $types"

# CSV: strict RFC 4180 (Python's reader), UTF-8, CRLF, the documented columns (README for
# Primer's own; the LMSs' import pages, as docs/ and the reference list them, for the rest).
python3 - "$data" <<'PY' || fail "CSV exports"
import csv, re, sys
folder = sys.argv[1]
columns = {
    "primer": "learner_id,learner_name,organisation,course_id,course_version,completion_status,success_status,"
              "score_scaled,score_percent,score_raw,score_min,score_max,attempts,started_at,last_active_at,"
              "completed_at,time_spent_seconds,time_spent_ms,signed_version,recorded_at,key_id,signed_form,signature",
    "totara": "username,courseshortname,courseidnumber,completiondate,grade",
    "iomad": "username,coursename,timeenrolled,timestarted,timecompleted",
    "canvas": "course_id,user_id,role,status",
    "modules": "learner_id,learner_name,organisation,course_id,course_version,module_id,module_title,module_status,"
               "score_raw,score_max,score_scaled,first_activity_at,last_activity_at,time_spent_seconds",
}
iso = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
day = re.compile(r"^\d{4}-\d\d-\d\d$")
tables = {}
for name, header in columns.items():
    raw = open(f"{folder}/{name}.csv", "rb").read()
    raw.decode("utf-8")
    assert raw.count(b"\n") == raw.count(b"\r\n") > 1, f"{name}: CRLF line ends"
    with open(f"{folder}/{name}.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    assert ",".join(rows[0]) == header, f"{name} columns: {rows[0]}"
    assert all(len(r) == len(rows[0]) for r in rows), f"{name}: ragged rows"
    tables[name] = [dict(zip(rows[0], r)) for r in rows[1:]]
primer = {r["learner_id"]: r for r in tables["primer"]}
assert sorted(primer) == ["F-2", "I-4", "P-1", "R-3", "S-5"], sorted(primer)
assert primer["I-4"]["completion_status"] == "in_progress" and primer["I-4"]["signature"] == ""
for learner in ["P-1", "S-5"]:
    assert (primer[learner]["completion_status"], primer[learner]["success_status"]) == ("completed", "passed")
assert primer["F-2"]["success_status"] == "failed" and primer["F-2"]["score_percent"] == "0"
# The signed score in points: one per question drawn, partial credit its share, the same
# score as the scaled one; a pass with every answer right has every point.
for learner, r in primer.items():
    if r["signature"]:
        assert r["signed_form"] == "2", (learner, r["signed_form"])
    if r["score_scaled"] == "":
        assert r["score_raw"] == r["score_min"] == r["score_max"] == "", (learner, r)
        continue
    raw, low, top = float(r["score_raw"]), float(r["score_min"]), float(r["score_max"])
    assert low == 0 and top == int(top) and top >= 5 and 0 <= raw <= top, (learner, r)
    assert abs(raw / top - float(r["score_scaled"])) < 0.0001, (learner, raw, top, r["score_scaled"])
assert primer["P-1"]["score_raw"] == primer["P-1"]["score_max"] and primer["F-2"]["score_raw"] == "0", primer
for r in primer.values():
    for column in ("started_at", "last_active_at", "completed_at", "recorded_at"):
        assert r[column] == "" or iso.match(r[column]), f"{column} {r[column]}"
completed = sorted(l for l, r in primer.items() if r["completion_status"] == "completed")
assert sorted(r["username"] for r in tables["totara"]) == completed, tables["totara"]
assert all(day.match(r["completiondate"]) for r in tables["totara"])
assert sorted(r["username"] for r in tables["iomad"]) == completed
# Canvas enrolments name every learner: completed, or active while still under way.
assert {r["user_id"]: r["status"] for r in tables["canvas"]} == \
    {l: "completed" if l in completed else "active" for l in primer}, tables["canvas"]
assert len(tables["modules"]) == 5 * 4, len(tables["modules"])
print(f"CSV: {len(primer)} learners, {len(completed)} completed, {len(tables['modules'])} module rows")
PY

# Time per sitting (the suspended/terminated statements' durations) adds up to the total
# exported, which is the time the records hold.
python3 - "$data" <<'PY' || fail "time spent"
import csv, json, re, sys
folder = sys.argv[1]
def seconds(duration):
    h, m, s = re.match(r"^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$", duration).groups()
    return int(h or 0) * 3600 + int(m or 0) * 60 + float(s or 0)
spent = {}
for line in open(f"{folder}/statements.jsonl"):
    s = json.loads(line)
    if s["verb"]["id"].endswith(("suspended", "terminated")):
        name = s["actor"]["account"]["name"]
        spent[name] = spent.get(name, 0) + seconds(s["result"]["duration"])
with open(f"{folder}/primer.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        total = int(row["time_spent_ms"]) / 1000
        assert total > 0 and abs(spent[row["learner_id"]] - total) < 0.01, (row["learner_id"], spent, total)
print("time per sitting adds up to the total for every learner")
PY

# Certificates: each learner who passed gets one that verifies by file and by code; the
# others are refused and no file is left.
for learner in P-1 F-2 R-3 I-4 S-5; do
    set +e
    "$primer" certificate --learner $learner --data-dir "$data" --output "$data/$learner.pdf" >"$data/cert.log" 2>&1
    status=$?
    set -e
    if [ "$(q "select completed_at_ms > 0 from progress where learner_id = '$learner'")" = 1 ] &&
       [ "$(q "select success from completions where learner_id = '$learner' order by id desc limit 1")" = passed ]; then
        [ $status = 0 ] || fail "no certificate for $learner: $(cat "$data/cert.log")"
        "$primer" verify "$data/$learner.pdf" --data-dir "$data" | grep -q "valid: $learner completed family-environment" ||
            fail "$learner's certificate does not verify"
        code=$(grep -o '[0-9A-Z]\{4\}-[0-9A-Z]\{4\}-[0-9A-Z]\{4\}' "$data/cert.log")
        "$primer" verify "$code" --data-dir "$data" >/dev/null || fail "$learner's code $code does not verify"
        [ $learner != P-1 ] || p1_code=$code
    else
        [ $status = 1 ] && [ ! -e "$data/$learner.pdf" ] || fail "$learner got a certificate without passing"
    fi
done
[ -e "$data/P-1.pdf" ] && [ -e "$data/S-5.pdf" ] || fail "the learners who passed have no certificates"
# The certificate carries the score in points (signed in its record) and verify says it.
out=$("$primer" verify "$data/P-1.pdf" --data-dir "$data")
grep -Eq "final assessment 100% \(([0-9]+) of \1\), passed" <<<"$out" || fail "P-1's certificate has no points: $out"

# Verification: the fresh export is valid; an edited line, and an edited database row
# exported again, are caught and named.
out=$("$primer" verify "$data/primer.csv" --data-dir "$data") || fail "a fresh export does not verify: $out"
grep -q "4 signed and valid, 1 in progress (nothing to sign), 0 failed" <<<"$out" || fail "verify: $out"
sed 's/^F-2,\(.*\),completed,failed,0.0000,0,/F-2,\1,completed,passed,0.9000,90,/' "$data/primer.csv" >"$data/edited.csv"
! cmp -s "$data/primer.csv" "$data/edited.csv" || fail "the edit did not apply"
out=$("$primer" verify "$data/edited.csv" --data-dir "$data") && fail "an edited export line verified: $out"
grep -q "(learner F-2): it does not match its signature" <<<"$out" || fail "the edited line is not named: $out"
q "drop trigger completions_never_change; update completions set success = 'passed', score_scaled = 0.9
   where learner_id = 'F-2'"
export_to tampered.csv --format csv
out=$("$primer" verify "$data/tampered.csv" --data-dir "$data") && fail "an edited database row verified: $out"
grep -q "(learner F-2): it does not match its signature" <<<"$out" || fail "the edited row is not named: $out"
grep -q "3 signed and valid, 1 in progress (nothing to sign), 1 failed" <<<"$out" || fail "verify: $out"
# The score in points is signed too: an edited score_max in an export line, and an edited
# score_raw in a database row (by its export and by the certificate code), are named.
p1_max=$(q "select score_max from completions where learner_id = 'P-1' order by id desc limit 1")
python3 - "$data/primer.csv" "$data/edited-max.csv" <<'PY'
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, strict=True))
column = rows[0].index("score_max")
for row in rows[1:]:
    if row[0] == "P-1":
        row[column] = str(int(row[column]) + 5)
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    csv.writer(f, lineterminator="\r\n").writerows(rows)
PY
out=$("$primer" verify "$data/edited-max.csv" --data-dir "$data") && fail "an edited score_max verified: $out"
grep -q "(learner P-1): it does not match its signature: score_max has been changed (it was signed as ${p1_max%.0})" \
    <<<"$out" || fail "the edited score_max is not named: $out"
p1_raw=$(q "select score_raw from completions where learner_id = 'P-1' order by id desc limit 1")
q "update completions set score_raw = score_raw - 1 where id = (select max(id) from completions where learner_id = 'P-1')"
export_to tampered-raw.csv --format csv
out=$("$primer" verify "$data/tampered-raw.csv" --data-dir "$data") && fail "an edited score_raw verified: $out"
grep -q "(learner P-1): it does not match its signature: score_raw has been changed (it was signed as ${p1_raw%.0})" \
    <<<"$out" || fail "the edited score_raw row is not named: $out"
[ -n "${p1_code:-}" ] || fail "P-1 had no certificate code"
out=$("$primer" verify "$p1_code" --data-dir "$data") && fail "a certificate code of an edited row verified: $out"
grep -q "NOT VALID: it does not match its signature: score_raw has been changed" <<<"$out" ||
    fail "the certificate code does not name the edited score_raw: $out"
# A key the organisation made (in a folder of its own) and put in a new machine's data
# folder before its first learner signs there: same key id, and the export verifies with
# the organisation's public key alone.
org=$data/org second=$data/second
mkdir -p "$second"
"$primer" autoplay --course modules --data-dir "$org" --learner key-maker >/dev/null
org_key() { sqlite3 -batch -noheader "$org/primer.sqlite3" "select $1 from signing_keys"; }
cp "$org/signing.key" "$second/signing.key"
"$primer" autoplay --course modules --data-dir "$second" --learner O-6 >/dev/null
cmp -s "$org/signing.key" "$second/signing.key" || fail "the supplied key was replaced"
[ "$(sqlite3 "$second/primer.sqlite3" "select group_concat(key_id) from signing_keys")" = "$(org_key key_id)" ] ||
    fail "the supplied key did not sign"
"$primer" export --format csv --data-dir "$second" --output "$second/o.csv" 2>/dev/null
out=$("$primer" verify "$second/o.csv" --public-key "$(org_key public_key)") ||
    fail "the supplied key's export does not verify with its public key: $out"
echo "whole course: 5 learners, every export valid, certificates verified, tampering caught"
