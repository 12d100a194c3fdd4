#!/usr/bin/env bash
# Two builds of the engine compared in one JVM, rounds alternated (AbBuilds.java): the figure to trust for a change on
# this noisy host, where separate run.sh runs differ by a third. Needs the generated data (run a `run.sh N` first with
# N ≥ the departments asked for) and the plugin installed (the benchmark compiles against it).
#
#   bash benchmark/ab.sh <build A> <build B> [departments=200] [rounds=16]
#   e.g. a worktree at the old commit:  git worktree add --detach /tmp/old <rev> && (cd /tmp/old && ./mvnw -B -q -o -pl plugin compile)
#        bash benchmark/ab.sh /tmp/old/plugin/target/classes plugin/target/classes
# A build is a folder of classes or a jar. Heap: BENCH_HEAP (default 512m: two builds' caches).
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
[ $# -ge 2 ] || { echo "usage: bash benchmark/ab.sh BUILD_A BUILD_B [departments] [rounds]" >&2; exit 2; }
A="$1"; B="$2"; N="${3:-200}"; R="${4:-16}"
[ -d "$BENCH/target/data/$(printf 'dept-%04d' "$N")" ] || { echo "ab.sh: generate the data first: bash benchmark/run.sh $N" >&2; exit 2; }
(cd "$ROOT" && "$ROOT/mvnw" -B -q -o -f "$BENCH/pom.xml" package dependency:build-classpath \
  -Dmdep.outputFile="$BENCH/target/classpath.txt" -Dmdep.includeScope=runtime)
java -Xmx"${BENCH_HEAP:-512m}" -cp "$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")" io.github.jixiao.bench.AbBuilds \
  "$BENCH/target/data" "$N" "$R" "$BENCH/target/classpath.txt" "$A" "$B"
