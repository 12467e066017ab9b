# Helpers for the LRS sync tests (sourced): start and stop tests/lrs/fake_lrs.js on a free
# loopback port, point lrs.toml at it, run `primer sync` keeping everything it prints, and
# compare what the LRS holds with `primer export --format xapi`.
# Needs: $primer, $data (the data folder), $work (scratch), $password.
[ -d tests/xapi/node_modules/xapi-validation ] || { echo "FAIL: run third_party/setup.sh --tests (xapi-validation)" >&2; exit 1; }
lrs_store=$work/lrs-store.json
lrs_pid=""
fail() { echo "FAIL: $*" >&2; exit 1; }

# Every byte primer prints lands in $work/all-output too, so the end of a test can grep it for the password.
: > "$work/all-output"

write_settings() {  # ENDPOINT [PASSWORD] [EXTRA LINES]
    umask 077
    printf 'endpoint = "%s"\nusername = "primer-key"\npassword = "%s"\nhome_page = "https://lms.example.org"\n%s' \
        "$1" "${2:-$password}" "${3:-}" > "$data/lrs.toml"
}

start_lrs() {  # [fake_lrs.js options]; writes lrs.toml for the port it got (unless LRS_KEEP_SETTINGS=1)
    rm -f "$work/ready"
    node tests/lrs/fake_lrs.js --ready "$work/ready" --store "$lrs_store" --password "$password" "$@" \
        >>"$work/lrs.log" 2>&1 &
    lrs_pid=$!
    for _ in $(seq 100); do [ -s "$work/ready" ] && break; sleep 0.1; done
    [ -s "$work/ready" ] || fail "the fake LRS did not start: $(cat "$work/lrs.log")"
    lrs_port=$(cat "$work/ready")
    [ "${LRS_KEEP_SETTINGS:-0}" = 1 ] || write_settings "http://127.0.0.1:$lrs_port/xapi/"
}

stop_lrs() {
    [ -n "$lrs_pid" ] && { kill "$lrs_pid" 2>/dev/null || true; wait "$lrs_pid" 2>/dev/null || true; }
    lrs_pid=""
}
trap stop_lrs EXIT

# Runs primer sync ARGS; sets $status, $out (stdout) and $err (stderr).
run_sync() {
    set +e
    "$primer" sync --data-dir "$data" --course-dir "$course" "$@" >"$work/out" 2>"$work/err"
    status=$?
    set -e
    out=$(cat "$work/out") err=$(cat "$work/err")
    cat "$work/out" "$work/err" >> "$work/all-output"
}

expect_status() {  # CODE WHAT
    [ "$status" -eq "$1" ] || fail "$2: exit $status, expected $1
--- stdout
$out
--- stderr
$err"
}

# What the LRS holds is exactly what `primer export` writes, statement for statement; with
# ONCE=1, every statement reached it in exactly one successful POST. EXCEPT: ids (comma-
# separated) that must not have reached it; THEIRS: ids it holds its own, other statement under.
check_lrs_holds_export() {
    "$primer" export --format xapi --course-dir "$course" --data-dir "$data" --output "$work/export.jsonl" 2>/dev/null
    python3 - "$work/export.jsonl" "$lrs_store" "${ONCE:-1}" "${EXCEPT:-}" "${THEIRS:-}" <<'PY' || fail "the LRS does not hold exactly the exported statements"
import json, sys
exported = {}
for line in open(sys.argv[1]):
    if line.strip():
        s = json.loads(line)
        exported[s["id"]] = s
held = json.load(open(sys.argv[2]))
except_ids = set(filter(None, sys.argv[4].split(",")))
theirs = set(filter(None, sys.argv[5].split(",")))
want = {k: v for k, v in exported.items() if k not in except_ids | theirs}
missing = set(want) - set(held["statements"])
extra = set(held["statements"]) - set(exported) - theirs
different = [k for k in want if k in held["statements"] and held["statements"][k] != want[k]]
assert not missing, f"{len(missing)} statements never reached the LRS"
assert not extra, f"the LRS holds {len(extra)} statements no export has"
assert not different, f"{len(different)} statements differ from the export"
assert not (except_ids & set(held["statements"])), "a statement set aside reached the LRS"
if sys.argv[3] == "1":
    twice = [k for k, n in held["deliveries"].items() if n != 1]
    assert not twice, f"{len(twice)} statements were sent more than once"
print(f"the LRS holds the {len(want)} exported statements")
PY
}

lrs_posts() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['posts'])" "$lrs_store"; }
waiting_count() { sqlite3 "$data/primer.sqlite3" "select count(*) from outbox where state = 'waiting'"; }

check_no_password_printed() {
    ! grep -qF -- "$password" "$work/all-output" || fail "the password appears in primer's output"
}
