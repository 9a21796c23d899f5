# Shared by the bench scripts (sourced, from the repository root): see docs/PERFORMANCE.md.

# private_launcher DIR: copies the launcher and the jar (generator/target/coffeechat{,.jar}) into DIR/bin,
# so that a concurrent "mvn package" cannot swap them in the middle of a run, and sets LAUNCHER and JAR to
# the copies. A class data sharing archive belongs to one jar at one path, so the copy gets its own
# (DIR/bin/coffeechat.jsa), recorded as generator/pom.xml records it: the same program
# (generator/src/build/RecordClassArchive.java), the same training runs, in DIR/cds-training.
private_launcher() {
    local dir=$1
    mkdir -p "$dir/bin"
    LAUNCHER="$dir/bin/coffeechat"
    JAR="$dir/bin/coffeechat.jar"
    cp generator/target/coffeechat generator/target/coffeechat.jar "$dir/bin/"
    rm -rf "$dir/bin/coffeechat.jsa" "$dir/cds-training"
    java generator/src/build/RecordClassArchive.java "$JAR" "$dir/bin/coffeechat.jsa" "$dir/cds-training" . >/dev/null
}

# Busy (non-idle, non-iowait) jiffies of the whole machine so far, to tell the CPU time other processes
# used during a run.
busy_jiffies() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
