#!/usr/bin/env bash
# Read aloud's figures in the real player on a text screen of the built-in course: CPU idle
# before reading, while reading (with SDL's dummy audio device, and with none) and idle again
# after A stops it; and A to the first highlight on screen (first_highlight.py). Then the
# voice's own latency, measured in-process.
# Usage: tests/bench/read_aloud.sh   (BUILD_DIR=build by default; built here)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath -m "${BUILD_DIR:-$root/build}")
if [ -z "${PRIMER_BENCH_DISPLAY:-}" ]; then
    cmake --build "$build" -j "${JOBS:-2}" --target primer primer_read_aloud_bench >/dev/null
    PRIMER_BENCH_DISPLAY=1 LIBGL_ALWAYS_SOFTWARE=1 BUILD_DIR=$build exec xvfb-run -a \
        -s "-screen 0 1280x800x24 -nolisten tcp" "$0" "$@"
fi
source "$root/tests/bench/lib.sh"
primer="$build/primer"
course="$root/modules"
work=$(mktemp -d /tmp/primer-read-aloud.XXXXXX)
trap 'rm -rf "$work"' EXIT
screen=scale-and-nature/looking-after-yourself


echo "read aloud in the player ($screen), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for driver in dummy none; do
    rm -rf "$work/data"
    "$primer" autoplay --course "$course" --data-dir "$work/data" --learner bench --stop-at "$screen" >/dev/null
    SDL_AUDIODRIVER=$driver "$primer" play --course "$course" --data-dir "$work/data" --learner bench 2>/dev/null &
    pid=$!
    wait_for_window "$pid"
    window=$(xdotool search --onlyvisible --pid "$pid" --name Primer | head -1)
    xdotool windowfocus --sync "$window"
    echo "SDL_AUDIODRIVER=$driver"
    echo "  idle before reading: $(idle_cpu_percent "$pid" 10) % of one core over 10 s"
    times=()
    for _ in 1 2 3 4 5 6 7; do
        times+=("$(python3 "$root/tests/bench/first_highlight.py")")
        xdotool key a  # stop, and start again on the next turn
        sleep 0.5
    done
    echo "  A to the first highlight on screen: $(stats "${times[@]}") ms, 7 presses (xdotool's key included)"
    xdotool key a
    sleep 0.5
    echo "  while reading: $(idle_cpu_percent "$pid" 10) % of one core over 10 s"
    xdotool key a
    sleep 1
    echo "  idle after A stopped it: $(idle_cpu_percent "$pid" 10) % of one core over 10 s"
    stop_process "$pid"
done
for driver in dummy none; do SDL_AUDIODRIVER=$driver "$build/tests/bench/primer_read_aloud_bench" 10 2>/dev/null; done
