#!/usr/bin/env bash
# Builds Primer twice and runs the whole suite in each: GCC 12 as it ships (warnings are
# errors), then clang 14 with AddressSanitizer and UndefinedBehaviorSanitizer.
# Unit, CLI, GUI (Xvfb) and crash-safety tests all run through CTest. Then a short fuzz
# run of every libFuzzer target: FUZZ_RUNS inputs each (default 10000) from FUZZ_SEED
# (default 1), so a CI result can be repeated exactly; long runs: tests/fuzz/run.sh 3600.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

run_suite() {
  local dir=$1; shift
  echo "== $dir: configure and build"
  cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
  echo "== $dir: tests"
  ctest --test-dir "$dir" --output-on-failure -j "$jobs"
}

run_suite build -DCMAKE_BUILD_TYPE=Release  # the README's build, exactly
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
CC=clang-14 CXX=clang++-14 run_suite build-sanitize -DCMAKE_BUILD_TYPE=Debug -DPRIMER_SANITIZE=ON
echo "== build-fuzz: ${FUZZ_RUNS:-10000} inputs per fuzz target, seed ${FUZZ_SEED:-1}"
FUZZ_RUNS=${FUZZ_RUNS:-10000} FUZZ_SEED=${FUZZ_SEED:-1} JOBS=$jobs tests/fuzz/run.sh
echo "== all tests passed in both builds, and no fuzz target crashed"
