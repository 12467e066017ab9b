#!/usr/bin/env bash
# Crash safety: runs a scripted learner LOOPS times and kills it with SIGKILL at a random
# moment each time. After every kill the database must pass `PRAGMA integrity_check` and
# hold every answer the learner reported as saved before it died; the next run resumes
# from those records. A learner who finishes the course is followed by a new one, so the
# kills land at every stage: opening, signing in, resuming, answering, completing.
# Usage: crash_loop.sh SCRIPTED_LEARNER COURSE OUT [LOOPS=60] [SEED=1]
set -euo pipefail
learner_bin=$1 course=$2 out=$3 loops=${4:-60}
RANDOM=${5:-1}  # the kill moments repeat for a seed
rm -rf "$out" && mkdir -p "$out"
db="$out/data/primer.sqlite3"
fail() { echo "FAIL: $*" >&2; exit 1; }
sql() { sqlite3 -batch -noheader "$db" "$1"; }

# One uninterrupted run shows how long a whole course takes; kills fall within it.
start=$(date +%s%N)
"$learner_bin" "$course" "$out/timing" timing 0 >/dev/null || fail "an uninterrupted run did not finish"
run_ms=$(( ($(date +%s%N) - start) / 1000000 + 1 ))

learner=1 kills=0 finished=0 confirmed_total=0 lost=0
for loop in $(seq 1 "$loops"); do
    log="$out/run-$loop.txt" id="learner-$learner"
    "$learner_bin" "$course" "$out/data" "$id" "$loop" >"$log" 2>"$out/run-$loop.err" &
    pid=$!
    delay_ms=$(( RANDOM % (run_ms + 10) ))
    sleep "$(printf '0.%03d' "$delay_ms")"
    if kill -KILL "$pid" 2>/dev/null; then
        kills=$((kills + 1))
        wait "$pid" 2>/dev/null || true
    elif wait "$pid"; then
        finished=$((finished + 1))
        learner=$((learner + 1))  # this one is done; the next learner starts fresh
    else
        fail "run $loop failed by itself: $(cat "$out/run-$loop.err")"
    fi
    [ -f "$db" ] || continue  # killed before the database was created
    [ "$(sql 'pragma integrity_check')" = ok ] || fail "integrity_check after run $loop: $(sql 'pragma integrity_check')"
    while read -r word screen attempt; do
        [ "$word" = confirmed ] || continue
        confirmed_total=$((confirmed_total + 1))
        part=""
        [[ "$screen" == *#* ]] && part=${screen#*#} && screen=${screen%%#*}  # an assessment question
        found=$(sql "select count(*) from interactions where learner_id = '$id' and screen = '$screen'
                     and part = '$part' and attempt = $attempt")
        [ "$found" -ge 1 ] || { lost=$((lost + 1)); echo "lost after run $loop: $screen attempt $attempt" >&2; }
    done <"$log"
done

# The last learner resumes from whatever the final kill left and finishes.
"$learner_bin" "$course" "$out/data" "learner-$learner" 0 >"$out/resume.txt" 2>&1 ||
    fail "resume after the last kill failed: $(cat "$out/resume.txt")"
[ "$(sql 'pragma integrity_check')" = ok ] || fail "integrity_check after the final resume"
echo "crash loop: $loops runs, $kills killed at random moments (a whole run takes ~${run_ms} ms), $finished finished;"
echo "  $confirmed_total confirmed answers checked, $lost lost; resume after the last kill completed the course"
[ "$confirmed_total" -gt 0 ] || fail "no run lived long enough to confirm an answer: nothing was checked"
[ "$lost" -eq 0 ] || fail "$lost confirmed answers were lost"
