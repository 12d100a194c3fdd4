#!/usr/bin/env bash
# The plugin's own cost in a department's build: `mvn -o verify` on the sample against
# `mvn -o verify -Djixiao.skip=true`, alternating the two, N runs each (default 7), medians compared (the ratio of
# issue 17). A third build, the sample's pom with the plugin taken out (no <plugin>, no <reporting> entry of jixiao),
# gives what the skip build does not show: the plugin's class realm, which Maven sets up even for a skipped goal.
# All three run with the sample's .mvn/jvm.config (as jixiao:init writes it for a department: -XX:TieredStopAtLevel=1).
# Then N more builds of the sample with the goal's own debug line on (-Dorg.slf4j.simpleLogger.log.io.github.jixiao=debug,
# outside the ratio: the line loads java.lang.management): the goal's wall time and the CPU time of Maven's thread in it,
# medians, which move by a few milliseconds where the ratio's builds move by tens.
# Usage (from the repository root, after ./mvnw -B install): bash benchmark/build-cost.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-7}"
mvnw="$PWD/mvnw"
pom="$PWD/sample-submission/pom.xml"
bare="$PWD/benchmark/target/no-plugin"
mkdir -p "$bare"
# the sample's pom without jixiao: every <plugin> element naming io.github.jixiao removed
perl -0pe 's{\s*<plugin>(?:(?!</plugin>).)*?<groupId>io\.github\.jixiao</groupId>.*?</plugin>}{}gs' "$pom" > "$bare/pom.xml"
if grep -q 'io.github.jixiao' "$bare/pom.xml"; then echo "build-cost.sh: could not take jixiao out of $pom" >&2; exit 2; fi
# the three builds run in the same JVM: the sample's .mvn/jvm.config (the one jixiao:init writes) beside the bare pom too
rm -rf "$bare/.mvn"
if [ -d "$PWD/sample-submission/.mvn" ]; then cp -r "$PWD/sample-submission/.mvn" "$bare/.mvn"; fi
"$mvnw" -B -q -o -f "$pom" verify >/dev/null   # warm the local repository and the OS caches
"$mvnw" -B -q -o -f "$bare/pom.xml" verify >/dev/null

run() { # prints wall seconds of one build
  local s e
  s=$(date +%s%N)
  "$mvnw" -B -q -o "$@" >/dev/null
  e=$(date +%s%N)
  awk -v a="$s" -v b="$e" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }'
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

with=(); without=(); none=()
for i in $(seq 1 "$n"); do
  with+=("$(run -f "$pom" verify)")
  without+=("$(run -f "$pom" verify -Djixiao.skip=true)")
  none+=("$(run -f "$bare/pom.xml" verify)")
done
mw=$(printf '%s\n' "${with[@]}" | median)
ms=$(printf '%s\n' "${without[@]}" | median)
mn=$(printf '%s\n' "${none[@]}" | median)
ratio=$(awk -v a="$mw" -v b="$ms" 'BEGIN { printf "%.2f", a / b }')
whole=$(awk -v a="$mw" -v b="$mn" 'BEGIN { printf "%.2f", a / b }')
goal=()
for i in $(seq 1 "$n"); do
  goal+=("$("$mvnw" -B -o -f "$pom" verify -Dorg.slf4j.simpleLogger.log.io.github.jixiao=debug 2>&1 \
    | sed -n "s/.*jixiao:check: \([0-9]*\) ms wall, \(-\{0,1\}[0-9]*\) ms CPU.*/\1 \2/p")")
done
gw=$(printf '%s\n' "${goal[@]}" | awk '{print $1}' | median)
gc=$(printf '%s\n' "${goal[@]}" | awk '{print $2}' | median)
echo "runs=$n with_jixiao=${with[*]}"
echo "runs=$n skip=${without[*]}"
echo "runs=$n no_plugin=${none[*]}"
echo "BUILDCOST median_verify_s=$mw median_skip_s=$ms median_no_plugin_s=$mn ratio=$ratio (target ≤ 1.2, issue 17) ratio_no_plugin=$whole"
echo "GOAL median_goal_ms=$gw median_goal_cpu_ms=$gc (jixiao:check alone: wall, and CPU of Maven's thread)"
