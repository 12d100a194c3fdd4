#!/usr/bin/env bash
# The plugin's own cost in a department's build: `mvn -o verify` on the sample against
# `mvn -o verify -Djixiao.skip=true`, alternating the two, N runs each (default 7), medians compared.
# Usage (from the repository root, after ./mvnw -B install): bash benchmark/build-cost.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-7}"
mvnw="$PWD/mvnw"
pom="$PWD/sample-submission/pom.xml"
"$mvnw" -B -q -o -f "$pom" verify >/dev/null   # warm the local repository and the OS caches

run() { # prints wall seconds of one build
  local s e
  s=$(date +%s%N)
  "$mvnw" -B -q -o -f "$pom" verify "$@" >/dev/null
  e=$(date +%s%N)
  awk -v a="$s" -v b="$e" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }'
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

with=(); without=()
for i in $(seq 1 "$n"); do
  with+=("$(run)")
  without+=("$(run -Djixiao.skip=true)")
done
mw=$(printf '%s\n' "${with[@]}" | median)
ms=$(printf '%s\n' "${without[@]}" | median)
ratio=$(awk -v a="$mw" -v b="$ms" 'BEGIN { printf "%.2f", a / b }')
echo "runs=$n with_jixiao=${with[*]}"
echo "runs=$n skip=${without[*]}"
echo "BUILDCOST median_verify_s=$mw median_skip_s=$ms ratio=$ratio (target ≤ 1.2, issue 17)"
