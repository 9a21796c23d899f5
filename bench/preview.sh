#!/usr/bin/env bash
# coffeechat serve: time from saving one page of the 10,000-page benchmark site to the browser
# showing it again (see docs/PERFORMANCE.md, "Live preview").
#
#   bench/preview.sh [ROUNDS]
#
# Environment (all optional):
#   BENCH_DIR  where the site and the copy the preview edits go    (default /tmp/coffeechat-bench)
#   N          pages of the synthetic site                         (default 10000)
#   ROUNDS     measured saves per run, after 3 warm-up saves       (default 20, or the first argument)
#   EDITS      what each run changes: body and/or title            (default "body title")
#   RUNNERS    what serves the site: launcher (coffeechat serve through generator/target/coffeechat, as the
#              README says), jar (java -jar coffeechat.jar serve, no JVM options) and/or hugo (the peer:
#              hugo server, live reload from memory, on the Hugo version of the same pages)
#                                                                  (default "launcher jar hugo")
#
# Needs Chromium and chromedriver (.ci/install-browser). Selenium comes from the generator's test
# class path (Maven, offline). Exits 0 whether or not the target (under 200 ms) is met.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/coffeechat-bench}
N=${N:-10000}
ROUNDS=${ROUNDS:-${1:-20}}
EDITS=${EDITS:-"body title"}
RUNNERS=${RUNNERS:-"launcher jar hugo"}
PAGE=steps/050-part-050/page-04904.md
HUGO_PAGE=content/part-050/page-04904.md

bash .ci/install-browser
if [ ! -f generator/target/coffeechat.jar ]; then
    ./mvnw -B -o -q package -DskipTests -pl generator
fi
mkdir -p "$BENCH_DIR"
CP_FILE="$BENCH_DIR/selenium.classpath"
./mvnw -B -o -q dependency:build-classpath -pl generator -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null

echo "== machine"
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo | sed 's/^model name[[:space:]]*: /cpu: /' || true
java -version 2>&1 | head -n 1
echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo '?')"
echo "hugo: $(hugo version 2>/dev/null || echo '?')"
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- generator/src/main 2>/dev/null || echo ' (generator/src/main modified)')"

SITE="$BENCH_DIR/site-$N"
if [ ! -d "$SITE/coffeechat" ]; then
    java "$ROOT/bench/GenerateSite.java" "$N" "$SITE" --content="$ROOT/content"
fi

source bench/lib.sh # busy_jiffies

for runner in $RUNNERS; do
    from="$SITE/coffeechat"; page=$PAGE
    case $runner in
        launcher) cmd=("$ROOT/generator/target/coffeechat") ;;
        jar) cmd=(java -jar "$ROOT/generator/target/coffeechat.jar") ;;
        hugo) cmd=(hugo); from="$SITE/hugo"; page=$HUGO_PAGE ;;
        *) echo "unknown runner $runner" >&2; exit 2 ;;
    esac
    for edit in $EDITS; do
        WORK="$BENCH_DIR/preview-$N"
        rm -rf "$WORK"
        cp -r "$from" "$WORK"
        echo
        echo "== $runner, edit: $edit ($N pages, $ROUNDS saves; load average at start: $(cut -d' ' -f1-3 /proc/loadavg))"
        busy0=$(busy_jiffies); t0=$(date +%s.%N)
        java -cp "$(cat "$CP_FILE")" "$ROOT/bench/PreviewLatency.java" "$WORK" "$page" "$ROUNDS" "$edit" "${cmd[@]}"
        busy1=$(busy_jiffies); t1=$(date +%s.%N)
        echo "machine busy: $(echo "($busy1 - $busy0) / $(getconf CLK_TCK) / ($t1 - $t0)" | bc -l | xargs printf '%.2f') of $(nproc) cores during the run (all processes); load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
    done
done
exit 0
