#!/usr/bin/env bash
# Many files in one submission: department 1 of the generator with its indicators.json cut to about 15 KB, and N
# more files like it (a pull request may add any number; each is a duplicate-role error). The check and its reports
# run in a 256 MB heap (BENCH_HEAP sets another); memory must follow the largest file, not the number of files.
#
#   bash benchmark/many-files.sh 4000           # one RESULT-MANYFILES line per N
#   JIXIAO_ENGINE_CLASSES=plugin/target/classes bash benchmark/many-files.sh 4000   # a working tree's engine
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
SCRIPT=many-files.sh
. "$BENCH/classpath.sh"
for N in "${@:-4000}"; do
  java -Xmx"${BENCH_HEAP:-256m}" -Dfile.encoding=UTF-8 -cp "$CP" io.github.jixiao.bench.ManyFiles "$BENCH/target/many" "$N"
done
