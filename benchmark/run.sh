#!/usr/bin/env bash
# jixiao benchmark: generate N synthetic departments (once per N), then time a bare Jackson parse of every
# file (the floor, in a JVM of its own, one thread) and the whole engine with its reports on the same files (in
# another JVM, departments in parallel on every processor), each after its own warm-up.
#
#   bash benchmark/run.sh 1000                 # from the repo root (or from anywhere)
#   bash benchmark/run.sh 1000 --check-threads=4   # the parallel pass on 4 threads (default: every processor)
#   bash benchmark/run.sh 200 --phases         # where the engine's time goes, step by step
#   BENCH_REPORTS=/tmp bash benchmark/run.sh 1000  # the reports on the disk instead of /dev/shm
#   BENCH_JFR=/tmp/e.jfr bash benchmark/run.sh 200   # also record a JFR profile of the engine (see README.md)
#
# Extra arguments go to the harness (--passes=5 --check-threads=k --parse-threads=k --threads=k --warmup=D
# --warmup-rounds=R --phases --only=floor|engine|both --formats=sarif,md,html,xlsx|none: jixiao.formats; every report
# by default, as a build writes them; the RESULT line names the formats when they are not all).
# Environment: JIXIAO_ENGINE_CLASSES=<dir or jar> puts engine classes ahead of the installed plugin (to
# measure a change to plugin/ without installing it); BENCH_REPORTS (default /dev/shm); BENCH_HEAP (default
# 256m); BENCH_GC (default -XX:+UseG1GC, the JVM's own default here); BENCH_SEED; BENCH_JAVA_OPTS (extra JVM flags).
# The last line printed is:
#   RESULT departments=N indicators=… mb=… parse_s=… check_s=… ratio=… cpu_ratio=… parallel_check_s=… parallel_ratio=… peak_heap_mb=…
# ratio: the engine on one thread against the bare parse on one thread (like with like); parallel_ratio: the
# engine on every processor against the same parse.
set -euo pipefail

N="${1:-100}"
shift || true
case "$N" in
  ''|*[!0-9]*) echo "usage: bash benchmark/run.sh N [harness options]" >&2; exit 2 ;;
esac

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
MVNW="$ROOT/mvnw"
# MAVEN_REPO_LOCAL: another local repository for the plugin and the benchmark's build (default ~/.m2/repository)
REPO="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
MVN_REPO_OPT=()
if [ -n "${MAVEN_REPO_LOCAL:-}" ]; then
  MVN_REPO_OPT=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
fi
PLUGIN_JAR="$REPO/io/github/jixiao/jixiao-maven-plugin/0.1.0-SNAPSHOT/jixiao-maven-plugin-0.1.0-SNAPSHOT.jar"
DATA="$BENCH/target/data"
HEAP="${BENCH_HEAP:-256m}"
SEED="${BENCH_SEED:-20240101}"

# 1. the engine: the plugin as installed by the root build
if [ ! -f "$PLUGIN_JAR" ]; then
  echo "run.sh: $PLUGIN_JAR is missing; installing the plugin (root build, no tests)" >&2
  (cd "$ROOT" && "$MVNW" -B -q -o ${MVN_REPO_OPT[@]+"${MVN_REPO_OPT[@]}"} install -DskipTests -Dinvoker.skip) \
    || (cd "$ROOT" && "$MVNW" -B -q ${MVN_REPO_OPT[@]+"${MVN_REPO_OPT[@]}"} install -DskipTests -Dinvoker.skip)
fi

# 2. the benchmark's classes and class path (plain java -cp below, so the JVM flags are ours)
SCRIPT=run.sh
. "$BENCH/classpath.sh"

# 3. data: generated once per N (a larger set is reused: department i is the same in every set)
java -cp "$CP" io.github.jixiao.bench.Generator "$DATA" "$N" "$SEED"
# the generated files must pass the real engine's format checks
java -cp "$CP" io.github.jixiao.bench.Harness --data="$DATA" --departments="$N" --selfcheck

# 4. measure. The reports go to memory (/dev/shm) unless BENCH_REPORTS names a folder: on this machine's disk,
# creating five small files per department costs 0.3 to 4 ms of kernel time depending on what the file system did
# just before (see README.md, "Reports"); BENCH_REPORTS=/tmp measures that too.
REPORTS="${BENCH_REPORTS:-}"
if [ -z "$REPORTS" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  REPORTS=/dev/shm
fi
REPORTS_OPT=()
if [ -n "$REPORTS" ]; then
  REPORTS_OPT=("--reports=$REPORTS")
fi
JFR=()
if [ -n "${BENCH_JFR:-}" ]; then
  # DebugNonSafepoints: samples name the method and line they were taken in, not the nearest safepoint's scope
  JFR=("-XX:+UnlockDiagnosticVMOptions" "-XX:+DebugNonSafepoints" "-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile")
fi
# shellcheck disable=SC2086
JAVA=(java -Xmx"$HEAP" ${BENCH_GC:--XX:+UseG1GC} -Dfile.encoding=UTF-8 ${BENCH_JAVA_OPTS:-})
HARNESS=(-cp "$CP" io.github.jixiao.bench.Harness --data="$DATA" --departments="$N")
case " $* " in
  *" --phases "*|*" --only="*)
    # one JVM, as asked
    exec "${JAVA[@]}" ${JFR[@]+"${JFR[@]}"} "${HARNESS[@]}" ${REPORTS_OPT[@]+"${REPORTS_OPT[@]}"} "$@" ;;
esac
# Each workload in its own JVM, so that neither's JIT profile is the other's: the engine uses Jackson's parser
# too, and after a long engine warm-up the bare parse in the same JVM ran 1.0 s instead of 0.66 s. The floor
# JVM is an independent Jackson 3 parse; it warms up over all N departments twice, the engine three times and
# then on until the JIT is quiet (a round with under 25 % of its time compiling; at most 12 rounds).
FLOOR_LOG="$BENCH/target/floor.log"
"${JAVA[@]}" "${HARNESS[@]}" --only=floor --warmup="$N" --warmup-rounds=2 "$@" | tee "$FLOOR_LOG"
FLOOR_LINE="$(grep '^FLOOR ' "$FLOOR_LOG" | tail -1)"
FLOOR_S="$(sed -n 's/.* parse_s=\([0-9.]*\).*/\1/p' <<<"$FLOOR_LINE")"
FLOOR_CPU_S="$(sed -n 's/.* parse_cpu_s=\([0-9.]*\).*/\1/p' <<<"$FLOOR_LINE")"
if [ -z "$FLOOR_S" ] || [ -z "$FLOOR_CPU_S" ]; then
  echo "run.sh: the floor run printed no FLOOR line (see $FLOOR_LOG)" >&2
  exit 1
fi
exec "${JAVA[@]}" ${JFR[@]+"${JFR[@]}"} "${HARNESS[@]}" --only=engine --warmup="$N" --warmup-rounds=3 \
  --warmup-max=12 --warmup-jit=0.25 \
  --floor-s="$FLOOR_S" --floor-cpu-s="$FLOOR_CPU_S" ${REPORTS_OPT[@]+"${REPORTS_OPT[@]}"} "$@"
