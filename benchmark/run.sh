#!/usr/bin/env bash
# jixiao benchmark: generate N synthetic departments (once per N), then time a bare Jackson parse of every
# file (the floor) and the whole engine with its reports on the same files, in one JVM, after warm-up.
#
#   bash benchmark/run.sh 1000                 # from the repo root (or from anywhere)
#   bash benchmark/run.sh 200 --phases         # where the engine's time goes, step by step
#   bash benchmark/run.sh 100 --threads=2      # floor and engine both on 2 threads
#   BENCH_JFR=/tmp/e.jfr bash benchmark/run.sh 200   # also record a JFR profile (see README.md)
#
# Extra arguments go to the harness (--passes=3 --warmup=50 --warmup-rounds=2 --threads=1 --phases).
# Environment: JIXIAO_ENGINE_CLASSES=<dir or jar> puts engine classes ahead of the installed plugin (to
# measure a change to plugin/ without installing it); BENCH_HEAP (default 256m); BENCH_SEED; BENCH_JAVA_OPTS
# (extra JVM flags, e.g. -Djava.io.tmpdir=/dev/shm to write the reports to memory).
# The last line printed is:
#   RESULT departments=N indicators=… mb=… parse_s=… check_s=… ratio=… peak_heap_mb=…
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
build() {
  "$MVNW" -B -q "$@" ${MVN_REPO_OPT[@]+"${MVN_REPO_OPT[@]}"} -f "$BENCH/pom.xml" package dependency:build-classpath \
    -Dmdep.outputFile="$BENCH/target/classpath.txt" -Dmdep.includeScope=runtime
}
(cd "$ROOT" && build -o) || (cd "$ROOT" && build)
CP="$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")"
if [ -n "${JIXIAO_ENGINE_CLASSES:-}" ]; then
  CP="$JIXIAO_ENGINE_CLASSES:$CP"
  echo "run.sh: engine classes from $JIXIAO_ENGINE_CLASSES"
fi

# 3. data: generated once per N (a larger set is reused: department i is the same in every set)
java -cp "$CP" io.github.jixiao.bench.Generator "$DATA" "$N" "$SEED"
# the generated files must pass the real engine's format checks
java -cp "$CP" io.github.jixiao.bench.Harness --data="$DATA" --departments="$N" --selfcheck

# 4. measure
JFR=()
if [ -n "${BENCH_JFR:-}" ]; then
  JFR=("-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile")
fi
# shellcheck disable=SC2086
exec java -Xmx"$HEAP" -XX:+UseG1GC -Dfile.encoding=UTF-8 ${BENCH_JAVA_OPTS:-} ${JFR[@]+"${JFR[@]}"} -cp "$CP" \
  io.github.jixiao.bench.Harness --data="$DATA" --departments="$N" "$@"
