#!/usr/bin/env bash
# primer sync against a loopback LRS (tests/lrs/fake_lrs.js): with no server, statements wait;
# once it is up they all arrive, exactly as exported, once each; a second sync sends nothing;
# a server that vanishes mid-batch, or stores a batch and loses the answer, loses nothing and
# duplicates nothing; a busy server's Retry-After is reported. The password is never printed.
set -euo pipefail
primer=$1 work=$2
rm -rf "$work" && mkdir -p "$work"
data=$work/data course=modules password='fake-lrs-Secret-7Q2'
source tests/lrs/lib.sh

play() { "$primer" autoplay --course $course --data-dir "$data" --learner "$1" --strategy "$2" >/dev/null; }
play A-1 correct
play B-2 wrong

# No LRS listening (a port just let go): everything waits, and the sentence says why.
start_lrs && stop_lrs
run_sync
expect_status 3 "sync with the LRS unreachable"
queued=$(waiting_count)
[ "$queued" -gt 100 ] || fail "only $queued statements were queued"
grep -q "^primer: $queued statements wait in the outbox; the LRS at 127.0.0.1 could not be reached: " <<<"$err" \
    || fail "offline sentence: $err"
grep -q "^waiting: *$queued statements" <<<"$out" || fail "summary: $out"
run_sync --status
expect_status 0 "sync --status"
grep -q "^waiting: *$queued statements" <<<"$out" || fail "status: $out"
grep -q "^last problem: the LRS at 127.0.0.1 could not be reached" <<<"$out" || fail "status shows no reason: $out"

# The LRS is back: every statement arrives, in batches of 50, once.
start_lrs
run_sync
expect_status 0 "sync to a working LRS"
grep -q "^sent now: *$queued statements" <<<"$out" || fail "summary: $out"
grep -q "^waiting: *0 statements" <<<"$out" || fail "summary: $out"
check_lrs_holds_export
[ "$(lrs_posts)" -eq $(( (queued + 49) / 50 )) ] || fail "$(lrs_posts) POSTs for $queued statements in batches of 50"

# Nothing new: nothing sent, no request made.
posts=$(lrs_posts)
run_sync
expect_status 0 "a second sync"
grep -q "^sent now: *0 statements" <<<"$out" || fail "a second sync sent: $out"
[ "$(lrs_posts)" -eq "$posts" ] || fail "a second sync posted to the LRS"

# The server vanishes while the second batch of new statements arrives: those wait, the
# first batch is kept, and after a restart the rest arrive with no duplicates.
play C-3 correct
play D-4 wrong
stop_lrs
start_lrs --disappear-on-post $((posts + 2))
run_sync
expect_status 3 "sync to an LRS that vanishes mid-batch"
grep -q "^sent now: *50 statements" <<<"$out" || fail "the first batch should have been sent: $out"
[ "$(waiting_count)" -gt 0 ] || fail "nothing waits after the LRS vanished"
wait "$lrs_pid" 2>/dev/null || true
start_lrs
run_sync
expect_status 0 "sync after the LRS came back"
check_lrs_holds_export

# The server stores a batch and dies before answering: the batch is sent again with the
# same ids and the same bytes. This LRS answers 409 to such a resend (the spec allows it),
# so each statement's copy there is fetched, found the same, and counted as sent.
play E-5 correct
posts=$(lrs_posts)
stop_lrs
start_lrs --drop-after-store-on-post $((posts + 1))
run_sync
expect_status 3 "sync whose answer was lost"
wait "$lrs_pid" 2>/dev/null || true
start_lrs --conflict-on-resend
run_sync
expect_status 0 "resending a batch the LRS had stored"
check_lrs_holds_export
python3 - "$lrs_store" <<'PY' || fail "the batch the LRS had stored was not checked statement by statement"
import json, sys
held = json.load(open(sys.argv[1]))
assert held["gets"] >= 50, held["gets"]
PY

# A busy LRS: 429 with Retry-After 120 for every POST. The statements wait, the summary says
# when the next retry is, and the LRS is asked once, not hammered.
play F-6 wrong
stop_lrs
posts=$(lrs_posts)
start_lrs --fail 429 --fail-count 1000 --retry-after 120
run_sync
expect_status 3 "sync to a busy LRS"
grep -q "the LRS at 127.0.0.1 asked Primer to slow down (HTTP 429: the fake LRS is failing on purpose)" <<<"$err" \
    || fail "busy sentence: $err"
grep -Eq "^next retry: *[0-9T:.-]+Z \(in (2 min|11[0-9] s)\)" <<<"$out" || fail "no next retry in: $out"
[ "$(lrs_posts)" -eq $((posts + 1)) ] || fail "a busy LRS was asked more than once"
stop_lrs
start_lrs
run_sync
expect_status 0 "sync once the LRS is no longer busy"
check_lrs_holds_export

# primer export takes the home page from lrs.toml too (the comparisons above rely on it); its flag still wins.
grep -q '"homePage":"https://lms.example.org"' "$work/export.jsonl" || fail "export ignores home_page in lrs.toml"
"$primer" export --format xapi --course-dir $course --data-dir "$data" --home-page https://other.example.org \
    --output "$work/flag.jsonl" 2>/dev/null
grep -q '"homePage":"https://other.example.org"' "$work/flag.jsonl" || fail "--home-page does not win over lrs.toml"

check_no_password_printed
grep -qF -- "$password" "$data/primer.sqlite3" && fail "the password is in the records"
echo "lrs sync: $queued statements delivered once each through an outage, a vanishing server and a lost answer"
