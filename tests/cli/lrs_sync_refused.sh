#!/usr/bin/env bash
# What primer sync does when the LRS refuses: a statement made invalid in the outbox is
# quarantined with the LRS's reason and the rest are sent; one whose id the LRS holds with
# other content is quarantined as a conflict; one whose bytes lost their id is rejected
# unsent; wrong credentials stop the run with a sentence; an https LRS with a self-signed
# certificate is refused; lrs.toml mistakes point at their line; a file others may read
# is warned about. The password never appears in anything printed.
set -euo pipefail
primer=$1 work=$2
rm -rf "$work" && mkdir -p "$work"
data=$work/data course=modules password='fake-lrs-Secret-9Z4'
source tests/lrs/lib.sh

"$primer" autoplay --course $course --data-dir "$data" --learner A-1 --strategy correct >/dev/null
"$primer" autoplay --course $course --data-dir "$data" --learner B-2 --strategy wrong --stop-at \
    intra-familial-abuse/welcome >/dev/null

# Queue without sending, then damage three statements as a bad disk or a bad hand might.
start_lrs
run_sync --status
expect_status 0 "sync --status"
[ "$(lrs_posts)" -eq 0 ] || fail "--status sent statements"
mapfile -t ids < <(sqlite3 "$data/primer.sqlite3" "select statement_id from outbox order by id limit 3 offset 7")
invalid=${ids[0]} conflicting=${ids[1]} damaged=${ids[2]}
sqlite3 "$data/primer.sqlite3" "
  DROP TRIGGER outbox_statements_never_change;
  UPDATE outbox SET statement = replace(statement, '\"http://adlnet.gov/expapi/verbs/', '\"verb-') WHERE statement_id = '$invalid';
  UPDATE outbox SET statement = replace(statement, '$damaged', 'aaaaaaaa-0000-4000-8000-000000000000') WHERE statement_id = '$damaged';"
# The LRS already holds another statement under the third id.
stop_lrs
python3 - "$lrs_store" "$conflicting" "$data/primer.sqlite3" <<'PY'
import json, sqlite3, sys
store, sid, db = sys.argv[1:4]
ours = json.loads(sqlite3.connect(db).execute("select statement from outbox where statement_id = ?", (sid,)).fetchone()[0])
ours["timestamp"] = "2020-01-01T00:00:00.000Z"
held = json.load(open(store))
held["statements"][sid] = ours
held["deliveries"][sid] = 1
json.dump(held, open(store, "w"))
PY
start_lrs
run_sync
expect_status 4 "sync with statements the LRS refuses"
grep -q "^  $invalid (learner [AB]-[12]): the LRS refused it as invalid (HTTP 400: statement 0 ($invalid): statement.verb.id is not a valid Internationalized Resource Identifier (IRI))$" <<<"$out" \
    || fail "the invalid statement's reason is not shown: $out"
grep -q "^  $conflicting (learner [AB]-[12]): the LRS already holds a different statement with this id (HTTP 409)" <<<"$out" \
    || fail "the conflict is not shown: $out"
grep -q "^  $damaged (learner [AB]-[12]): Primer did not send it: its id does not match the id it was queued under" <<<"$out" \
    || fail "the damaged statement is not shown: $out"
grep -q "^quarantined: *2 statements" <<<"$out" && grep -q "^rejected: *1 statement" <<<"$out" || fail "counts: $out"
grep -q "^primer: 3 statements could not be sent and were set aside (reasons above); the rest were sent.$" <<<"$err" \
    || fail "sentence: $err"
[ "$(waiting_count)" -eq 0 ] || fail "statements still wait"
EXCEPT="$invalid,$damaged" THEIRS="$conflicting" check_lrs_holds_export
python3 - "$lrs_store" "$conflicting" <<'PY' || fail "the LRS's own statement under the taken id was changed"
import json, sys
assert json.load(open(sys.argv[1]))["statements"][sys.argv[2]]["timestamp"].startswith("2020-")
PY
run_sync --status
grep -q "^  $invalid (learner" <<<"$out" || fail "--status does not list the quarantined statements: $out"

# Wrong credentials: the run stops at the first answer, says so, and marks nothing.
"$primer" autoplay --course $course --data-dir "$data" --learner C-3 --strategy correct >/dev/null
posts=$(lrs_posts)
write_settings "http://127.0.0.1:$lrs_port/xapi/" "not-the-$password"
run_sync
expect_status 5 "sync with the wrong password"
grep -q "^primer: The LRS at 127.0.0.1 refused the username and password in lrs.toml (HTTP 401). Check them with whoever runs the LRS. [0-9]* statements wait in the outbox; nothing was marked.$" <<<"$err" \
    || fail "401 sentence: $err"
[ "$(lrs_posts)" -eq "$((posts + 1))" ] || fail "the LRS was asked again after refusing the credentials"
[ "$(sqlite3 "$data/primer.sqlite3" "select max(attempts) from outbox where state = 'waiting'")" -eq 0 ] \
    || fail "a refused run counted attempts"

# An https LRS whose certificate nobody vouches for is refused before any record leaves.
stop_lrs
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost -addext subjectAltName=DNS:localhost \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
posts=$(lrs_posts)
LRS_KEEP_SETTINGS=1 start_lrs --tls-cert "$work/cert.pem" --tls-key "$work/key.pem"
write_settings "https://localhost:$lrs_port/xapi/"
run_sync
expect_status 5 "sync to a self-signed https LRS"
grep -q "^primer: The LRS at localhost could not prove who it is: its certificate could not be verified (SSL certificate problem: self-signed certificate). Primer never sends records over an unverified connection" <<<"$err" \
    || fail "self-signed sentence: $err"
[ "$(lrs_posts)" -eq "$posts" ] || fail "statements went to an unverified LRS"
stop_lrs

# Mistakes in lrs.toml: file:line:col and a hint; nothing is sent.
write_settings "https://lrs.example.org/xapi/" "$password" $'batch_size = "50"\nplain_http = true\n'
run_sync
expect_status 1 "sync with mistakes in lrs.toml"
grep -q "lrs.toml:5:14: error: 'batch_size' must be a whole number, but it is text in quotes" <<<"$err" || fail "$err"
grep -q "remove the quotes: batch_size = 50" <<<"$err" || fail "$err"
grep -q "lrs.toml:6:1: error: .*plain_http" <<<"$err" || fail "$err"
write_settings "http://lrs.example.org/xapi/"
run_sync
expect_status 1 "sync over plain http to another machine"
grep -q "lrs.toml:1:12: error: 'endpoint' must use https" <<<"$err" || fail "$err"
write_settings "https://primer-key:$password@lrs.example.org/xapi/"
run_sync
expect_status 1 "credentials in the endpoint"
grep -q "'endpoint' must not carry a user name or password" <<<"$err" || fail "$err"

printf 'endpoint = "https://lrs.example.org/xapi/"\nusername = "k"\npassword = "%s\\q"\n' "$password" > "$data/lrs.toml"
run_sync
expect_status 1 "a TOML syntax error in the password"
grep -q "lrs.toml:3:.*: error: cannot read this string: unknown escape sequence (not shown)" <<<"$err" || fail "$err"
! grep -qF '\q' <<<"$err" || fail "a syntax error quoted part of the password: $err"

# A settings file others may read gets a warning (the run goes on).
start_lrs
chmod 644 "$data/lrs.toml"
run_sync
grep -q "lrs.toml: warning: other people on this computer may read this file, and it holds the LRS's password" <<<"$err" \
    || fail "no permissions warning: $err"
grep -q "chmod 600" <<<"$err" || fail "no fix in the warning: $err"

rm "$data/lrs.toml"
run_sync
expect_status 1 "sync without lrs.toml"
grep -q "there are no LRS settings in .*lrs.toml" <<<"$err" || fail "$err"

check_no_password_printed
echo "lrs sync refusals: quarantined with reasons, credentials and certificates refused, settings checked"
