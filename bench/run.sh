#!/usr/bin/env bash
# coffeechat vs Hugo: cold builds of the same synthetic guide (see docs/PERFORMANCE.md).
#
#   bench/run.sh [ROUNDS]
#
# Environment (all optional):
#   BENCH_DIR    where sites, outputs and raw results go     (default /tmp/coffeechat-bench)
#   ROUNDS       rounds per size                             (default 3, or the first argument)
#   SIZES        page counts                                 (default "1000 10000")
#   PLAIN_JAR    1 (default) also times "java -jar coffeechat.jar" with no JVM options; 0 skips it
#   HUGO_LINKS   relref (default) or plain: how the Hugo pages link to each other
#
# coffeechat runs through its launcher, generator/target/coffeechat, exactly as the README tells
# a user to run it: the launcher adds JVM options (C1 only, serial GC) and the class data sharing
# archive that "mvnw package" records (see docs/PERFORMANCE.md). Each round runs, one after the
# other, each as a fresh process with its output folder deleted first: coffeechat (the launcher),
# "java -jar coffeechat.jar" with no options (labelled java-jar; PLAIN_JAR=0 skips it), Hugo.
# Every run is timed with /usr/bin/time (wall seconds, CPU seconds = user + system, peak RSS in
# KB); results.tsv also records the CPU time other processes used meanwhile (from /proc/stat), to
# spot a disturbed run. CPU time is much less disturbed by other processes than wall time. The
# table shows medians and the spread (min-max). Exits 0 whether or not coffeechat beats Hugo;
# exits non-zero only if a tool fails to build a site.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/coffeechat-bench}
ROUNDS=${ROUNDS:-${1:-3}}
SIZES=${SIZES:-"1000 10000"}
PLAIN_JAR=${PLAIN_JAR:-1}
HUGO_LINKS=${HUGO_LINKS:-relref}
BUILT=generator/target

# ---- tools ----------------------------------------------------------------------------------
apt_updated=
need_pkg() { # need_pkg COMMAND PACKAGE
    if ! command -v "$1" >/dev/null 2>&1; then
        if [ -z "$apt_updated" ]; then apt-get update -q; apt_updated=1; fi
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2"
    fi
}
need_pkg hugo hugo
[ -x /usr/bin/time ] || need_pkg /usr/bin/time time
command -v bc >/dev/null 2>&1 || need_pkg bc bc
if [ ! -f "$BUILT/coffeechat.jar" ] || [ ! -x "$BUILT/coffeechat" ]; then
    ./mvnw -o -q package -DskipTests -pl generator
fi
# A private copy of the launcher and the jar with its own class data sharing archive (bench/lib.sh).
source bench/lib.sh
private_launcher "$BENCH_DIR"

# ---- machine --------------------------------------------------------------------------------
echo "== machine"
echo "nproc: $(nproc)"
free -m | awk '/^Mem:/ {printf "memory: %d MiB total, %d MiB available\n", $2, $7}'
grep -m1 'model name' /proc/cpuinfo | sed 's/^model name[[:space:]]*: /cpu: /' || true
java -version 2>&1 | head -n 2
hugo version
echo "jar: $BUILT/coffeechat.jar ($(sha256sum "$JAR" | cut -c1-12)), run through its launcher $BUILT/coffeechat"
echo "launcher: java $(grep -o -- "-XX:[A-Za-z+=-]*[A-Za-z0-9]" "$LAUNCHER" | grep -v -e Archive -e ^-XX:SharedArchiveFile | sort -u | tr "\n" " ")[-XX:SharedArchiveFile=coffeechat.jsa] -jar coffeechat.jar"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- generator/src/main 2>/dev/null || echo ' (generator/src/main modified)')"

# ---- sites ----------------------------------------------------------------------------------
echo "== generating sites"
for n in $SIZES; do
    java "$ROOT/bench/GenerateSite.java" "$n" "$BENCH_DIR/site-$n" --hugo-links="$HUGO_LINKS" --content="$ROOT/content"
done

# ---- runs -----------------------------------------------------------------------------------
RESULTS="$BENCH_DIR/results.tsv"
printf 'n\tround\ttool\twall_s\tmax_rss_kb\tfiles\tother_cpu_s\tcpu_s\n' > "$RESULTS"

run_one() { # run_one N ROUND LABEL OUTDIR CMD...
    local n=$1 round=$2 label=$3 out=$4; shift 4
    rm -rf "$out" "$out".* "$(dirname "$out")/.$(basename "$out")".*
    sync
    local busy0
    busy0=$(busy_jiffies)
    local tf="$BENCH_DIR/time.$$" log="$BENCH_DIR/log-$label-$n-$round.txt"
    if ! /usr/bin/time -f "%e %M %U %S" -o "$tf" "$@" >"$log" 2>&1; then
        echo "FAILED: $label N=$n round $round (see $log):" >&2
        tail -n 20 "$log" >&2
        exit 1
    fi
    local busy1 wall rss usr sys other files cpu
    busy1=$(busy_jiffies)
    files=$(find "$out" -type f | wc -l)
    read -r wall rss usr sys < <(tail -n 1 "$tf")
    # CPU time other processes used during the run: machine busy time minus this run's own.
    other=$(echo "($busy1 - $busy0) / $(getconf CLK_TCK) - $usr - $sys" | bc -l)
    other=$(printf '%.1f' "$other"); [ "${other#-}" != "$other" ] && other=0.0
    cpu=$(printf '%.2f' "$(echo "$usr + $sys" | bc -l)")
    rm -f "$tf"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$round" "$label" "$wall" "$rss" "$files" "$other" "$cpu" >> "$RESULTS"
    printf '  N=%-6s round %s  %-11s %7.2f s  %6.2f CPU-s  %8.1f MiB  %6d files  (other processes: %s CPU-s)\n' "$n" \
        "$round" "$label" "$wall" "$cpu" "$(echo "$rss / 1024" | bc -l)" "$files" "$other"
}

for n in $SIZES; do
    site="$BENCH_DIR/site-$n"
    echo "== N=$n: $ROUNDS rounds, alternating"
    for round in $(seq 1 "$ROUNDS"); do
        run_one "$n" "$round" coffeechat "$BENCH_DIR/out-cc-$n" \
            "$LAUNCHER" build --content "$site/coffeechat" --out "$BENCH_DIR/out-cc-$n"
        if [ "$PLAIN_JAR" = 1 ]; then
            run_one "$n" "$round" java-jar "$BENCH_DIR/out-jar-$n" \
                java -jar "$JAR" build --content "$site/coffeechat" --out "$BENCH_DIR/out-jar-$n"
        fi
        cache=$(mktemp -d "$BENCH_DIR/hugo-cache.XXXXXX")
        run_one "$n" "$round" hugo "$BENCH_DIR/out-hugo-$n" \
            hugo --quiet --ignoreCache --cacheDir "$cache" -s "$site/hugo" -d "$BENCH_DIR/out-hugo-$n"
        rm -rf "$cache"
    done
done

# ---- table ----------------------------------------------------------------------------------
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
col() { awk -F'\t' -v n="$1" -v t="$2" -v c="$3" 'NR>1 && $1==n && $3==t {print $c}' "$RESULTS"; }
spread() { sort -g | awk '{a[NR]=$1} END {printf "%s-%s", a[1], a[NR]}'; }

echo
echo "== medians of $ROUNDS rounds (wall time, CPU time, peak RSS); ratio = coffeechat / hugo (below 1.0: coffeechat wins)"
echo "   coffeechat = the launcher ($BUILT/coffeechat); java-jar = java -jar coffeechat.jar, no JVM options"
printf '%-7s %-11s %9s %13s %8s %10s %10s %9s %10s %14s\n' N tool "wall (s)" "wall min-max" "CPU (s)" "peak RSS" \
    "wall ratio" "CPU ratio" "RSS ratio" "others' CPU s"
for n in $SIZES; do
    hw=$(col "$n" hugo 4 | median); hm=$(col "$n" hugo 5 | median); hc=$(col "$n" hugo 8 | median)
    tools="coffeechat"; [ "$PLAIN_JAR" = 1 ] && tools="$tools java-jar"
    for tool in $tools hugo; do
        w=$(col "$n" "$tool" 4 | median); m=$(col "$n" "$tool" 5 | median); o=$(col "$n" "$tool" 7 | sort -g | tail -n 1)
        c=$(col "$n" "$tool" 8 | median)
        wr=$(col "$n" "$tool" 4 | spread)
        if [ "$tool" = hugo ]; then rw="-"; rc="-"; rm_="-"; else
            rw=$(printf '%.2f' "$(echo "$w / $hw" | bc -l)"); rc=$(printf '%.2f' "$(echo "$c / $hc" | bc -l)")
            rm_=$(printf '%.2f' "$(echo "$m / $hm" | bc -l)"); fi
        printf '%-7s %-11s %9.2f %13s %8.2f %6.0f MiB %10s %9s %10s %14s\n' "$n" "$tool" "$w" "$wr" "$c" \
            "$(echo "$m / 1024" | bc -l)" "$rw" "$rc" "$rm_" "max $o"
    done
done
echo
echo "others' CPU s: the most CPU time other processes used during any one run of that row (0 = undisturbed)."
echo "wall ratio per round (coffeechat / hugo of the same round):"
for n in $SIZES; do
    printf '  N=%s:' "$n"
    for round in $(seq 1 "$ROUNDS"); do
        c=$(awk -F'\t' -v n="$n" -v r="$round" 'NR>1 && $1==n && $2==r && $3=="coffeechat" {print $4}' "$RESULTS")
        h=$(awk -F'\t' -v n="$n" -v r="$round" 'NR>1 && $1==n && $2==r && $3=="hugo" {print $4}' "$RESULTS")
        printf ' %.2f' "$(echo "$c / $h" | bc -l)"
    done
    echo
done
echo "raw figures: $RESULTS"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit 0
