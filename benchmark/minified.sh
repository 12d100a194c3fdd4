#!/usr/bin/env bash
# Minified against pretty-printed JSON: one department whose indicators.json holds N indicators, checked once
# pretty-printed and once minified (every file on one line). Locating a value must cost the same on a line of
# 60 MB as on a line of 60 bytes, so the ratio stays under 1.5.
#
#   bash benchmark/minified.sh 20000 200000        # one RESULT-MINIFIED line per size
#   JIXIAO_ENGINE_CLASSES=plugin/target/classes bash benchmark/minified.sh 20000   # a working tree's engine
#
# The engine JVM runs with the JVM's default heap (BENCH_HEAP sets -Xmx), as `mvn verify` would.
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
SCRIPT=minified.sh
. "$BENCH/classpath.sh"
HEAP=()
if [ -n "${BENCH_HEAP:-}" ]; then HEAP=(-Xmx"$BENCH_HEAP"); fi
for N in "${@:-20000}"; do
  java ${HEAP[@]+"${HEAP[@]}"} -Dfile.encoding=UTF-8 -cp "$CP" io.github.jixiao.bench.Minified "$BENCH/target/minified" "$N" "${BENCH_PASSES:-3}"
done
