# Measuring helpers for run.sh: whole-process runs, /proc readings and statistics.

# stats VALUES...: "median M (min A, max B)" of the numbers given.
stats() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "median %.3g (min %.3g, max %.3g, n=%d)", m, v[1], v[NR], NR }'
}

# median VALUES...: the median alone, for ratios.
median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# percentiles FILE COLUMN: p50, p95 and max of one column of numbers (lines starting # skipped).
percentiles() {
    grep -v '^#' "$1" | awk -v c="$2" '{ print $c }' | sort -g | awk '{ v[NR] = $1 } END {
        p50 = v[int(NR * 0.50 + 0.5)]; p95 = v[int(NR * 0.95 + 0.5)]
        printf "p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d frames)", p50 / 1000, p95 / 1000, v[NR] / 1000, NR }'
}

# time_once NAME CMD...: runs CMD once under /usr/bin/time and appends its wall time,
# CPU time (user + system, all threads) in seconds and peak RSS in MiB to the arrays
# NAME_wall, NAME_cpu and NAME_rss.
time_once() {
    local name=$1 wall user sys rss_kb; shift
    read -r wall user sys rss_kb < <(/usr/bin/time -f '%e %U %S %M' "$@" 2>&1 >/dev/null | tail -1)
    eval "${name}_wall+=($wall)"
    eval "${name}_cpu+=($(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }'))"
    eval "${name}_rss+=($(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }'))"
}

# report_runs NAME TITLE: the three figures time_once collected under NAME.
report_runs() {
    local wall="$1_wall[@]" cpu="$1_cpu[@]" rss="$1_rss[@]"
    echo "$2"
    echo "  wall  $(stats "${!wall}") s"
    echo "  CPU   $(stats "${!cpu}") s"
    echo "  peak RSS $(stats "${!rss}") MiB"
}

# pss_mib PID: proportional set size (shared pages split between their users), in MiB.
pss_mib() { awk '/^Pss:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/smaps_rollup"; }
rss_mib() { awk '/^Rss:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/smaps_rollup"; }

# cpu_ticks PID: user + system clock ticks the process (all its threads) has used.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# idle_cpu_percent PID SECONDS: CPU used while nothing happens, as % of one core.
idle_cpu_percent() {
    local before after
    before=$(cpu_ticks "$1")
    sleep "$2"
    after=$(cpu_ticks "$1")
    awk -v t="$((after - before))" -v s="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", 100 * t / hz / s }'
}

# wait_for_window PID: waits until the process has mapped a window, then lets it settle.
wait_for_window() {
    timeout 20 xdotool search --sync --onlyvisible --pid "$1" >/dev/null || { echo "no window from $1" >&2; return 1; }
    sleep 1
}

# stop PID: asks a held window to close (as the window manager would), then waits.
stop_process() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
