#!/usr/bin/env bash
# coffeechat packets vs headless Chromium printing the same packets' HTML (see docs/PERFORMANCE.md,
# "PDF packets").
#
#   bench/packets.sh
#
# Environment (all optional):
#   BENCH_DIR      where profiles, outputs and raw results go           (default /tmp/coffeechat-packets-bench)
#   SIZES          cohort sizes for coffeechat                          (default "100 1000")
#   RUNS           timed runs of each coffeechat row per size; the table shows their medians (default 3)
#   CHROMIUM_N     packets Chromium prints, one fresh browser each      (default 30; it takes ~1 s or more each)
#   CHROMIUM       the browser                                          (default /usr/bin/chromium)
#   TUNED_FLAGS    JVM flags of a second, labelled coffeechat row; empty to skip it
#                  (default "-XX:+UseSerialGC -Xmx512m": a bounded heap, as bench/run.sh does)
# A third row runs the launcher the README documents (generator/target/coffeechat: its own JVM options and
# class data sharing archive), from a private copy with its archive recorded as "mvnw package" records it.
#
# For each size N: generates N synthetic profiles with three contacts each (bench/GenerateProfiles.java,
# fixed seed), then runs `coffeechat packets --profiles DIR --out OUT` RUNS times, each a fresh JVM timed by
# /usr/bin/time (wall seconds, CPU seconds, peak RSS), the rows taking turns. An untimed run with --html then writes the first CHROMIUM_N
# packets as one HTML page each (print/packet.ftlh, the same packet), and Chromium prints those to PDF,
# one cold browser per packet (the way a person would), each with a fresh --user-data-dir, timed the
# same way. Per packet: coffeechat = the median wall time of the whole cohort / N (start-up included);
# Chromium = the median of its runs. Peak RSS: the median of the runs, and each run's figure beside it. Also records the CPU time other processes used during each run (from
# /proc/stat): the machine is shared. Exits 0 whatever the figures; non-zero only if a tool fails.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/coffeechat-packets-bench}
SIZES=${SIZES:-"100 1000"}
CHROMIUM_N=${CHROMIUM_N:-30}
RUNS=${RUNS:-3}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
TUNED_FLAGS=${TUNED_FLAGS-"-XX:+UseSerialGC -Xmx512m"}
JAR_BUILT=generator/target/coffeechat.jar

[ -x /usr/bin/time ] || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time; }
[ -x "$CHROMIUM" ] || bash .ci/install-browser
if [ ! -f "$JAR_BUILT" ] || [ ! -x generator/target/coffeechat ]; then
    ./mvnw -q -B package -DskipTests -pl generator
fi
# A private copy of the launcher and the jar with its own class data sharing archive (bench/lib.sh).
source bench/lib.sh
private_launcher "$BENCH_DIR"

echo "== machine"
echo "nproc: $(nproc)"
free -m | awk '/^Mem:/ {printf "memory: %d MiB total, %d MiB available\n", $2, $7}'
grep -m1 'model name' /proc/cpuinfo | sed 's/^model name[[:space:]]*: /cpu: /' || true
java -version 2>&1 | head -n 1
"$CHROMIUM" --version 2>/dev/null || true
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

RESULTS="$BENCH_DIR/results.tsv"
printf 'n\ttool\trun\twall_s\tmax_rss_kb\tother_cpu_s\tcpu_s\n' > "$RESULTS"

timed() { # timed LABEL N CMD... -> prints "wall rss other cpu" (cpu = user + system of the command and its children)
    shift 2
    local tf="$BENCH_DIR/time.$$" b0 b1 wall rss usr sys other
    b0=$(busy_jiffies)
    /usr/bin/time -f "%e %M %U %S" -o "$tf" "$@" > "$BENCH_DIR/last.log" 2>&1 || { cat "$BENCH_DIR/last.log" >&2; return 1; }
    b1=$(busy_jiffies)
    read -r wall rss usr sys < <(tail -n 1 "$tf")
    other=$(echo "($b1 - $b0) / $(getconf CLK_TCK) - $usr - $sys" | bc -l)
    other=$(printf '%.1f' "$other"); [ "${other#-}" != "$other" ] && other=0.0
    rm -f "$tf"
    echo "$wall $rss $other $(echo "$usr + $sys" | bc -l)"
}

for n in $SIZES; do
    profiles="$BENCH_DIR/profiles-$n"
    rm -rf "$profiles"
    java "$ROOT/bench/GenerateProfiles.java" "$n" "$profiles"
    for run in $(seq 1 "$RUNS"); do
    for variant in coffeechat coffeechat-tuned coffeechat-launcher; do
        flags=""
        cmd=(java)
        if [ "$variant" = coffeechat-tuned ]; then
            [ -n "$TUNED_FLAGS" ] || continue
            flags=$TUNED_FLAGS
        fi
        out="$BENCH_DIR/out-$n"
        rm -rf "$out" "$BENCH_DIR"/.out-"$n".*
        echo "== N=$n, run $run of $RUNS: $variant packets ${flags:+(java $flags)}"
        # shellcheck disable=SC2086
        if [ "$variant" = coffeechat-launcher ]; then
            cmd=("$LAUNCHER")
        else
            # shellcheck disable=SC2206
            cmd=(java $flags -jar "$JAR")
        fi
        read -r wall rss other cpu < <(timed "$variant" "$n" "${cmd[@]}" packets --profiles "$profiles" \
            --out "$out" --site "$ROOT/site" --today 2026-03-02)
        pdfs=$(find "$out" -name '*.pdf' | wc -l)
        [ "$pdfs" -eq "$n" ] || { echo "expected $n PDFs, found $pdfs" >&2; tail -n 30 "$BENCH_DIR/last.log" >&2; exit 1; }
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$variant" "$run" "$wall" "$rss" "$other" "$cpu" >> "$RESULTS"
        printf '  %s: %d packets in %.2f s = %.1f ms per packet, %.2f CPU-s, peak RSS %.0f MiB (others used %s CPU-s)\n' \
            "$variant" "$n" "$wall" "$(echo "$wall * 1000 / $n" | bc -l)" "$cpu" "$(echo "$rss / 1024" | bc -l)" "$other"
    done
    done
done

# Chromium prints the HTML of the largest run's first CHROMIUM_N packets (the HTML does not depend on N),
# written by an untimed run with --html, so the timed runs above make PDFs only.
n_last=${SIZES##* }
html_profiles="$BENCH_DIR/profiles-html"
html_dir="$BENCH_DIR/html"
rm -rf "$html_profiles" "$html_dir"
mkdir -p "$html_profiles"
for f in $(find "$BENCH_DIR/profiles-$n_last" -name '*.yaml' | sort | sed -n "1,${CHROMIUM_N}p"); do
    cp "$f" "$html_profiles"/
done
java -jar "$JAR" packets --profiles "$html_profiles" --out "$html_dir" --site "$ROOT/site" --today 2026-03-02 --html \
    > "$BENCH_DIR/html.log" 2>&1 || { cat "$BENCH_DIR/html.log" >&2; exit 1; }
# The print HTML refers to the logo and images by their static-folder paths: give the browser them too.
cp -r "$ROOT"/themes/default/static/. "$ROOT"/site/static/. "$html_dir"/
echo "== Chromium: $CHROMIUM_N packets, one cold browser each"
mkdir -p "$BENCH_DIR/chromium"
i=0
for html in $(find "$html_dir" -name '*.html' | sort | head -n "$CHROMIUM_N"); do
    i=$((i + 1))
    profile_dir=$(mktemp -d "$BENCH_DIR/chromium-profile.XXXXXX")
    read -r wall rss other cpu < <(timed chromium 1 "$CHROMIUM" --headless --no-sandbox --disable-gpu \
        --disable-background-networking --disable-component-update --disable-sync --no-first-run \
        --user-data-dir="$profile_dir" --print-to-pdf="$BENCH_DIR/chromium/$i.pdf" --no-pdf-header-footer \
        "file://$html")
    rm -rf "$profile_dir"
    printf 'chromium\tchromium\t1\t%s\t%s\t%s\t%s\n' "$wall" "$rss" "$other" "$cpu" >> "$RESULTS"
done

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
chrome_wall=$(awk -F'\t' '$2=="chromium" {print $4}' "$RESULTS" | median)
chrome_rss=$(awk -F'\t' '$2=="chromium" {print $5}' "$RESULTS" | median)
chrome_other=$(awk -F'\t' '$2=="chromium" {print $6}' "$RESULTS" | sort -g | tail -n 1)
chrome_cpu=$(awk -F'\t' '$2=="chromium" {print $7}' "$RESULTS" | median)

echo
echo "== per packet (coffeechat: whole cohort / N, JVM start included, median of $RUNS runs; Chromium: median of $i cold runs)"
echo "   wall: elapsed time per packet; CPU: user + system time per packet (all processes of the tool), less"
echo "   disturbed by other processes on a shared machine. speed-up = Chromium / coffeechat."
printf '%-7s %-17s %12s %12s %14s %10s %10s %14s  %s\n' N tool "wall ms/pkt" "CPU ms/pkt" "peak RSS" "wall x" "CPU x" "others' CPU s" "RSS of each run, MiB"
for n in $SIZES; do
    for variant in coffeechat coffeechat-tuned coffeechat-launcher; do
        w=$(awk -F'\t' -v n="$n" -v t="$variant" '$1==n && $2==t {print $4}' "$RESULTS" | median)
        [ -n "$w" ] || continue
        m=$(awk -F'\t' -v n="$n" -v t="$variant" '$1==n && $2==t {print $5}' "$RESULTS" | median)
        o=$(awk -F'\t' -v n="$n" -v t="$variant" '$1==n && $2==t {print $6}' "$RESULTS" | sort -g | tail -n 1)
        c=$(awk -F'\t' -v n="$n" -v t="$variant" '$1==n && $2==t {print $7}' "$RESULTS" | median)
        r=$(awk -F'\t' -v n="$n" -v t="$variant" '$1==n && $2==t {printf "%s%.1f", (k++ ? "," : ""), $5 / 1024}' "$RESULTS")
        per=$(echo "$w * 1000 / $n" | bc -l)
        cper=$(echo "$c * 1000 / $n" | bc -l)
        printf '%-7s %-17s %12.1f %12.1f %10.1f MiB %9.0fx %9.0fx %14s  %s\n' "$n" "$variant" "$per" "$cper" \
            "$(echo "$m / 1024" | bc -l)" "$(echo "$chrome_wall * 1000 / $per" | bc -l)" \
            "$(echo "$chrome_cpu * 1000 / $cper" | bc -l)" "$o" "$r"
    done
done
[ -n "$TUNED_FLAGS" ] && echo "coffeechat-tuned = java $TUNED_FLAGS -jar ..."
echo "coffeechat-launcher = generator/target/coffeechat, the command the README documents (C1 only, serial GC, CDS archive;"
echo "  for packets: compile threshold x0.1, a fixed 96 MiB heap touched at start)"
printf '%-7s %-17s %12.1f %12.1f %10.0f MiB %10s %10s %14s\n' "-" chromium "$(echo "$chrome_wall * 1000" | bc -l)" \
    "$(echo "$chrome_cpu * 1000" | bc -l)" "$(echo "$chrome_rss / 1024" | bc -l)" "1x" "1x" "max $chrome_other"
echo
echo "raw figures: $RESULTS"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
