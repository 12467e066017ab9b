#!/usr/bin/env bash
# Per-module rows (primer export --format csv --per module): learners play the built-in
# course through autoplay (one right, one wrong, one stopped part-way), the export parses
# strictly as RFC 4180, and each module's status, score, dates and time agree with what the
# learner did and with the course's own module files. verify refuses the file (not signed).
set -euo pipefail
primer=$1 data=$2
rm -rf "$data" && mkdir -p "$data"
fail() { echo "FAIL: $*" >&2; exit 1; }
course=modules

"$primer" autoplay --course $course --data-dir "$data" --learner P-1 --name '=cmd|x' --strategy correct >/dev/null
"$primer" autoplay --course $course --data-dir "$data" --learner F-2 --name Fay --strategy wrong >/dev/null
"$primer" autoplay --course $course --data-dir "$data" --learner S-3 --name Sam --strategy correct \
    --stop-at communicating-with-children/check-promise >/dev/null

"$primer" export --format csv --per module --data-dir "$data" --output "$data/modules.csv" 2>"$data/export.log"
grep -q "exported 12 rows (3 learners by module, not signed)" "$data/export.log" || fail "summary: $(cat "$data/export.log")"
"$primer" export --format csv --data-dir "$data" --output "$data/courses.csv" 2>/dev/null

python3 - "$data/modules.csv" "$data/courses.csv" $course <<'PY' || fail "per-module rows"
import csv, pathlib, re, sys, tomllib
def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, strict=True))
rows, courses = read(sys.argv[1]), {r["learner_id"]: r for r in read(sys.argv[2])}
raw = open(sys.argv[1], "rb").read()
assert raw.count(b"\r\n") == 13 == raw.count(b"\n"), "CRLF line ends"
assert list(rows[0].keys()) == ["learner_id", "learner_name", "organisation", "course_id", "course_version",
    "module_id", "module_title", "module_status", "score_raw", "score_max", "score_scaled", "first_activity_at",
    "last_activity_at", "time_spent_seconds"], rows[0].keys()

# The modules, their titles and their graded tasks, read from the course files themselves.
root = pathlib.Path(sys.argv[3])
modules = []
for folder in tomllib.loads((root / "course.toml").read_text())["modules"]:
    m = tomllib.loads((root / folder / "module.toml").read_text())
    ungraded = {"text", "image", "summary", "explainer", "confidence", "reflection"}
    graded = sum(1 for s in m["screen"] if s["kind"] not in ungraded and (s["kind"] != "conversation" or "score" in s))
    modules.append((m["id"], m["title"], graded))

by = {}
for r in rows:
    by.setdefault(r["learner_id"], []).append(r)
assert set(by) == {"F-2", "P-1", "S-3"}, by.keys()  # staff ids are plain
stamp = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
for learner, mine in by.items():
    assert [(r["module_id"], r["module_title"]) for r in mine] == [(m, t) for m, t, _ in modules], mine
    for r, (_, _, graded) in zip(mine, modules):
        where = f"{learner} {r['module_id']}"
        if r["module_status"] == "not_attempted":
            assert r["score_raw"] == r["first_activity_at"] == r["last_activity_at"] == "", where
            assert r["time_spent_seconds"] == "0", where
            continue
        assert stamp.match(r["first_activity_at"]) and stamp.match(r["last_activity_at"]), where
        assert r["first_activity_at"] <= r["last_activity_at"], where
        assert int(r["time_spent_seconds"]) > 0, where
        if r["score_raw"]:
            assert r["score_max"] == str(graded), (where, r["score_max"], graded)
            assert abs(float(r["score_raw"]) / graded - float(r["score_scaled"])) < 1e-4, where
    # The modules' times add up to the course's time spent (signed, so completed learners
    # only), less autoplay's one 15 s step on the content notice, which is in no module,
    # and less under a second per module from rounding each down.
    if courses[learner]["completion_status"] == "completed":
        total = sum(int(r["time_spent_seconds"]) for r in mine)
        course_time = int(courses[learner]["time_spent_seconds"])
        assert course_time - 15 - len(mine) < total <= course_time - 15, (learner, total, course_time)

p, f, s = by["P-1"], by["F-2"], by["S-3"]
assert p[0]["learner_name"] == "'=cmd|x", p[0]["learner_name"]  # neutralised formula
assert all(r["module_status"] == "completed" and r["score_scaled"] == "1.0000" for r in p), p
assert all(r["module_status"] == "completed" for r in f), f
assert all(float(r["score_scaled"]) < 0.5 for r in f), [r["score_scaled"] for r in f]
assert f[3]["score_scaled"] == "0.0000", f[3]  # the final assessment, every answer wrong
# Stopped at check-promise: module 1 done, five of module 2's graded tasks answered right.
assert [r["module_status"] for r in s] == ["completed", "in_progress", "not_attempted", "not_attempted"], s
assert (s[1]["score_raw"], s[1]["score_max"], s[1]["score_scaled"]) == ("5", "8", "0.6250"), s[1]
assert s[1]["first_activity_at"] > s[0]["first_activity_at"]
PY

# Filters pick learners by their course standing; every module row of each comes along.
[ "$("$primer" export --format csv --per module --status in-progress --data-dir "$data" | cut -d, -f1 | sort -u | tr -d '\r' | xargs)" = "S-3 learner_id" ] ||
    fail "status filter"
sqlite3 "$data/primer.sqlite3" "update learners set organisation = 'North' where id = 'F-2'"
[ "$("$primer" export --format csv --per module --organisation North --data-dir "$data" | wc -l)" = 5 ] || fail "organisation filter"

# Not signed, so verify refuses the file with a sentence instead of passing it.
out=$("$primer" verify "$data/modules.csv" --data-dir "$data" 2>&1) && fail "verify passed a per-module file"
grep -q "holds per-module rows (primer export --per module), which are not signed" <<<"$out" || fail "verify said: $out"

# Mistakes are named.
out=$("$primer" export --format xapi --per module --data-dir "$data" 2>&1) && fail "xapi --per module accepted"
grep -q "use it with --format csv and without --preset" <<<"$out" || fail "xapi --per: $out"
out=$("$primer" export --format csv --per learner --data-dir "$data" 2>&1) && fail "--per learner accepted"
grep -q "takes course (the default) or module" <<<"$out" || fail "--per learner: $out"
out=$("$primer" export --format csv --per module --course other --data-dir "$data" 2>&1) && fail "--course other accepted"
grep -q "is not the course in" <<<"$out" || fail "--course other: $out"
echo "per-module export: 3 learners x 4 modules, statuses, scores, times and filters as played"
