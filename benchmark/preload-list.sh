#!/usr/bin/env bash
# Makes plugin/src/main/resources/io/github/jixiao/maven/preload.txt again (the classes CheckMojo has loaded on a
# second thread, maven/Preload): installs a build whose list holds only its comment header, logs the classes a cold
# `mvn -o verify` of sample-submission/ loads with jixiao and with -Djixiao.skip=true, keeps in the first log's order
# the classes from the plugin's and Jackson's jars and from jrt:/ that the skipped build does not load (Preload itself
# and hidden classes left out), writes the list under the header and installs again. Run after changes that add or
# remove classes on the check's path; commit the new list.   Usage (repository root): bash benchmark/preload-list.sh
set -euo pipefail
cd "$(dirname "$0")/.."
list=plugin/src/main/resources/io/github/jixiao/maven/preload.txt
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
grep '^#' "$list" > "$work/header"
cp "$work/header" "$list"
./mvnw -B -q -o install -DskipTests -Dinvoker.skip
(cd sample-submission && MAVEN_OPTS="-Xlog:class+load:file=$work/check.txt" ../mvnw -B -q -o verify >/dev/null || true)
(cd sample-submission && MAVEN_OPTS="-Xlog:class+load:file=$work/skip.txt" ../mvnw -B -q -o verify -Djixiao.skip=true >/dev/null)
names() { # class names of a class+load log, with where they came from
  sed -n 's/.*\[class,load\] \([^ ]*\) source: \(.*\)$/\1 \2/p' "$1"; }
names "$work/skip.txt" | awk '{print $1}' | sort -u > "$work/skipped"
names "$work/check.txt" \
  | awk '$2 ~ /^jrt:\// || $2 ~ /jixiao-maven-plugin/ || $2 ~ /tools\/jackson/ || $2 ~ /fasterxml\/jackson/ {print $1}' \
  | grep -v -e '/' -e '\$\$Lambda' -e '^io\.github\.jixiao\.maven\.Preload' \
  | awk 'NR == FNR {skip[$1]; next} !($1 in skip) && !seen[$1]++' "$work/skipped" - > "$work/classes"
cat "$work/header" "$work/classes" > "$list"
./mvnw -B -q -o install -DskipTests -Dinvoker.skip
echo "preload.txt: $(wc -l < "$work/classes") classes"
