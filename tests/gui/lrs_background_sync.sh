#!/usr/bin/env bash
# Background LRS sync in the real player (lrs.toml: auto = true), with a loopback fake LRS:
# at start it sends the records already there; completing a module by keyboard sends that
# module's statements while the player runs; quitting sends the sitting's end. Nothing is
# sent twice and the password is never in the player's output.
# Usage (under xvfb-run): lrs_background_sync.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/../.."  # tests/lrs/lib.sh runs the fake LRS from the source tree
primer=$PRIMER data=$OUT/data work=$OUT course=$COURSE password='gui-lrs-Secret-3K8'
source tests/lrs/lib.sh

"$PRIMER" autoplay --course "$COURSE" --data-dir "$data" --learner B-2 --strategy wrong >/dev/null
"$PRIMER" autoplay --course "$COURSE" --data-dir "$data" --learner A-1 --stop-at basics/first-question >/dev/null
start_lrs
printf 'auto = true\nbatch_size = 10\n' >> "$data/lrs.toml"

# wait_for_lrs PYTHON-CONDITION WHAT: polls the fake LRS's store (held = its JSON) for up to 10 s.
wait_for_lrs() {
    for _ in $(seq 100); do
        python3 -c "import json,sys; held = json.load(open(sys.argv[1])); sys.exit(0 if ($1) else 1)" "$lrs_store" &&
            return 0
        sleep 0.1
    done
    fail "$2: the LRS holds $(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['statements']))" "$lrs_store") statements"
}
has_verb() {  # VERB LEARNER: a python condition
    echo "any(s['verb']['id'].endswith('/$1') and s['actor']['account']['name'] == '$2' for s in held['statements'].values())"
}

start_player --learner A-1
shot 01-resumed-at-question
# At start: everything recorded before (B-2's whole course, A-1's first sitting) is sent.
wait_for_lrs "$(has_verb terminated B-2) and $(has_verb suspended A-1)" "the records made before the player started"
before=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['statements']))" "$lrs_store")

# The right answer, then on: the module is completed, and its statements go while the player runs.
keys 2 Return
shot 02-answered
keys Right
[ "$(sql "select count(*) from events where learner_id = 'A-1' and kind = 'module-completed'")" = 1 ] ||
    fail "the module was not completed"
wait_for_lrs "$(has_verb completed A-1) and $(has_verb answered A-1)" "the module just completed"
kill -0 "$PLAYER_PID" || fail "the player stopped"
shot 03-next-module

# Quitting ends the sitting; the last run sends its end statement.
quit_player
wait_for_lrs "sum(1 for s in held['statements'].values() if s['verb']['id'].endswith('/suspended') and
               s['actor']['account']['name'] == 'A-1') == 2" "the end of the sitting in the player"
check_lrs_holds_export
grep -q "primer: sent [0-9]* statements to the LRS at 127.0.0.1" "$OUT/player.log" || fail "the player did not say it sent"
! grep -qF -- "$password" "$OUT/player.log" || fail "the password is in the player's output"
echo "background sync: $before statements at start, the module's on completion, the sitting's end on quitting"
