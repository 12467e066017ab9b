#!/usr/bin/env bash
# Builds the libFuzzer targets with clang 14 (ASan + UBSan) in build-fuzz, seeds them
# from the fixtures and runs each for SECONDS, printing executions and crashes per target.
# The corpus each run discovers is kept in build-fuzz/fuzz-corpus, so runs build on each
# other. CI runs it briefly (tests/run-all.sh); for a long run: tests/fuzz/run.sh 3600
# Usage: tests/fuzz/run.sh [SECONDS-PER-TARGET=60] [TARGET...]
# With FUZZ_RUNS set, each target runs exactly that many inputs from seed FUZZ_SEED
# (default 1) instead of for a time: CI does this, so its result is reproducible.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}; shift || true
build=$root/build-fuzz
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_course_loader fuzz_rich_text fuzz_progress_codec fuzz_webvtt fuzz_image_checker
                                   fuzz_module_package fuzz_brand fuzz_xliff)

echo "== build-fuzz: clang 14, libFuzzer + ASan + UBSan"
# -O1 -g with asserts on: fuzzing looks for our own bugs too.
CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g" -DPRIMER_FUZZ=ON >/dev/null
cmake --build "$build" -j "${JOBS:-2}" --target primer_fuzz_targets >/dev/null
bash "$root/tests/fuzz/make_corpus.sh" "$build/fuzz-seeds" "$build/tests/reliability/primer_scripted_learner" >/dev/null

export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=0
for target in "${targets[@]}"; do
    corpus=$build/fuzz-corpus/$target artifacts=$build/fuzz-artifacts/$target/
    mkdir -p "$corpus" "$artifacts"
    log=$build/fuzz-logs/$target.log
    mkdir -p "$(dirname "$log")"
    # A decoder asked for more than 512 MiB by a few bytes of header is a finding too.
    status=0
    if [ -n "${FUZZ_RUNS:-}" ]; then
        budget=(-runs="$FUZZ_RUNS" -seed="${FUZZ_SEED:-1}") how="seed ${FUZZ_SEED:-1}"
    else
        budget=(-max_total_time="$seconds") how="${seconds} s"
    fi
    "$build/tests/fuzz/$target" "$corpus" "$build/fuzz-seeds/$target" "${budget[@]}" \
        -artifact_prefix="$artifacts" -print_final_stats=1 -rss_limit_mb=2048 -malloc_limit_mb=512 \
        -timeout=10 >"$log" 2>&1 || status=$?
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    crashes=$(find "$artifacts" -type f -newer "$corpus" | wc -l)
    if [ "$status" -ne 0 ]; then
        failed=1
        crashes=$((crashes > 0 ? crashes : 1))
    fi
    printf '%-22s %9s executions (%s), corpus %5d files, %d crashes\n' "$target" "${executions:-?}" \
        "$how" "$(ls "$corpus" | wc -l)" "$crashes"
    if [ "$status" -ne 0 ]; then
        echo "   see $log and $artifacts" >&2
        grep -m3 -E "ERROR|runtime error|SUMMARY" "$log" | sed 's/^/   /' >&2 || true
    fi
    touch "$corpus"  # artifacts newer than this are from the next run
done
exit "$failed"
