#!/usr/bin/env bash
# Prints Primer's performance figures for the built-in course on this machine, under Xvfb
# with Mesa's software OpenGL (llvmpipe), next to a floor: a bare GLFW + Dear ImGui window
# showing the same welcome text and images. Figures, not pass/fail: see README.md.
# Usage: tests/bench/run.sh [LAUNCHES=15]   (BUILD_DIR=build by default; built here)
#        EXPORT_LEARNERS=1000000 for the export figures in README.md (default 100000),
#        EXPORT_XAPI_LEARNERS for how many of them the xAPI export covers (at most 100000)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/tests/bench"
launches=${1:-15}
build=$(realpath -m "${BUILD_DIR:-$root/build}")

if [ -z "${PRIMER_BENCH_DISPLAY:-}" ]; then
    echo "== building the player and the benchmark programs in $build" >&2
    [ -f "$build/CMakeCache.txt" ] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build" -j "${JOBS:-2}" --target primer_bench >/dev/null
    # A private X server of the same size as the player's window; the software renderer.
    PRIMER_BENCH_DISPLAY=1 LIBGL_ALWAYS_SOFTWARE=1 BUILD_DIR=$build exec xvfb-run -a \
        -s "-screen 0 1280x800x24 -nolisten tcp" "$0" "$@"
fi

source "$here/lib.sh"
source "$here/tour.sh"
primer="$build/primer"
bare="$build/tests/bench/primer_bare_window"
course="$root/modules"
work=$(mktemp -d /tmp/primer-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "Primer benchmarks: built-in course, $(nproc) cores, $(glxinfo -B 2>/dev/null | sed -n 's/.*OpenGL renderer string: //p'), Xvfb 1280x800"
echo "load average when starting: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows wall times)"
echo "build: $build ($(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")), $launches launches each"

# --- start to first frame: the whole process, as anyone can repeat with /usr/bin/time -v.
# Primer, Primer resuming and the floor take turns, so a machine busy with other work
# slows all three alike; the first round warms the caches and is not counted.
"$build/tests/reliability/primer_scripted_learner" "$course" "$work/resume" resume 1 5 >"$work/resume.txt"
python3 - "$course" >"$work/welcome.txt" <<'PY'
import pathlib, sys, tomllib
root = pathlib.Path(sys.argv[1])
first = tomllib.loads((root / tomllib.loads((root / "course.toml").read_text())["modules"][0] / "module.toml").read_text())
print(first["screen"][0]["title"] + "\n\n" + first["screen"][0]["body"])
PY
font=/usr/share/fonts/truetype/lato/Lato-Regular.ttf
[ -f "$font" ] || font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
images=("$course"/01-*/media/*.png)
floor=("$bare" "$work/welcome.txt" "$font" "${images[0]}" "${images[1]}")
fresh_data() { rm -rf "$work/data"; }
for round in $(seq 0 "$launches"); do
    prefix=""
    [ "$round" -gt 0 ] || prefix=warmup_
    fresh_data
    time_once "${prefix}new" "$primer" play --course "$course" --data-dir "$work/data" \
        --learner bench --name "Bench Learner" --screenshot "$work/first.png"
    time_once "${prefix}resume" "$primer" play --course "$course" --data-dir "$work/resume" \
        --learner resume --screenshot "$work/resumed.png"
    time_once "${prefix}floor" "${floor[@]}" --screenshot "$work/floor.png"
done
echo
report_runs new "start to first frame (primer play --screenshot, new learner: the content notice)"
report_runs resume "start to first interactive frame after resume ($(tail -1 "$work/resume.txt" | sed 's/.* at //'))"
report_runs floor "floor: bare GLFW + ImGui window, same welcome text (one face), two images, writes its first frame (--screenshot) and exits"

# --- memory and idle CPU of a window left open on its first screen. Primer and the floor
# take turns here too: PSS shares Mesa's pages among every process mapping them, so
# other OpenGL programs running at the time lower both alike.
# hold NAME CMD...: opens the window, reads PSS and RSS after the first frame, and on
# the first two turns CPU over 10 s of doing nothing, into NAME_pss, NAME_rss, NAME_idle.
hold() {
    local name=$1 pid; shift
    fresh_data
    "$@" 2>/dev/null &
    pid=$!
    wait_for_window "$pid"
    eval "${name}_pss+=($(pss_mib "$pid")) ${name}_rss+=($(rss_mib "$pid"))"
    [ "$turn" -gt 2 ] || eval "${name}_idle+=($(idle_cpu_percent "$pid" 10))"
    stop_process "$pid"
}
for turn in 1 2 3 4 5; do
    hold held "$primer" play --course "$course" --data-dir "$work/data" --learner bench --name "Bench Learner"
    hold held_floor "${floor[@]}" --hold
done
echo
for name in held held_floor; do
    pss="${name}_pss[@]" rss="${name}_rss[@]" idle="${name}_idle[@]"
    [ "$name" = held ] && echo "primer, window open on its first screen" || echo "floor, window open on its first screen"
    echo "  PSS   $(stats "${!pss}") MiB   (RSS $(stats "${!rss}") MiB)"
    echo "  idle CPU over 10 s: $(stats "${!idle}") % of one core (ticks of $((1000 / $(getconf CLK_TCK))) ms)"
done

# --- CPU while an explainer's narration plays: redraws only when a caption, a beat or the
# shown second changes. With SDL's dummy audio driver (decoding and mixing, no sound card)
# and with no audio device at all (captions on their own clock); then at 125% (> once), where
# the audio thread also stretches the sound.
explainer="scale-and-nature/explainer-how-many"
narration_cpu() {
    local label=$1 keys=$2 pid; shift 2
    rm -rf "$work/narration"
    "$primer" autoplay --course "$course" --data-dir "$work/narration" --learner narration --stop-at "$explainer" >/dev/null
    env "$@" "$primer" play --course "$course" --data-dir "$work/narration" --learner narration 2>/dev/null &
    pid=$!
    wait_for_window "$pid"
    xdotool search --pid "$pid" --name Primer windowfocus --sync key --delay 100 $keys 2>/dev/null || true
    sleep 1
    echo "  $label: $(idle_cpu_percent "$pid" 10) % of one core over 10 s"
    stop_process "$pid"
}
echo "CPU while narration plays ($explainer)"
narration_cpu "with an audio device (SDL dummy driver)" space SDL_AUDIODRIVER=dummy
narration_cpu "with no audio device (silent, captions alone)" space SDL_AUDIODRIVER=none
narration_cpu "at 125%, with an audio device (SDL dummy driver)" "greater space" SDL_AUDIODRIVER=dummy
narration_cpu "at 125%, with no audio device" "greater space" SDL_AUDIODRIVER=none
echo "Time-stretching each built-in narration whole (the player streams it instead)"
"$build/tests/bench/primer_narration_stretch_bench" "$course"/*/media/narration/*.ogg

# --- a tour of every screen: frame times and the highest PSS on the way
fresh_data
"$primer" play --course "$course" --data-dir "$work/data" --learner tour --name "Tour Learner" \
    --frame-times "$work/frames.txt" 2>/dev/null &
tour_pid=$!
wait_for_window "$tour_pid"
WINDOW=$(xdotool search --pid "$tour_pid" --name Primer | head -1)
ANSWER="$build/tests/primer_keyboard_answer"
DB="$work/data/primer.sqlite3"
peak_pss=0
sample_pss() { peak_pss=$(awk -v a="$peak_pss" -v b="$(pss_mib "$tour_pid")" 'BEGIN { print (b > a ? b : a) }'); }
start_frame=$(grep -vc '^#' "$work/frames.txt")
tour "$course" sample_pss
screens=$(reading_order "$course" | wc -l)
xdotool key --window "$WINDOW" ctrl+q
wait "$tour_pid"
sed -i "2,$((start_frame + 1))d" "$work/frames.txt"  # only frames drawn during the tour
echo
echo "tour of all $screens screens, the course map and the support panel (real key presses)"
echo "  frame build CPU (ImGui NewFrame to Render): $(percentiles "$work/frames.txt" 1)"
echo "  frame draw CPU (GL draw and swap, UI thread): $(percentiles "$work/frames.txt" 2)"
echo "  peak PSS after visiting every screen: $peak_pss MiB"

# --- load + validate, in process: the built-in course and a generated large one
echo
echo "load + validate (parse, check, decode every image)"
echo "  built-in course: $("$build/tests/bench/primer_load_course_bench" "$course" 15)"
"$build/tests/bench/primer_generate_course" "$work/generated" 1000 200 >/dev/null
echo "  generated course: $("$build/tests/bench/primer_load_course_bench" "$work/generated" 15)"

# --- export throughput and peak memory: a fresh data folder of EXPORT_LEARNERS synthetic
# learners, then each export as a `primer export` child process (0 skips this section).
export_learners=${EXPORT_LEARNERS:-100000}
if [ "$export_learners" -gt 0 ]; then
    echo
    "$build/tests/bench/primer_export_bench" "$primer" "$course" "$work/export" "$export_learners" \
        "${EXPORT_XAPI_LEARNERS:-$(( export_learners < 100000 ? export_learners : 100000 ))}"
    rm -rf "$work/export"
fi

echo
awk -v pw="$(median "${new_wall[@]}")" -v fw="$(median "${floor_wall[@]}")" \
    -v pc="$(median "${new_cpu[@]}")" -v fc="$(median "${floor_cpu[@]}")" \
    -v pm="$(median "${held_pss[@]}")" -v fm="$(median "${held_floor_pss[@]}")" \
    -v pr="$(median "${held_rss[@]}")" -v fr="$(median "${held_floor_rss[@]}")" \
    'BEGIN { printf "Primer vs floor: x%.2f start, x%.2f memory (medians: %.3f s vs %.3f s, PSS %.1f MiB vs %.1f MiB)\n",
             pw / fw, pm / fm, pw, fw, pm, fm
             printf "  and x%.2f start CPU (%.2f s vs %.2f s), x%.2f RSS (%.0f MiB vs %.0f MiB)\n",
             pc / fc, pc, fc, pr / fr, pr, fr }'
